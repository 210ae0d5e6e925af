package org.sectorscope.export;

import java.util.List;
import java.util.Map;

/**
 * A table ready to draw with its caption and the notes under it; {@code scoreCells} finds the cell of
 * an option's score on a criterion, keyed "optionId/criterionId". Every component is immutable, so a
 * renderer can keep the content while the caller goes on building other tables.
 */
record MatrixContent(String caption, MatrixTable table, Map<String, CellAt> scoreCells, List<String> notes) {
    MatrixContent {
        scoreCells = Map.copyOf(scoreCells);
        notes = List.copyOf(notes);
    }

    /** Where a cell is in the table, 0-based; a value, where an {@code int[]} could be changed by whoever held it. */
    record CellAt(int row, int column) {
    }

    static String key(String optionId, String criterionId) {
        return optionId + "/" + criterionId;
    }

    /** The scale every score uses, as the options pane's tooltips word it. */
    static final String SCALE_NOTE = "Scores: 1 works strongly against the criterion, 2 works against it, 3 neutral, "
            + "4 serves it, 5 serves it strongly. Weights are shares of the total weight; an option's total is the "
            + "weighted mean of its scores, and a criterion it is not scored on counts 0.";
}
