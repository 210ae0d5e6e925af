package org.sectorscope.ui.options.compare;

import java.util.List;

/**
 * One criterion across the compared options: its share of the total weight, a cell per option (in
 * column order), and whether every option scores the same there (such rows are shown dimmed).
 */
public record CompareRow(String criterionId, String name, String description, double weightShare,
                         List<CompareCell> cells, boolean allSame) {
    public CompareRow {
        cells = List.copyOf(cells);
    }

    /** The share as the options pane's column headers show it, e.g. "50% of the weight". */
    public String weightText() {
        return Math.round(weightShare * 100) + "% of the weight";
    }
}
