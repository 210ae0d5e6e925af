package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.List;
import org.sectorscope.logic.ArrowShape;
import org.sectorscope.logic.IntendedMoves;
import org.sectorscope.logic.PlotGeometry;

/**
 * Intended-move arrows placed on a laid-out plot. An arrow leaves its sector's marker at the marker's
 * edge and, when its tip would fall on a label or a marker, ends at that label's edge instead of under
 * it, so its head always shows. Canvas and exports draw these same shapes, above the labels.
 */
public final class ArrowRoutes {
    /** Room between an arrow's tip and the label it points at. */
    static final double TIP_GAP = 2;

    /** An arrow ready to draw; {@code wholeQuadrant} for the broad arrow between two quadrants' centres. */
    public record Route(ArrowShape shape, String sectorId, boolean wholeQuadrant) {
    }

    private ArrowRoutes() {
    }

    public static List<Route> of(List<IntendedMoves.Arrow> arrows, PlotLayout layout) {
        PlotGeometry g = layout.geometry();
        List<Route> out = new ArrayList<>(arrows.size());
        for (IntendedMoves.Arrow a : arrows) {
            double x0 = g.toPixelX(a.from().x());
            double y0 = g.toPixelY(a.from().y());
            PlacedSector from = a.sectorId() == null ? null : layout.sector(a.sectorId());
            if (from != null) {
                x0 = from.markerX();
                y0 = from.markerY();
            }
            double x1 = g.toPixelX(a.to().x());
            double y1 = g.toPixelY(a.to().y());
            double[] tip = clipTip(x0, y0, x1, y1, layout, a.sectorId());
            if (from != null) {
                double len = Math.hypot(tip[0] - x0, tip[1] - y0);
                double edge = from.markerBox().w() / 2 + 1;
                if (len > edge) {
                    x0 += (tip[0] - x0) / len * edge;
                    y0 += (tip[1] - y0) / len * edge;
                }
            }
            ArrowShape shape = ArrowShape.between(x0, y0, tip[0], tip[1]);
            if (shape != null) {
                out.add(new Route(shape, a.sectorId(), a.sectorId() == null));
            }
        }
        return out;
    }

    /**
     * The tip, moved back along the arrow to the edge of whatever label or marker covers it (the nearest
     * such edge to the start), leaving the arrow at least a head long.
     */
    static double[] clipTip(double x0, double y0, double x1, double y1, PlotLayout layout, String ownId) {
        double best = 1;
        for (PlacedSector s : layout.sectors()) {
            if (s.id().equals(ownId)) {
                continue;
            }
            for (Box b : s.label() == null ? List.of(s.markerBox()) : List.of(s.label(), s.markerBox())) {
                Box padded = new Box(b.x() - TIP_GAP, b.y() - TIP_GAP, b.w() + 2 * TIP_GAP, b.h() + 2 * TIP_GAP);
                if (padded.contains(x1, y1)) {
                    best = Math.min(best, padded.entry(x0, y0, x1, y1));
                }
            }
        }
        double len = Math.hypot(x1 - x0, y1 - y0);
        double minT = len == 0 ? 1 : Math.min(1, ArrowShape.HEAD * 2 / len);
        double t = Math.max(best, minT);
        return new double[] {x0 + (x1 - x0) * t, y0 + (y1 - y0) * t};
    }
}
