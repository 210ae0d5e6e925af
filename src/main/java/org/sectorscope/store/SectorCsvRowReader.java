package org.sectorscope.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Extras;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Ids;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;

/**
 * Turns the data rows of a sectors CSV, one at a time, into drafts of import rows. A row that breaks
 * any rule gets every complaint found, joined with "; ", so the analyst can fix it in one go. A row is
 * matched to a sector of the project by id, else by exact name; a column the file lacks keeps the
 * matched sector's value, so a partial sheet never clears what it does not mention.
 */
final class SectorCsvRowReader {
    /** What one row gives before the import spreads quadrant-only rows and compares with the project. */
    record Draft(int line, String name, Sector sector, Sector existing, Quadrant spreadIn, String newDriver,
                 String note, String error) {
    }

    private final Project project;
    private final SectorCsvHeader header;
    private final SectorCsvDrivers drivers;
    private final EvidenceCsvProjectLookup lookup;
    private final Map<String, Sector> byId = new HashMap<>();
    private final Map<String, List<Sector>> byName = new HashMap<>();
    private final Map<String, Integer> fileIds = new HashMap<>();
    private final Map<String, Integer> fileNames = new HashMap<>();
    private final Set<Integer> idMatchedLines = new HashSet<>();

    SectorCsvRowReader(Project project, SectorCsvHeader header, SectorCsvDrivers drivers) {
        this.project = project;
        this.header = header;
        this.drivers = drivers;
        this.lookup = new EvidenceCsvProjectLookup(project);
        for (Sector s : project.sectors()) {
            byId.put(s.id(), s);
            byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
        }
    }

    Draft read(CsvParser.Record record) {
        int line = record.line();
        if (record.flaw() != CsvParser.Flaw.NONE) {
            return invalid(line, "", header.describeFlaw(record));
        }
        if (record.cellCount() != header.size()) {
            return invalid(line, "", "row has " + record.cellCount() + " cells; the header has " + header.size());
        }
        List<String> errors = new ArrayList<>();
        String name = cell(record, SectorCsv.NAME); // exact, as names are matched
        if (name.isBlank()) {
            errors.add("the name is empty");
        }
        check(TextLimit.NAME, name, "the name", errors);
        String id = cell(record, SectorCsv.ID).strip();
        Sector existing = match(id, name, line, errors);
        String driver = existing == null ? "" : existing.driver();
        String newDriver = null;
        if (header.has(SectorCsv.DRIVER)) {
            String cell = cell(record, SectorCsv.DRIVER).strip();
            driver = drivers.idOf(cell);
            if (driver == null && check(TextLimit.NAME, cell, "the driver", errors)) {
                newDriver = cell;
                driver = drivers.plan(cell);
            }
        }
        SectorCsvPosition.Read where = SectorCsvPosition.read(project.framework(), header, record, existing, errors);
        String summary = text(record, SectorCsv.SUMMARY, TextLimit.PROSE, existing == null ? "" : existing.summary(),
                errors);
        List<String> notes = new ArrayList<>();
        Placement placement = placement(record, existing, errors, notes);
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        List<String> tags = header.has(SectorCsv.TAGS) ? tags(cell(record, SectorCsv.TAGS), errors)
                : existing == null ? List.of() : existing.tags();
        Map<String, FieldValue> fields = fields(record, existing, errors);
        if (!errors.isEmpty()) {
            return invalid(line, name, String.join("; ", errors));
        }
        try {
            Sector sector = existing == null
                    ? new Sector(newId(id), name, driver, summary, where.position(), placement, List.of(), List.of(), tags,
                    fields, Extras.NONE, Extras.NONE)
                    : new Sector(existing.id(), name, driver, summary, where.position(), placement, existing.evidence(),
                    existing.history(), tags, fields, existing.extras(), existing.positionExtras());
            return new Draft(line, name, sector, existing, where.spreadIn(), newDriver, note, null);
        } catch (IllegalArgumentException e) {
            // The checks above mirror the model's rules; this only catches a rule added to the model later.
            return invalid(line, name, e.getMessage());
        }
    }

    private static Draft invalid(int line, String name, String error) {
        return new Draft(line, name, null, null, null, null, null, error);
    }

    /**
     * The project's sector the row is for: the one with its id, else the one with exactly its name (so
     * rows copied from another project update the sector of that name); null for a new sector. An id or
     * a name an earlier row used is refused, as is a name several sectors share when no id tells them apart.
     */
    private Sector match(String id, String name, int line, List<String> errors) {
        Integer idLine = id.isEmpty() ? null : fileIds.putIfAbsent(id, line);
        if (idLine != null) {
            errors.add("the id " + EvidenceCsv.show(id) + " is already used by the row on line " + idLine);
        }
        check(TextLimit.LINE, id, "the id", errors);
        Sector byIdMatch = byId.get(id);
        Integer nameLine = name.isBlank() ? null : fileNames.putIfAbsent(name, line);
        // two rows of one name are two sectors of one name, allowed only when the project has both already
        if (nameLine != null && (byIdMatch == null || !idMatchedLines.contains(nameLine))) {
            errors.add("the name " + EvidenceCsv.show(name) + " is already used by the row on line " + nameLine);
        }
        if (byIdMatch != null) {
            idMatchedLines.add(line);
            return byIdMatch;
        }
        List<Sector> named = byName.getOrDefault(name, List.of());
        if (named.size() > 1) {
            errors.add(named.size() + " sectors of the project are named " + EvidenceCsv.show(name)
                    + "; give the id of the one to update");
            return null;
        }
        return named.isEmpty() ? null : named.get(0);
    }

