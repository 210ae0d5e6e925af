package org.sectorscope.store;

import java.util.List;

/**
 * How every CSV we write spells its cells (RFC 4180, as docs/evidence-csv.md describes): text is
 * formula-guarded, so a spreadsheet never runs a cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @}, then quoted when a separator, quote, line break or edge space needs it. Numbers we format
 * ourselves are written bare, so {@code -0.5} stays a number.
 */
public final class CsvCells {
    /** RFC 4180's line end. */
    public static final String LINE_END = "\r\n";
    /** Written first, so Excel reads the file as UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvCells() {
    }

    /** A text cell: guarded against formulas, then quoted when needed. */
    public static String text(String value) {
        return text(value, ',');
    }

    /** A text cell of rows separated by {@code separator} (a tab for rows a spreadsheet pastes). */
    public static String text(String value, char separator) {
        return quoted(EvidenceCsv.guard(value == null ? "" : value), separator);
    }

    /** A number we formatted ourselves (digits, a sign, a point): never guarded. */
    public static String number(String formatted) {
        return quoted(formatted, ',');
    }

    /** Cells already spelled by {@link #text} or {@link #number}, joined into one line with its end. */
    public static String row(List<String> cells) {
        return row(cells, ',');
    }

    /**
     * As {@link #row(List)} with another separator: a tab gives the rows spreadsheets copy and paste
     * (their cells spelled by {@link #text(String, char)}).
     */
    public static String row(List<String> cells, char separator) {
        return String.join(String.valueOf(separator), cells) + LINE_END;
    }

    private static String quoted(String value, char separator) {
        return needsQuotes(value, separator) ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static boolean needsQuotes(String s, char separator) {
        if (s.isEmpty()) {
            return false;
        }
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == separator || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
