package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.List;
import org.sectorscope.logic.ArrowShape;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.WhatMoved;

/**
 * The trails of a comparison placed on a laid-out plot, for the canvas and every export alike: for a
 * moved sector a faint marker at its old place (exactly the earlier state's position) and an arrow from
 * there to the edge of its current marker, aimed at the marker's centre; a ring round an added sector's
 * marker; a faint crossed marker at a removed sector's old place. A sector the layout does not show
 * (filtered out, unplaced) gets no moved or added trail.
 */
public final class MoveTrails {
    /** The old-place marker's size and the "new" ring's, in pixels. */
    public static final double OLD_MARKER = PlotStyle.MARKER;
    public static final double NEW_RING = PlotStyle.MARKER + 9;
    /** Alpha of a trail that stays in its quadrant, and of an old marker; a quadrant change is drawn opaque. */
    public static final int FAINT_ALPHA = 110;
    public static final int COLOUR = 0x7b4fa0;
    public static final double WIDTH = 1.2;
    public static final double QUADRANT_CHANGE_WIDTH = 2.4;
    /** The room between an arrow's tip and its marker's edge. */
    public static final double TIP_GAP = 1;

    /**
     * One trail in pixels. {@code oldX/oldY}: the earlier place (null coordinates as NaN for an added
     * sector); {@code newX/newY}: the current marker's centre (NaN for a removed one); {@code arrow}: the
     * moved sector's arrow, null otherwise or when the move is shorter than the marker.
     */
    public record Trail(WhatMoved.Change change, double oldX, double oldY, double newX, double newY, ArrowShape arrow) {
        public String sectorId() {
            return change.sectorId();
        }

        public WhatMoved.Kind kind() {
            return change.kind();
        }

        public boolean quadrantChanged() {
            return change.quadrantChanged();
        }
    }

    private MoveTrails() {
    }

    public static List<Trail> of(WhatMoved.Comparison comparison, PlotLayout layout) {
        PlotGeometry g = layout.geometry();
        List<Trail> out = new ArrayList<>();
        for (WhatMoved.Change c : comparison.changes()) {
            PlacedSector now = c.kind() == WhatMoved.Kind.REMOVED ? null : layout.sector(c.sectorId());
            if (c.kind() != WhatMoved.Kind.REMOVED && now == null) {
                continue;
            }
            double ox = c.from() == null ? Double.NaN : g.toPixelX(c.from().x());
            double oy = c.from() == null ? Double.NaN : g.toPixelY(c.from().y());
            double nx = now == null ? Double.NaN : now.markerX();
            double ny = now == null ? Double.NaN : now.markerY();
            ArrowShape arrow = null;
            if (c.kind() == WhatMoved.Kind.MOVED) {
                double len = Math.hypot(nx - ox, ny - oy);
                double stop = tipStop(now);
                if (len > stop + OLD_MARKER / 2) {
                    double t = (len - stop) / len;
                    arrow = ArrowShape.between(ox, oy, ox + (nx - ox) * t, oy + (ny - oy) * t);
                }
            }
            out.add(new Trail(c, ox, oy, nx, ny, arrow));
        }
        return out;
    }

    /** How far short of the current marker's centre an arrow's tip stops for {@code s}. */
    public static double tipStop(PlacedSector s) {
        return s.markerBox().w() / 2 + PlotStyle.HALO / 2 + TIP_GAP;
    }
}