    /** The id of a new sector: the row's own when it has one (ids travel between projects), else a fresh one. */
    private String newId(String given) {
        if (!given.isEmpty()) {
            return given;
        }
        String id;
        do {
            id = Ids.newId("sector");
        } while (byId.containsKey(id) || fileIds.containsKey(id));
        fileIds.put(id, 0);
        return id;
    }

    private Placement placement(CsvParser.Record record, Sector existing, List<String> errors, List<String> notes) {
        Placement was = existing == null ? Placement.analyst("") : existing.placement();
        Placement.Basis basis = was.basis();
        if (header.has(SectorCsv.BASIS)) {
            String cell = cell(record, SectorCsv.BASIS).strip().toLowerCase(Locale.ROOT);
            if (cell.isEmpty() || cell.equals("analyst")) {
                basis = Placement.Basis.ANALYST;
            } else if (cell.equals("report")) {
                basis = Placement.Basis.REPORT;
            } else {
                errors.add("the basis " + EvidenceCsv.show(cell) + " is not \"report\" or \"analyst\"");
            }
        }
        String sourceId = header.has(SectorCsv.SOURCE) ? source(cell(record, SectorCsv.SOURCE), errors, notes)
                : was.sourceId();
        String locator = text(record, SectorCsv.LOCATOR, TextLimit.LINE, was.locator(), errors);
        String quote = text(record, SectorCsv.QUOTE, TextLimit.PROSE, was.quote(), errors);
        String rationale = text(record, SectorCsv.RATIONALE, TextLimit.PROSE, was.rationale(), errors);
        return new Placement(basis, sourceId, locator, quote, rationale, was.extras());
    }

    /**
     * The placement's source, by id or title. One the project lacks, as in rows copied from another
     * project, is left out and the preview says so (its locator and quote stay); a title several
     * sources share is an error, since the import cannot tell which.
     */
    private String source(String cell, List<String> errors, List<String> notes) {
        List<String> problems = new ArrayList<>();
        String id = lookup.sourceId(cell, problems);
        if (!problems.isEmpty() && id == null && problems.get(0).startsWith("unknown source")) {
            notes.add("source " + EvidenceCsv.show(cell.strip()) + " left out: not in this project");
        } else {
            errors.addAll(problems);
        }
        return id;
    }

    /** Tags share a cell, separated by ';', as in the evidence CSV. */
    private static List<String> tags(String cell, List<String> errors) {
        List<String> tags = new ArrayList<>();
        for (String part : cell.split(";", -1)) {
            String tag = part.strip();
            if (tag.isEmpty()) {
                continue;
            }
            check(TextLimit.NAME, tag, "a tag", errors);
            if (tags.contains(tag)) {
                errors.add("the tag " + EvidenceCsv.show(tag) + " is given twice");
            } else {
                tags.add(tag);
            }
        }
        if (tags.size() > ProjectLimits.MAX_TAGS_PER_SECTOR) {
            errors.add(tags.size() + " tags; a sector may have at most " + ProjectLimits.MAX_TAGS_PER_SECTOR);
        }
        return tags;
    }

    /** The sector's field values: each column the file has sets (or, empty, clears) its field. */
    private Map<String, FieldValue> fields(CsvParser.Record record, Sector existing, List<String> errors) {
        Map<String, FieldValue> values = new LinkedHashMap<>(existing == null ? Map.of() : existing.fields());
        for (CustomField f : project.fields()) {
            if (!header.hasField(f.id())) {
                continue;
            }
            String cell = header.fieldCell(record, f.id());
            FieldValue value = null;
            if (cell.isBlank()) {
                values.remove(f.id());
                continue;
            }
            if (f.kind() == CustomField.Kind.NUMBER) {
                Double n = SectorCsvPosition.number(cell);
                if (n == null) {
                    errors.add(f.name() + " " + EvidenceCsv.show(cell) + " is not a number");
                } else {
                    value = FieldValue.of(n);
                }
            } else if (check(TextLimit.LINE, cell, f.name(), errors)) {
                value = FieldValue.of(cell);
            }
            if (value != null) {
                values.put(f.id(), value);
            }
        }
        return values;
    }

    /** A text column's value, or {@code kept} when the file has no such column. */
    private String text(CsvParser.Record record, String column, TextLimit limit, String kept, List<String> errors) {
        if (!header.has(column)) {
            return kept;
        }
        String value = cell(record, column); // not trimmed: the writer quotes edge spaces, so they are meant
        check(limit, value, "the " + column, errors);
        return value;
    }

    private String cell(CsvParser.Record record, String column) {
        return header.cell(record, column);
    }

    /** The model's limits on a text, told with the column; false when it breaks them. */
    private static boolean check(TextLimit limit, String value, String what, List<String> errors) {
        String problem = limit.problem(value);
        if (problem != null) {
            errors.add(what + " " + problem);
        }
        return problem == null;
    }
}
