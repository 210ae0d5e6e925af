package org.sectorscope.store;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 tokenizer that hands out one record at a time, so a file is never held in memory
 * whole. Cells are separated by commas (or, for rows pasted from a spreadsheet, by tabs, quoted the
 * same way); a cell in double quotes may hold commas, line breaks and
 * doubled quotes. Records end at CRLF, LF or a lone CR. A leading byte order mark is skipped.
 *
 * <p>Hostile input is bounded: a cell longer than {@code maxCellLength} is scanned to its end but
 * not stored, cells after the first {@code maxCells} of a record are counted but not stored, and
 * more than {@code maxCharacters} characters in all stop the parse. Malformed quoting does not stop
 * it: the record carries a {@link Flaw} and the next record parses normally.
 */
final class CsvParser {
    /** What can be wrong with a record's structure; only the first one found is kept. */
    enum Flaw {
        NONE,
        /** A cell was longer than the limit; its stored text is empty. */
        CELL_TOO_LONG,
        /** A quoted cell had text between its closing quote and the next comma or line end. */
        TEXT_AFTER_QUOTE,
        /** A quoted cell was still open at the end of the file. */
        UNCLOSED_QUOTE
    }

    /**
     * One record. {@code line} is the 1-based line it starts on; {@code cellCount} may exceed
     * {@code cells.size()} when the record had more cells than are stored. {@code flawCell} (0-based)
     * and {@code flawLine} say where the flaw is, when there is one.
     */
    record Record(int line, List<String> cells, int cellCount, Flaw flaw, int flawCell, int flawLine) {
        Record {
            cells = List.copyOf(cells);
        }

        /** A blank line, or a row of empty cells as spreadsheets write for an empty row. */
        boolean isBlank() {
            return flaw == Flaw.NONE && cellCount == cells.size() && cells.stream().allMatch(String::isBlank);
        }
    }

    private static final int EOF = -1;
    /** readCell's answer when a cell ended at a line end. */
    private static final int LINE_END = '\n';

    private final Reader in;
    private final char separator;
    private final int maxCellLength;
    private final int maxCells;
    private final long maxCharacters;
    private final char[] buffer = new char[8192];
    private final StringBuilder cell = new StringBuilder();
    private int position;
    private int limit;
    private long charactersRead;
    private int line = 1;
    private boolean afterCr;
    private boolean started;

    // Set by readCell for the cell just read.
    private boolean cellTooLong;
    private Flaw cellFlaw;
    private int cellFlawLine;

    CsvParser(Reader in, int maxCellLength, int maxCells, long maxCharacters) {
        this(in, ',', maxCellLength, maxCells, maxCharacters);
    }

    CsvParser(Reader in, char separator, int maxCellLength, int maxCells, long maxCharacters) {
        this.in = in;
        this.separator = separator;
        this.maxCellLength = maxCellLength;
        this.maxCells = maxCells;
        this.maxCharacters = maxCharacters;
    }

    /** The line the parser has reached, 1-based; used to say where a read failed. */
    int line() {
        return line;
    }

    /** The next record, or null at the end of the input. */
    Record next() throws IOException, CsvImportException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                position++;
            }
        }
        if (peek() == EOF) {
            return null;
        }
        int start = line;
        List<String> cells = new ArrayList<>();
        int count = 0;
        Flaw flaw = Flaw.NONE;
        int flawCell = -1;
        int flawLine = -1;
        int end;
        do {
            end = readCell();
            if (flaw == Flaw.NONE && (cellFlaw != Flaw.NONE || cellTooLong)) {
                flaw = cellFlaw != Flaw.NONE ? cellFlaw : Flaw.CELL_TOO_LONG;
                flawCell = count;
                flawLine = cellFlaw != Flaw.NONE ? cellFlawLine : line;
            }
            if (count < maxCells) {
                cells.add(cellTooLong ? "" : cell.toString());
            }
            count++;
        } while (end == separator);
        return new Record(start, cells, count, flaw, flawCell, flawLine);
    }

    /** Reads one cell into {@link #cell}; answers what ended it: the separator, LINE_END or EOF. */
    private int readCell() throws IOException, CsvImportException {
        cell.setLength(0);
        cellTooLong = false;
        cellFlaw = Flaw.NONE;
        int c = read();
        if (c == '"') {
            int quoteLine = line;
            while (true) {
                c = read();
                if (c == EOF) {
                    cellFlaw = Flaw.UNCLOSED_QUOTE;
                    cellFlawLine = quoteLine;
                    return EOF;
                }
                if (c != '"') {
                    append(c);
                } else if (peek() == '"') {
                    read();
                    append('"');
                } else {
                    c = read();
                    if (c == separator || c == EOF || isLineEnd(c)) {
                        return end(c);
                    }
                    // Text after the closing quote: keep it, as spreadsheets do, but flag the record.
                    cellFlaw = Flaw.TEXT_AFTER_QUOTE;
                    cellFlawLine = line;
                    break;
                }
            }
        }
        // Unquoted text; a quote inside it is an ordinary character.
        while (c != separator && c != EOF && !isLineEnd(c)) {
            append(c);
            c = read();
        }
        return end(c);
    }

    private int end(int c) throws IOException, CsvImportException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        return isLineEnd(c) ? LINE_END : c;
    }

    private static boolean isLineEnd(int c) {
        return c == '\r' || c == '\n';
    }

    private void append(int c) {
        if (cell.length() < maxCellLength) {
            cell.append((char) c);
        } else {
            cellTooLong = true;
        }
    }

    private int peek() throws IOException, CsvImportException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    /** The next character, counting lines: CRLF, LF and a lone CR each end one line. */
    private int read() throws IOException, CsvImportException {
        if (position == limit && !fill()) {
            return EOF;
        }
        char c = buffer[position++];
        if (c == '\r' || (c == '\n' && !afterCr)) {
            line++;
        }
        afterCr = c == '\r';
        return c;
    }

    private boolean fill() throws IOException, CsvImportException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        charactersRead += n;
        if (charactersRead > maxCharacters) {
            throw new CsvImportException("the file is longer than " + EvidenceCsv.count(maxCharacters)
                    + " characters", line);
        }
        position = 0;
        limit = n;
        return true;
    }
}
