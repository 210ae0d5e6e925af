package org.sectorscope.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.sectorscope.logic.plot.ConsensusMarks;

/**
 * The consensus view's extras in an export, as the canvas draws them (ui.canvas.AnalystOverlay), from the same
 * {@link ConsensusMarks}: each sector's spread as a faint hull, a thin spoke from each analyst's ghost marker to
 * the median, and the ghosts with the analysts' initials. Painted under the sectors, which stay on top.
 */
final class ConsensusPainter {
    private static final Color HULL_FILL = alpha(ConsensusMarks.HULL, ConsensusMarks.HULL_FILL_ALPHA);
    private static final Color HULL_LINE = alpha(ConsensusMarks.HULL, ConsensusMarks.HULL_LINE_ALPHA);
    private static final Color GHOST = Palette.rgb(ConsensusMarks.GHOST);
    private static final Color SPOKE = alpha(ConsensusMarks.GHOST, 110);
    private static final Font INITIALS = ExportFonts.regular((int) ConsensusMarks.INITIALS_SIZE);

    private ConsensusPainter() {
    }

    static void paint(Graphics2D g, List<ConsensusMarks> marks) {
        for (ConsensusMarks m : marks) {
            hull(g, m.hull());
        }
        double r = ConsensusMarks.GHOST_RADIUS;
        g.setFont(INITIALS);
        float ascent = g.getFontMetrics().getAscent();
        for (ConsensusMarks m : marks) {
            for (ConsensusMarks.Ghost ghost : m.ghosts()) {
                double x = ghost.at().x();
                double y = ghost.at().y();
                g.setStroke(new BasicStroke(1f));
                g.setColor(SPOKE);
                g.draw(new Line2D.Double(m.median().x(), m.median().y(), x, y));
                Ellipse2D.Double dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
                g.setColor(Color.WHITE);
                g.fill(dot);
                g.setColor(GHOST);
                g.draw(dot);
                g.drawString(ghost.initials(), (float) (x + r + 1.5), (float) (y + ascent / 2 - 1));
            }
        }
    }

    private static void hull(Graphics2D g, List<ConsensusMarks.Point> hull) {
        if (hull.size() < 2) {
            return;
        }
        g.setColor(HULL_LINE);
        if (hull.size() == 2) {
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(hull.get(0).x(), hull.get(0).y(), hull.get(1).x(), hull.get(1).y()));
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(hull.get(0).x(), hull.get(0).y());
        hull.subList(1, hull.size()).forEach(p -> path.lineTo(p.x(), p.y()));
        path.closePath();
        g.setColor(HULL_FILL);
        g.fill(path);
        g.setStroke(new BasicStroke(1f));
        g.setColor(HULL_LINE);
        g.draw(path);
    }

    private static Color alpha(int rgb, int alpha) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }
}
