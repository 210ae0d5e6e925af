package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.PlotLocation;

/**
 * Finds a label's spot: the free one nearest to the label centred on its marker, among offsets tried
 * nearest first (vertical moves count less than horizontal ones, since labels are wider than tall, so
 * a label sits just above or below its marker when it can). A spot must lie inside the label's region,
 * straddle the sector's line when it is on one, and keep clear of every marker, quadrant name and label
 * placed before. After ggrepel's repelled labels with segments: a label pushed away keeps a leader.
 */
final class LabelSearch {
    private static final double HORIZONTAL_WEIGHT = 1.5;
    /** Offsets are tried on a 2-pixel grid near the marker and a 4-pixel grid farther out. */
    private static final int FINE = 24;
    /** How far a label may move from its marker (vertically; horizontal moves count 1.5 times). */
    private static final int RADIUS = 180;
    private static final int[][] OFFSETS = offsets();

    private LabelSearch() {
    }

    /** {@code s} with its label at the nearest free spot, or unchanged (marker only) when there is none. */
    static PlacedSector label(PlacedSector s, LabelText.Sized size, PlotGeometry g, BoxIndex taken) {
        Box region = s.region();
        if (size.w() > region.w() || size.h() > region.h()) {
            return s;
        }
        Box start = Box.centred(s.markerX(), s.markerY(), size.w(), size.h());
        // The offsets that keep the label inside its region, worked out once rather than per candidate.
        double minDx = region.x() - start.x() - 1e-9;
        double maxDx = region.right() - start.right() + 1e-9;
        double minDy = region.y() - start.y() - 1e-9;
        double maxDy = region.bottom() - start.bottom() + 1e-9;
        for (int i = 0; i < OFFSETS.length; i++) {
            int dx = OFFSETS[i][0];
            int dy = OFFSETS[i][1];
            if (dx < minDx || dx > maxDx || dy < minDy || dy > maxDy) {
                continue;
            }
            Box b = start.moved(dx, dy);
            if (!straddles(s.location(), b, g) || !taken.free(b, PlotStyle.LABEL_GAP)) {
                continue;
            }
            PlacedSector.Segment leader = leader(s, b);
            if (leader != null && s.location().onLine()) {
                continue; // a leader along a dividing line would vanish into it: such a label sits by its marker
            }
            // A leader that crossed another label or marker would point the reader at the wrong one.
            if (leader == null || taken.clear(inner(leader), s.markerX(), s.markerY())) {
                return new PlacedSector(s.mark(), s.location(), region, s.markerX(), s.markerY(), b, size.compact(),
                        size.lines(), size.driverText(), leader);
            }
        }
        return s;
    }

    /** A label of a sector on a line keeps a part of itself on each side of that line. */
    static boolean straddles(PlotLocation loc, Box b, PlotGeometry g) {
        double keepX = Math.min(PlotStyle.STRADDLE, b.w() / 3);
        double keepY = Math.min(PlotStyle.STRADDLE, b.h() / 3);
        boolean x = !loc.vertical() || (b.x() <= g.centerX() - keepX && b.right() >= g.centerX() + keepX);
        boolean y = !loc.horizontal() || (b.y() <= g.centerY() - keepY && b.bottom() >= g.centerY() + keepY);
        return x && y;
    }

    /** From the marker's edge to the nearest point of the label, when the label is not beside the marker. */
    private static PlacedSector.Segment leader(PlacedSector s, Box b) {
        double nx = Math.max(b.x(), Math.min(b.right(), s.markerX()));
        double ny = Math.max(b.y(), Math.min(b.bottom(), s.markerY()));
        double dx = nx - s.markerX();
        double dy = ny - s.markerY();
        double edge = s.markerBox().w() / 2;
        double far = edge + PlotStyle.LEADER_AFTER;
        if (dx * dx + dy * dy <= far * far) {
            return null;
        }
        double d = Math.sqrt(dx * dx + dy * dy);
        return new PlacedSector.Segment(s.markerX() + dx / d * edge, s.markerY() + dy / d * edge, nx, ny);
    }

    /** The leader without its ends, which touch its own marker and label. */
    private static PlacedSector.Segment inner(PlacedSector.Segment l) {
        double ddx = l.x1() - l.x0();
        double ddy = l.y1() - l.y0();
        double len = Math.sqrt(ddx * ddx + ddy * ddy);
        double cut = Math.min(PlotStyle.LABEL_GAP + 1, len / 2) / len;
        double dx = (l.x1() - l.x0()) * cut;
        double dy = (l.y1() - l.y0()) * cut;
        return new PlacedSector.Segment(l.x0() + dx, l.y0() + dy, l.x1() - dx, l.y1() - dy);
    }

    private static double distance(int[] o) {
        return Math.hypot(HORIZONTAL_WEIGHT * o[0], o[1]);
    }

    private static int[][] offsets() {
        List<int[]> all = new ArrayList<>();
        int reach = (int) Math.ceil(RADIUS / HORIZONTAL_WEIGHT);
        for (int dx = -reach; dx <= reach; dx += 2) {
            for (int dy = -RADIUS; dy <= RADIUS; dy += 2) {
                boolean fine = Math.abs(dx) <= FINE && Math.abs(dy) <= FINE;
                if ((fine || (dx % 4 == 0 && dy % 4 == 0)) && Math.hypot(HORIZONTAL_WEIGHT * dx, dy) <= RADIUS) {
                    all.add(new int[] {dx, dy});
                }
            }
        }
        int[][] sorted = all.toArray(new int[0][]);
        // Ties break by direction, so the order never depends on sort stability.
        Arrays.sort(sorted, Comparator.<int[]>comparingDouble(LabelSearch::distance)
                .thenComparingInt(o -> o[1]).thenComparingInt(o -> o[0]));
        return sorted;
    }
}
