package org.sectorscope.ui.options.compare;

import java.util.Locale;

/**
 * One compared option: its rank among all the project's options, its weighted total, and how far that
 * total is behind the best of the compared options (0 for the best).
 */
public record CompareColumn(String optionId, String name, int rank, int optionCount, double total,
                            double gapToBest) {
    /** Totals closer than this count as equal (floating-point noise, as in the ranking). */
    private static final double TOLERANCE = 1e-9;

    public String rankText() {
        return "Rank " + rank + " of " + optionCount;
    }

    public String totalText() {
        return String.format(Locale.ROOT, "%.2f", total);
    }

    public boolean best() {
        return gapToBest < TOLERANCE;
    }

    /** "best", or the gap to the best total with a minus sign, e.g. "\u22121.75". */
    public String gapText() {
        return best() ? "best" : String.format(Locale.ROOT, "\u2212%.2f", gapToBest);
    }
}
