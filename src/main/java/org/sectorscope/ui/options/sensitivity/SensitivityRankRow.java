package org.sectorscope.ui.options.sensitivity;

import java.util.Locale;

/** One option in the previewed ranking, with its rank under the project's own weights for comparison. */
public record SensitivityRankRow(int rank, String optionId, String name, double total, int savedRank) {
    public String totalText() {
        return String.format(Locale.ROOT, "%.2f", total);
    }

    /** "\u25B2 2" when the preview lifts the option two places, "\u25BC 1" when it drops one, else empty. */
    public String movementText() {
        int up = savedRank - rank;
        return up > 0 ? "\u25B2 " + up : up < 0 ? "\u25BC " + -up : "";
    }
}
