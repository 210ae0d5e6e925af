package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    private final double left;
    private final double top;
    private final int cols;
    private final int rows;
    private final List<Entry>[] cells;
    private final List<PlacedSector.Segment>[] lines;

    /** An index over {@code bounds} (the plot); anything outside it is kept in the edge cells. */
    @SuppressWarnings("unchecked")
    BoxIndex(Box bounds) {
        left = bounds.x();
        top = bounds.y();
        cols = Math.max(1, (int) Math.ceil(bounds.w() / CELL) + 1);
        rows = Math.max(1, (int) Math.ceil(bounds.h() / CELL) + 1);
        cells = new List[cols * rows];
        lines = new List[cols * rows];
    }

    void add(Box b) {
        add(b, Double.NaN, Double.NaN);
    }

    /** A sector's marker or label box, anchored at its marker's centre. */
    void add(Box b, double anchorX, double anchorY) {
        Entry e = new Entry(b, anchorX, anchorY);
        for (int cx = col(b.x()); cx <= col(b.right()); cx++) {
            for (int cy = row(b.y()); cy <= row(b.bottom()); cy++) {
                int k = cx * rows + cy;
                if (cells[k] == null) {
                    cells[k] = new ArrayList<>(4);
                }
                cells[k].add(e);
            }
        }
    }

    /** A leader line, which later labels must not cover. */
    void add(PlacedSector.Segment s) {
        for (int cx = col(Math.min(s.x0(), s.x1())); cx <= col(Math.max(s.x0(), s.x1())); cx++) {
            for (int cy = row(Math.min(s.y0(), s.y1())); cy <= row(Math.max(s.y0(), s.y1())); cy++) {
                int k = cx * rows + cy;
                if (lines[k] == null) {
                    lines[k] = new ArrayList<>(2);
                }
                lines[k].add(s);
            }
        }
    }

    /**
     * True when the segment crosses no box, ignoring those of sectors whose marker is at (ax, ay): a
     * leader under the label of a sector at the very same point still leads to the right place.
     */
    boolean clear(PlacedSector.Segment s, double ax, double ay) {
        for (int cx = col(Math.min(s.x0(), s.x1())); cx <= col(Math.max(s.x0(), s.x1())); cx++) {
            for (int cy = row(Math.min(s.y0(), s.y1())); cy <= row(Math.max(s.y0(), s.y1())); cy++) {
                List<Entry> in = cells[cx * rows + cy];
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
        int x1 = col(b.right() + gap);
        int y1 = row(b.bottom() + gap);
        for (int cx = col(b.x() - gap); cx <= x1; cx++) {
            for (int cy = row(b.y() - gap); cy <= y1; cy++) {
                List<Entry> in = cells[cx * rows + cy];
                if (in != null) {
                    for (Entry o : in) {
                        if (b.overlaps(o.box(), gap)) {
                            return false;
                        }
                    }
                }
                List<PlacedSector.Segment> crossing = lines[cx * rows + cy];
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
        Set<Entry> seen = new HashSet<>();
        for (int cx = col(b.x() - gap); cx <= col(b.right() + gap); cx++) {
            for (int cy = row(b.y() - gap); cy <= row(b.bottom() + gap); cy++) {
                List<Entry> in = cells[cx * rows + cy];
                if (in != null) {
                    in.stream().filter(o -> b.overlaps(o.box(), gap)).forEach(seen::add);
                }
            }
        }
        return seen.size();
    }

    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - left) / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - top) / CELL)));
    }
}
