package org.sectorscope.ui.options.compare;

import java.util.List;

/**
 * Everything the comparison shows, as one value so the view redraws once per project change: the
 * option columns in rank order, a row per criterion, and per adjacent pair of columns the sentence
 * saying what weight change would swap them.
 */
public record CompareTable(List<CompareColumn> columns, List<CompareRow> rows, List<String> swaps) {
    public static final CompareTable EMPTY = new CompareTable(List.of(), List.of(), List.of());

    public CompareTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        swaps = List.copyOf(swaps);
    }
}
