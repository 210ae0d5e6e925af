package org.sectorscope.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Project;

/**
 * The header row of a sectors CSV: which built-in column, and which of the project's custom fields,
 * sits at which index. Names match case-insensitively after trimming; unknown names are ignored with a
 * warning; only {@code name} is required. A field named like a built-in column is not read (the
 * built-in column wins) and the preview says so.
 */
final class SectorCsvHeader {
    private final List<String> names;
    private final Map<String, Integer> indexByColumn;
    private final Map<String, Integer> indexByField;
    private final List<String> warnings;

    private SectorCsvHeader(List<String> names, Map<String, Integer> indexByColumn, Map<String, Integer> indexByField,
                            List<String> warnings) {
        this.names = names;
        this.indexByColumn = indexByColumn;
        this.indexByField = indexByField;
        this.warnings = List.copyOf(warnings);
    }

    static SectorCsvHeader of(CsvParser.Record record, Project project) throws CsvImportException {
        if (record.cellCount() > EvidenceCsv.MAX_COLUMNS) {
            throw new CsvImportException("the header has more than " + EvidenceCsv.count(EvidenceCsv.MAX_COLUMNS)
                    + " columns", record.line());
        }
        if (record.flaw() != CsvParser.Flaw.NONE) {
            throw new CsvImportException("the header row is malformed: "
                    + EvidenceCsvHeader.describeFlaw(record, record.cells()), record.line());
        }
        Map<String, String> known = new HashMap<>();
        SectorCsv.COLUMNS.forEach(c -> known.put(key(c), c));
        List<String> warnings = new ArrayList<>();
        Map<String, String> fieldByName = new HashMap<>();
        for (CustomField f : project.fields()) {
            if (known.containsKey(key(f.name()))) {
                warnings.add("the field " + EvidenceCsv.show(f.name()) + " has the name of a built-in column and"
                        + " cannot be imported; rename the field to import it");
            } else {
                fieldByName.putIfAbsent(key(f.name()), f.id());
            }
        }
        Map<String, Integer> indexByColumn = new HashMap<>();
        Map<String, Integer> indexByField = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> names = record.cells();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String column = known.get(key(name));
            String field = fieldByName.get(key(name));
            Map<String, Integer> target = column != null ? indexByColumn : field != null ? indexByField : null;
            if (target == null) {
                unknown.add(name.isBlank() ? "column " + (i + 1) + " (no name)" : EvidenceCsv.show(name.strip()));
            } else if (target.putIfAbsent(column != null ? column : field, i) != null) {
                throw new CsvImportException("the header has the column " + EvidenceCsv.show(name.strip()) + " twice",
                        record.line());
            }
        }
        if (!indexByColumn.containsKey(SectorCsv.NAME)) {
            throw new CsvImportException("the header has no " + EvidenceCsv.show(SectorCsv.NAME) + " column",
                    record.line());
        }
        if (!unknown.isEmpty()) {
            warnings.add((unknown.size() == 1 ? "unknown column ignored: " : "unknown columns ignored: ")
                    + String.join(", ", unknown) + (project.fields().isEmpty() ? ""
                    : " (custom fields are matched by their names)"));
        }
        return new SectorCsvHeader(names, indexByColumn, indexByField, warnings);
    }

    int size() {
        return names.size();
    }

    List<String> warnings() {
        return warnings;
    }

    boolean has(String column) {
        return indexByColumn.containsKey(column);
    }

    boolean hasField(String fieldId) {
        return indexByField.containsKey(fieldId);
    }

    /** The cell of a built-in column, formula guard removed; "" when the file has no such column. */
    String cell(CsvParser.Record record, String column) {
        return cell(record, indexByColumn.get(column));
    }

    /** The cell of a custom field's column, formula guard removed; "" when the file has none. */
    String fieldCell(CsvParser.Record record, String fieldId) {
        return cell(record, indexByField.get(fieldId));
    }

    private static String cell(CsvParser.Record record, Integer index) {
        return index == null ? "" : EvidenceCsv.unguard(record.cells().get(index));
    }

    String describeFlaw(CsvParser.Record record) {
        return EvidenceCsvHeader.describeFlaw(record, names);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
