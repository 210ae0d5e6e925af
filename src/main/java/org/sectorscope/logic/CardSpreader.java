package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Moves overlapping card rectangles apart for display, leaving the stored positions alone. Cards are
 * placed one by one in the given order; each goes to the free spot nearest to where it wants to be
 * (vertical moves are preferred, since cards are wider than tall), off the cards already placed and
 * off fixed boxes such as quadrant labels. Deterministic for the same input.
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

    private static final int STEP = 2;
    private static final int RADIUS = 240;
    /** Candidate offsets, nearest first; horizontal distance counts 1.5 times vertical. */
    private static final int[][] OFFSETS = offsets();

    private CardSpreader() {
    }

    public static List<Box> spread(List<Box> desired, Box bounds, double gap) {
        return spread(desired, List.of(), bounds, gap);
    }

    /**
     * As {@link #spread(List, Box, double)}, also keeping cards off {@code fixed} boxes, which never move.
     * A card for which no free spot is left keeps its own place (overlapping); see {@link #place}.
     */
    public static List<Box> spread(List<Box> desired, List<Box> fixed, Box bounds, double gap) {
        List<Box> placed = place(desired, fixed, bounds, gap);
        for (int i = 0; i < placed.size(); i++) {
            if (placed.get(i) == null) {
                placed.set(i, clamp(desired.get(i), bounds));
            }
        }
        return placed;
    }

    /**
     * Places each card at the free spot nearest its wish, in order; a card for which the plot has no free
     * spot left gets null, so the caller can show it another way (as a shape only, say).
     */
    public static List<Box> place(List<Box> desired, List<Box> fixed, Box bounds, double gap) {
        List<Box> obstacles = new ArrayList<>(fixed);
        List<Box> placed = new ArrayList<>(desired.size());
        for (Box want : desired) {
            Box start = clamp(want, bounds);
            Box chosen = null;
            for (int[] o : OFFSETS) {
                Box candidate = start.moved(o[0], o[1]);
                if (inside(candidate, bounds) && free(candidate, obstacles, gap)) {
                    chosen = candidate;
                    break;
                }
            }
            if (chosen == null) {
                chosen = nearestFreeAnywhere(start, obstacles, bounds, gap);
            }
            placed.add(chosen);
            if (chosen != null) {
                obstacles.add(chosen);
            }
        }
        return placed;
    }

    /** The crowded case: scan the whole plot; null if it is truly full. */
    private static Box nearestFreeAnywhere(Box start, List<Box> obstacles, Box bounds, double gap) {
        Box best = null;
        double bestDistance = Double.MAX_VALUE;
        for (double x = bounds.x; x + start.w <= bounds.x + bounds.w; x += STEP * 2) {
            for (double y = bounds.y; y + start.h <= bounds.y + bounds.h; y += STEP * 2) {
                double dx = x - start.x;
                double dy = y - start.y;
                double distance = 2.25 * dx * dx + dy * dy;
                if (distance < bestDistance) {
                    Box candidate = new Box(x, y, start.w, start.h);
                    if (free(candidate, obstacles, gap)) {
                        best = candidate;
                        bestDistance = distance;
                    }
                }
            }
        }
        return best;
    }

    private static boolean free(Box b, List<Box> obstacles, double gap) {
        for (Box o : obstacles) {
            if (b.overlaps(o, gap)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(Box b, Box bounds) {
        return b.x >= bounds.x - 1e-9 && b.y >= bounds.y - 1e-9 && b.x + b.w <= bounds.x + bounds.w + 1e-9
                && b.y + b.h <= bounds.y + bounds.h + 1e-9;
    }

    static Box clamp(Box b, Box bounds) {
        double x = Math.max(bounds.x, Math.min(bounds.x + bounds.w - b.w, b.x));
        double y = Math.max(bounds.y, Math.min(bounds.y + bounds.h - b.h, b.y));
        return new Box(x, y, b.w, b.h);
    }

    private static int[][] offsets() {
        List<int[]> all = new ArrayList<>();
        for (int dx = -RADIUS; dx <= RADIUS; dx += STEP) {
            for (int dy = -RADIUS; dy <= RADIUS; dy += STEP) {
                all.add(new int[] {dx, dy});
            }
        }
        int[][] sorted = all.toArray(new int[0][]);
        // Ties break by direction so the result never depends on sort stability.
        Arrays.sort(sorted, Comparator.<int[]>comparingDouble(o -> 2.25 * o[0] * o[0] + o[1] * o[1])
                .thenComparingInt(o -> o[1]).thenComparingInt(o -> o[0]));
        return sorted;
    }
}
