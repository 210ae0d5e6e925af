package org.sectorscope.store;

import static org.sectorscope.store.EvidenceCsv.show;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of an evidence CSV: which known column sits at which index. Names match
 * case-insensitively after trimming; unknown names are ignored with a warning, and a header that
 * lacks a required column refuses the whole file.
 */
final class EvidenceCsvHeader {
    private final List<String> names;
    private final Map<String, Integer> indexByColumn;
    private final List<String> warnings;

    private EvidenceCsvHeader(List<String> names, Map<String, Integer> indexByColumn, List<String> warnings) {
        this.names = names;
        this.indexByColumn = indexByColumn;
        this.warnings = warnings;
    }

    static EvidenceCsvHeader of(CsvParser.Record record) throws CsvImportException {
        if (record.cellCount() > EvidenceCsv.MAX_COLUMNS) {
            throw new CsvImportException("the header has more than " + EvidenceCsv.count(EvidenceCsv.MAX_COLUMNS)
                    + " columns", record.line());
        }
        if (record.flaw() != CsvParser.Flaw.NONE) {
            throw new CsvImportException("the header row is malformed: " + describeFlaw(record, record.cells()),
                    record.line());
        }
        Map<String, String> known = new HashMap<>();
        for (String column : EvidenceCsv.COLUMNS) {
            known.put(key(column), column);
        }
        Map<String, Integer> indexByColumn = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> names = record.cells();
        for (int i = 0; i < names.size(); i++) {
            String column = known.get(key(names.get(i)));
            if (column == null) {
                unknown.add(names.get(i).isBlank() ? "column " + (i + 1) + " (no name)" : show(names.get(i).strip()));
            } else if (indexByColumn.putIfAbsent(column, i) != null) {
                throw new CsvImportException("the header has the column " + show(column) + " twice", record.line());
            }
        }
        requireColumns(indexByColumn, record.line());
        List<String> warnings = unknown.isEmpty() ? List.of()
                : List.of((unknown.size() == 1 ? "unknown column ignored: " : "unknown columns ignored: ")
                        + String.join(", ", unknown));
        return new EvidenceCsvHeader(names, indexByColumn, warnings);
    }

    private static void requireColumns(Map<String, Integer> present, int line) throws CsvImportException {
        List<String> missing = new ArrayList<>();
        for (String column : List.of(EvidenceCsv.RELIABILITY, EvidenceCsv.CREDIBILITY)) {
            if (!present.containsKey(column)) {
                missing.add(show(column));
            }
        }
        if (!present.containsKey(EvidenceCsv.SECTOR) && !present.containsKey(EvidenceCsv.SECTOR_ID)) {
            missing.add(show(EvidenceCsv.SECTOR) + " or " + show(EvidenceCsv.SECTOR_ID));
        }
        if (!present.containsKey(EvidenceCsv.QUOTE) && !present.containsKey(EvidenceCsv.NOTE)) {
            missing.add(show(EvidenceCsv.QUOTE) + " or " + show(EvidenceCsv.NOTE));
        }
        if (missing.isEmpty()) {
            return;
        }
        // "no "reliability" column", "no "reliability" and no "quote" or "note" column", ...
        StringBuilder message = new StringBuilder("the header has no ");
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                message.append(i == missing.size() - 1 ? " and no " : ", no ");
            }
            message.append(missing.get(i));
        }
        throw new CsvImportException(message.append(" column").toString(), line);
    }

    int size() {
        return names.size();
    }

    List<String> warnings() {
        return warnings;
    }

    /** The cell of a known column, formula guard removed; "" when the file has no such column. */
    String cell(CsvParser.Record record, String column) {
        Integer index = indexByColumn.get(column);
        return index == null ? "" : EvidenceCsv.unguard(record.cells().get(index));
    }

    /** How messages name a record's structural flaw, with the cell named by its header. */
    String describeFlaw(CsvParser.Record record) {
        return describeFlaw(record, names);
    }

    static String describeFlaw(CsvParser.Record record, List<String> names) {
        int i = record.flawCell();
        String cell = i < names.size() && !names.get(i).isBlank() ? show(names.get(i).strip()) : "" + (i + 1);
        return switch (record.flaw()) {
            case CELL_TOO_LONG -> "cell " + cell + " is longer than " + EvidenceCsv.count(EvidenceCsv.MAX_CELL_LENGTH)
                    + " characters";
            case TEXT_AFTER_QUOTE -> "cell " + cell + " has text after its closing quote (line " + record.flawLine()
                    + "); a quote inside a quoted cell is written as two quotes";
            case UNCLOSED_QUOTE -> "the quoted cell " + cell + " that starts on line " + record.flawLine()
                    + " is not closed before the end of the file";
            case NONE -> throw new IllegalArgumentException("the record has no flaw");
        };
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
