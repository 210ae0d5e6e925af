package org.sectorscope.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;
import org.sectorscope.logic.WhatMoved;
import org.sectorscope.logic.plot.MoveTrails;
import org.sectorscope.logic.plot.PlotLayout;

/**
 * The trails of a comparison (ui/canvas/MoveTrailLayer draws the same): placed by {@link MoveTrails},
 * faint for a move within a quadrant, strong and wider for a quadrant change, a ring round a new sector
 * and a crossed faint marker where a removed one was. Drawn under the markers, so no marker is hidden.
 */
final class MoveTrailsPainter {
    static final Color STRONG = Palette.rgb(MoveTrails.COLOUR);
    static final Color FAINT = new Color(MoveTrails.COLOUR | (MoveTrails.FAINT_ALPHA << 24), true);
    static final Stroke THIN = new BasicStroke((float) MoveTrails.WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke WIDE = new BasicStroke((float) MoveTrails.QUADRANT_CHANGE_WIDTH, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND);

    private MoveTrailsPainter() {
    }

    static void paint(Graphics2D g, WhatMoved.Comparison comparison, PlotLayout layout) {
        for (MoveTrails.Trail t : MoveTrails.of(comparison, layout)) {
            switch (t.kind()) {
                case MOVED -> {
                    oldMarker(g, t.oldX(), t.oldY());
                    if (t.arrow() != null) {
                        g.setColor(t.quadrantChanged() ? STRONG : FAINT);
                        g.setStroke(t.quadrantChanged() ? WIDE : THIN);
                        OptionMarksPainter.draw(g, t.arrow());
                    }
                }
                case ADDED -> {
                    double r = MoveTrails.NEW_RING / 2;
                    g.setColor(STRONG);
                    g.setStroke(WIDE);
                    g.draw(new Ellipse2D.Double(t.newX() - r, t.newY() - r, 2 * r, 2 * r));
                }
                case REMOVED -> {
                    oldMarker(g, t.oldX(), t.oldY());
                    double r = MoveTrails.OLD_MARKER / 2;
                    g.setColor(FAINT);
                    g.setStroke(THIN);
                    g.draw(new Line2D.Double(t.oldX() - r, t.oldY() - r, t.oldX() + r, t.oldY() + r));
                    g.draw(new Line2D.Double(t.oldX() - r, t.oldY() + r, t.oldX() + r, t.oldY() - r));
                }
            }
        }
    }

    private static void oldMarker(Graphics2D g, double x, double y) {
        double r = MoveTrails.OLD_MARKER / 2;
        g.setColor(FAINT);
        g.setStroke(THIN);
        g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    /** The legend's symbol: a faint old marker and a trail to the right. */
    static Legend.Symbol symbol() {
        return new Legend.Symbol() {
            public double width() {
                return 34;
            }

            public void paint(Graphics2D g, double x, double cy) {
                oldMarker(g, x + MoveTrails.OLD_MARKER / 2, cy);
                g.setColor(STRONG);
                g.setStroke(WIDE);
                OptionMarksPainter.draw(g, org.sectorscope.logic.ArrowShape.between(x + MoveTrails.OLD_MARKER, cy,
                        x + 34, cy));
            }
        };
    }

    static List<Legend.Entry> legend(WhatMoved.Comparison comparison) {
        return List.of(new Legend.Entry(symbol(), Typesetter.clean(comparison.title())
                + " (strong: changed quadrant; ring: new; cross: gone)"));
    }
}
