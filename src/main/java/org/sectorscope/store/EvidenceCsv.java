package org.sectorscope.store;

import java.util.List;
import java.util.Locale;

/**
 * The evidence CSV format (docs/evidence-csv.md): its columns, its limits and the formula guard
 * shared by {@link EvidenceCsvWriter} and {@link EvidenceCsvReader}.
 */
public final class EvidenceCsv {
    public static final String SECTOR = "sector";
    public static final String SECTOR_ID = "sectorId";
    public static final String ID = "id";
    public static final String QUOTE = "quote";
    public static final String NOTE = "note";
    public static final String SOURCE = "source";
    public static final String PAGE = "page";
    public static final String RELIABILITY = "reliability";
    public static final String CREDIBILITY = "credibility";
    public static final String AXIS = "axis";
    public static final String TOWARD = "toward";
    public static final String TAGS = "tags";
    public static final String ADDED = "added";

    /** Every column, in the order the writer uses. The reader accepts them in any order. */
    public static final List<String> COLUMNS = List.of(SECTOR, SECTOR_ID, ID, QUOTE, NOTE, SOURCE, PAGE,
            RELIABILITY, CREDIBILITY, AXIS, TOWARD, TAGS, ADDED);

    /** Longest cell the reader keeps; a longer one is skipped and its row refused. */
    public static final int MAX_CELL_LENGTH = 100_000;
    /** Most data rows (after the header) a file may hold. */
    public static final int MAX_ROWS = 100_000;
    /** Most columns a header may have; keeps a row of a million commas from costing a million strings. */
    public static final int MAX_COLUMNS = 1_000;
    /** Most characters a file may hold (64 Mi), so a hostile file cannot make the reader run for minutes. */
    public static final long MAX_CHARACTERS = 64L * 1024 * 1024;
    /**
     * Most bytes a file may hold (64 MB). Characters alone let a file of 3- and 4-byte characters be
     * four times that, and the evidence it holds then cannot be saved in a project.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Tags share one cell; the reader splits on ';' alone and trims, so "; " reads back the same. */
    public static final String TAG_SEPARATOR = "; ";

    private static final int SHOWN_LENGTH = 60;

    /** The character the writer puts before a cell a spreadsheet would take for a formula. */
    public static final char FORMULA_GUARD = '\'';

    private EvidenceCsv() {
    }

    /**
     * The cell as written: a cell that a spreadsheet would run as a formula (it starts with = + - @ TAB
     * or CR) gets a leading {@code '}. So does a cell that already starts with one or more {@code '}
     * followed by such a character, so that {@link #unguard} gives back exactly the original.
     */
    static String guard(String cell) {
        return startsWithGuardedFormula(cell, 0) ? FORMULA_GUARD + cell : cell;
    }

    /** The reverse of {@link #guard}: drops one leading {@code '} that stands before a guarded start. */
    static String unguard(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == FORMULA_GUARD && startsWithGuardedFormula(cell, 1)
                ? cell.substring(1) : cell;
    }

    /** Whether {@code cell}, from {@code from} on, is a run of {@code '} (maybe none) then a formula start. */
    private static boolean startsWithGuardedFormula(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == FORMULA_GUARD) {
            i++;
        }
        return i < cell.length() && isFormulaStart(cell.charAt(i));
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** A value as messages show it: in double quotes, cut short when long so a huge cell cannot flood a message. */
    static String show(String value) {
        return value.length() <= SHOWN_LENGTH ? '"' + value + '"'
                : '"' + value.substring(0, SHOWN_LENGTH) + "\u2026\"";
    }

    /** "100,000": how limits appear in messages. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
