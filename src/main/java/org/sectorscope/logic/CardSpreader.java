package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves overlapping card rectangles apart for display, leaving the stored positions alone. A few
 * passes of pairwise separation along the axis of least overlap, then clamping into bounds; the
 * result is deterministic for the same input.
 */
public final class CardSpreader {
    /** A card's rectangle: top-left corner and size, in pixels. */
    public record Box(double x, double y, double w, double h) {
        Box moved(double dx, double dy) {
            return new Box(x + dx, y + dy, w, h);
        }

        boolean overlaps(Box o, double gap) {
            return x < o.x + o.w + gap && o.x < x + w + gap && y < o.y + o.h + gap && o.y < y + h + gap;
        }
    }

    private static final int PASSES = 60;

    private CardSpreader() {
    }

    public static List<Box> spread(List<Box> desired, Box bounds, double gap) {
        return spread(desired, List.of(), bounds, gap);
    }

    /**
     * As {@link #spread(List, Box, double)}, also keeping cards off {@code fixed} boxes (labels drawn on
     * the canvas), which never move.
     */
    public static List<Box> spread(List<Box> desired, List<Box> fixed, Box bounds, double gap) {
        List<Box> boxes = new ArrayList<>(desired);
        for (int pass = 0; pass < PASSES; pass++) {
            boolean moved = false;
            for (int i = 0; i < boxes.size(); i++) {
                for (Box f : fixed) {
                    Box a = boxes.get(i);
                    if (a.overlaps(f, gap)) {
                        boxes.set(i, awayFrom(a, f, gap));
                        moved = true;
                    }
                }
            }
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    Box a = boxes.get(i);
                    Box b = boxes.get(j);
                    if (!a.overlaps(b, gap)) {
                        continue;
                    }
                    moved = true;
                    double overlapX = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) + gap;
                    double overlapY = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) + gap;
                    // Separate along the cheaper axis; ties and identical centres break by index.
                    if (overlapY <= overlapX) {
                        double d = overlapY / 2;
                        boolean aAbove = a.y + a.h / 2 <= b.y + b.h / 2;
                        boxes.set(i, a.moved(0, aAbove ? -d : d));
                        boxes.set(j, b.moved(0, aAbove ? d : -d));
                    } else {
                        double d = overlapX / 2;
                        boolean aLeft = a.x + a.w / 2 <= b.x + b.w / 2;
                        boxes.set(i, a.moved(aLeft ? -d : d, 0));
                        boxes.set(j, b.moved(aLeft ? d : -d, 0));
                    }
                }
            }
            for (int i = 0; i < boxes.size(); i++) {
                boxes.set(i, clamp(boxes.get(i), bounds));
            }
            if (!moved) {
                break;
            }
        }
        return boxes;
    }

    /** Moves {@code a} off the fixed box {@code f} along the shorter way out. */
    private static Box awayFrom(Box a, Box f, double gap) {
        double right = f.x + f.w + gap - a.x;
        double left = a.x + a.w + gap - f.x;
        double down = f.y + f.h + gap - a.y;
        double up = a.y + a.h + gap - f.y;
        double min = Math.min(Math.min(right, left), Math.min(down, up));
        if (min == down) {
            return a.moved(0, down);
        }
        if (min == up) {
            return a.moved(0, -up);
        }
        return min == right ? a.moved(right, 0) : a.moved(-left, 0);
    }

    static Box clamp(Box b, Box bounds) {
        double x = Math.max(bounds.x, Math.min(bounds.x + bounds.w - b.w, b.x));
        double y = Math.max(bounds.y, Math.min(bounds.y + bounds.h - b.h, b.y));
        return new Box(x, y, b.w, b.h);
    }
}
