package org.sectorscope.store;

import java.util.List;

/**
 * The sectors CSV format (docs/sectors-csv.md): its built-in columns, shared by {@link SectorCsvWriter}
 * and {@link SectorCsvReader}. Each of the project's custom fields adds a column named as the field.
 * The same rows, tab-separated, are what a spreadsheet copies and pastes. Limits are the evidence CSV's
 * ({@link EvidenceCsv}), so both imports refuse the same hostile files the same way.
 */
public final class SectorCsv {
    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String DRIVER = "driver";
    public static final String X = "x";
    public static final String Y = "y";
    public static final String QUADRANT = "quadrant";
    public static final String SUMMARY = "summary";
    public static final String RATIONALE = "rationale";
    public static final String BASIS = "basis";
    public static final String SOURCE = "source";
    public static final String LOCATOR = "locator";
    public static final String QUOTE = "quote";
    public static final String TAGS = "tags";

    /** The built-in columns, in the order the writer uses; the reader accepts them in any order. */
    public static final List<String> COLUMNS = List.of(ID, NAME, DRIVER, X, Y, QUADRANT, SUMMARY, RATIONALE, BASIS,
            SOURCE, LOCATOR, QUOTE, TAGS);

    /** Separators of the two spellings: a file, and rows copied from or pasted into a spreadsheet. */
    public static final char COMMA = ',';
    public static final char TAB = '\t';

    private SectorCsv() {
    }
}
