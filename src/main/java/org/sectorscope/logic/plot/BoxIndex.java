package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Boxes and leader lines bucketed on a coarse grid, so asking "is this spot free?" costs a few
 * comparisons however many a crowded plot holds. The layout asks it thousands of times per label.
 */
final class BoxIndex {
    private static final double CELL = 48;
    /** A box and the marker it belongs to (NaN for a box of no sector, such as a quadrant name). */
    private record Entry(Box box, double anchorX, double anchorY) {
        boolean anchoredAt(double x, double y) {
            return Math.abs(anchorX - x) < 1 && Math.abs(anchorY - y) < 1;
        }
    }

    private final Map<Long, List<Entry>> cells = new HashMap<>();
    private final Map<Long, List<PlacedSector.Segment>> lines = new HashMap<>();

    void add(Box b) {
        add(b, Double.NaN, Double.NaN);
    }

    /** A sector's marker or label box, anchored at its marker's centre. */
    void add(Box b, double anchorX, double anchorY) {
        Entry e = new Entry(b, anchorX, anchorY);
        int x0 = cell(b.x());
        int x1 = cell(b.right());
        int y0 = cell(b.y());
        int y1 = cell(b.bottom());
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(e);
            }
        }
    }

    /** A leader line, which later labels must not cover. */
    void add(PlacedSector.Segment s) {
        for (int cx = cell(Math.min(s.x0(), s.x1())); cx <= cell(Math.max(s.x0(), s.x1())); cx++) {
            for (int cy = cell(Math.min(s.y0(), s.y1())); cy <= cell(Math.max(s.y0(), s.y1())); cy++) {
                lines.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(s);
            }
        }
    }

    /**
     * True when the segment crosses no box, ignoring those of sectors whose marker is at (ax, ay): a
     * leader under the label of a sector at the very same point still leads to the right place.
     */
    boolean clear(PlacedSector.Segment s, double ax, double ay) {
        for (int cx = cell(Math.min(s.x0(), s.x1())); cx <= cell(Math.max(s.x0(), s.x1())); cx++) {
            for (int cy = cell(Math.min(s.y0(), s.y1())); cy <= cell(Math.max(s.y0(), s.y1())); cy++) {
                List<Entry> in = cells.get(key(cx, cy));
                if (in == null) {
                    continue;
                }
                for (Entry o : in) {
                    if (!o.anchoredAt(ax, ay) && o.box().entry(s.x0(), s.y0(), s.x1(), s.y1()) <= 1) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** True when no box overlaps {@code b} or comes within {@code gap} of it, and no leader crosses it. */
    boolean free(Box b, double gap) {
        int x0 = cell(b.x() - gap);
        int x1 = cell(b.right() + gap);
        int y0 = cell(b.y() - gap);
        int y1 = cell(b.bottom() + gap);
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                List<Entry> in = cells.get(key(cx, cy));
                if (in != null) {
                    for (Entry o : in) {
                        if (b.overlaps(o.box(), gap)) {
                            return false;
                        }
                    }
                }
                List<PlacedSector.Segment> crossing = lines.get(key(cx, cy));
                if (crossing != null) {
                    for (PlacedSector.Segment l : crossing) {
                        if (b.entry(l.x0(), l.y0(), l.x1(), l.y1()) <= 1) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** How many boxes overlap {@code b} or come within {@code gap} of it. */
    int count(Box b, double gap) {
        java.util.Set<Entry> seen = new java.util.HashSet<>();
        for (int cx = cell(b.x() - gap); cx <= cell(b.right() + gap); cx++) {
            for (int cy = cell(b.y() - gap); cy <= cell(b.bottom() + gap); cy++) {
                List<Entry> in = cells.get(key(cx, cy));
                if (in != null) {
                    in.stream().filter(o -> b.overlaps(o.box(), gap)).forEach(seen::add);
                }
            }
        }
        return seen.size();
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }
}
