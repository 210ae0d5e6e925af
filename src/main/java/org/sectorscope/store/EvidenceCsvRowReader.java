package org.sectorscope.store;

import static org.sectorscope.store.EvidenceCsv.show;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Credibility;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Ids;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;

/**
 * Turns the data rows of an evidence CSV, one at a time, into import rows. A row that breaks any
 * rule gets every complaint found, joined with "; ", so the analyst can fix a row in one go. A row
 * whose id an item of the project has is matched to that item (an update or unchanged, never a
 * second item with that id); an id may be used only once in the file, so the ids seen are kept.
 */
final class EvidenceCsvRowReader {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final EvidenceCsvHeader header;
    private final EvidenceCsvProjectLookup lookup;
    private final String today;
    /** Each evidence item of the project by id, with its sector. */
    private final Map<String, Located> existing = new HashMap<>();
    /** Each id the file has used so far, with the line of its row. */
    private final Map<String, Integer> fileIds = new HashMap<>();

    private record Located(Sector sector, Evidence item) {
    }

    EvidenceCsvRowReader(Project project, EvidenceCsvHeader header, String today) {
        this.header = header;
        this.lookup = new EvidenceCsvProjectLookup(project);
        this.today = today;
        for (Sector sector : project.sectors()) {
            for (Evidence e : sector.evidence()) {
                existing.putIfAbsent(e.id(), new Located(sector, e));
            }
        }
    }

    EvidenceImportRow read(CsvParser.Record record) {
        int line = record.line();
        if (record.flaw() != CsvParser.Flaw.NONE) {
            return EvidenceImportRow.invalid(line, null, null, header.describeFlaw(record));
        }
        if (record.cellCount() != header.size()) {
            return EvidenceImportRow.invalid(line, null, null,
                    "row has " + record.cellCount() + " cells; the header has " + header.size());
        }
        List<String> errors = new ArrayList<>();
        Sector sector = lookup.sector(cell(record, EvidenceCsv.SECTOR_ID), cell(record, EvidenceCsv.SECTOR), errors);
        String quote = cell(record, EvidenceCsv.QUOTE);
        String note = cell(record, EvidenceCsv.NOTE);
        if (quote.isBlank() && note.isBlank()) {
            errors.add("the row needs a quote or a note");
        }
        String sourceId = lookup.sourceId(cell(record, EvidenceCsv.SOURCE), errors);
        Reliability reliability = reliability(cell(record, EvidenceCsv.RELIABILITY), errors);
        int credibility = credibility(cell(record, EvidenceCsv.CREDIBILITY), errors);
        Bearing bearing = lookup.bearing(cell(record, EvidenceCsv.AXIS), cell(record, EvidenceCsv.TOWARD), errors);
        String added = added(cell(record, EvidenceCsv.ADDED), errors);
        String id = id(cell(record, EvidenceCsv.ID), line, errors);
        checkText(TextLimit.LINE, id, "the id", errors);
        checkText(TextLimit.PROSE, quote, "the quote", errors);
        checkText(TextLimit.PROSE, note, "the note", errors);
        checkText(TextLimit.LINE, cell(record, EvidenceCsv.PAGE), "the page", errors);
        for (String tag : tags(cell(record, EvidenceCsv.TAGS))) {
            checkText(TextLimit.NAME, tag, "a tag", errors);
        }
        String sectorId = sector == null ? null : sector.id();
        String sectorName = sector == null ? null : sector.name();
        if (!errors.isEmpty()) {
            return EvidenceImportRow.invalid(line, sectorId, sectorName, String.join("; ", errors));
        }
        Located match = existing.get(id);
        if (match != null && cell(record, EvidenceCsv.ADDED).isBlank()) {
            added = match.item().added(); // "today" is for new items; an update keeps the date it was added
        }
        try {
            Evidence evidence = new Evidence(id, quote, note, sourceId, cell(record, EvidenceCsv.PAGE), reliability,
                    credibility, bearing, tags(cell(record, EvidenceCsv.TAGS)), added,
                    match == null ? Extras.NONE : match.item().extras());
            return match == null ? EvidenceImportRow.valid(line, sectorId, sectorName, evidence)
                    : EvidenceImportRow.matching(line, sectorId, sectorName, evidence, match.sector().id(), match.item());
        } catch (IllegalArgumentException e) {
            // The checks above mirror the model's rules; this only catches a rule added to the model later.
            return EvidenceImportRow.invalid(line, sectorId, sectorName, e.getMessage());
        }
    }

    /** The model's limits on a text, told with the column (a row is refused, never changed unseen). */
    private static void checkText(TextLimit limit, String value, String what, List<String> errors) {
        String problem = limit.problem(value);
        if (problem != null) {
            errors.add(what + " " + problem);
        }
    }

    private String cell(CsvParser.Record record, String column) {
        return header.cell(record, column);
    }

    private static Reliability reliability(String cell, List<String> errors) {
        String value = cell.strip().toUpperCase(Locale.ROOT);
        if (value.length() == 1 && value.charAt(0) >= 'A' && value.charAt(0) <= 'F') {
            return Reliability.valueOf(value);
        }
        errors.add(cell.isBlank() ? "reliability is empty; it must be one of A-F"
                : "reliability " + show(cell.strip()) + " is not one of A-F");
        return null;
    }

    private static int credibility(String cell, List<String> errors) {
        String value = cell.strip();
        if (WHOLE_NUMBER.matcher(value).matches()) {
            int n = Integer.parseInt(value);
            if (n >= Credibility.MIN && n <= Credibility.MAX) {
                return n;
            }
        }
        errors.add(value.isEmpty() ? "credibility is empty; it must be one of 1-6"
                : "credibility " + show(value) + " is not one of 1-6");
        return 0;
    }

    /** Blank means {@code today} (which may be null: then the item has no date). */
    private String added(String cell, List<String> errors) {
        String value = cell.strip();
        if (value.isEmpty()) {
            return today;
        }
        if (!isIsoDate(value)) {
            errors.add("added " + show(value) + " is not a date of the form yyyy-MM-dd");
            return null;
        }
        return value;
    }

    static boolean isIsoDate(String value) {
        if (!ISO_DATE.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The row's id, or a new one (used by no item or row) when blank; an id an earlier row used is refused. */
    private String id(String cell, int line, List<String> errors) {
        String id = cell.strip();
        if (id.isEmpty()) {
            do {
                id = Ids.newId("ev");
            } while (existing.containsKey(id) || fileIds.containsKey(id));
        } else if (fileIds.containsKey(id)) {
            errors.add("id " + show(id) + " is already used by the row on line " + fileIds.get(id));
            return id;
        }
        fileIds.put(id, line);
        return id;
    }

    /** Tags share a cell, separated by ';'; each is trimmed and empty ones are dropped. */
    private static List<String> tags(String cell) {
        List<String> tags = new ArrayList<>();
        for (String tag : cell.split(";", -1)) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return tags;
    }
}
