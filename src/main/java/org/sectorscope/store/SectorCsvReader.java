package org.sectorscope.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.store.SectorCsvRowReader.Draft;

/**
 * Reads sectors (docs/sectors-csv.md) from a CSV file or from rows pasted from a spreadsheet into an
 * import preview, against a project. Nothing is changed. The input is read as a stream, one record at
 * a time, within the evidence CSV's limits; the stream is not closed.
 */
public final class SectorCsvReader {
    private SectorCsvReader() {
    }

    /** Reads comma-separated UTF-8 bytes (a byte order mark is skipped; invalid UTF-8 refuses the file). */
    public static SectorImport read(InputStream in, Project project) throws CsvImportException {
        return read(new StrictUtf8Reader(new EvidenceCsvReader.ByteLimit(in, EvidenceCsv.MAX_BYTES)), project,
                SectorCsv.COMMA);
    }

    /**
     * Reads pasted text: tab-separated when its first line holds a tab (what spreadsheets copy),
     * comma-separated otherwise.
     */
    public static SectorImport readPasted(String text, Project project) throws CsvImportException {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return read(new StringReader(text), project, first.indexOf('\t') >= 0 ? SectorCsv.TAB : SectorCsv.COMMA);
    }

    public static SectorImport read(Reader in, Project project, char separator) throws CsvImportException {
        return EvidenceCsvReader.parse(in, separator, parser -> read(parser, project));
    }

    private static SectorImport read(CsvParser parser, Project project) throws IOException, CsvImportException {
        CsvParser.Record first = EvidenceCsvReader.nextNonBlank(parser);
        if (first == null) {
            throw new CsvImportException("there is nothing to import; the first row must name the columns,"
                    + " such as \"name\"");
        }
        SectorCsvHeader header = SectorCsvHeader.of(first, project);
        SectorCsvDrivers drivers = new SectorCsvDrivers(project);
        SectorCsvRowReader rowReader = new SectorCsvRowReader(project, header, drivers);
        List<Draft> drafts = new ArrayList<>();
        for (CsvParser.Record r = EvidenceCsvReader.nextNonBlank(parser); r != null;
             r = EvidenceCsvReader.nextNonBlank(parser)) {
            if (drafts.size() == EvidenceCsv.MAX_ROWS) {
                throw new CsvImportException("the file has more than " + EvidenceCsv.count(EvidenceCsv.MAX_ROWS)
                        + " rows", r.line());
            }
            drafts.add(rowReader.read(r));
        }
        return new SectorImport(rows(project, drafts), header.warnings(), drivers.planned());
    }

    /** The drafts as preview rows: quadrant-only rows spread in their quadrant, each compared with the project. */
    private static List<SectorImportRow> rows(Project project, List<Draft> drafts) {
        Map<Quadrant, Integer> perQuadrant = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.error() == null && d.spreadIn() != null) {
                perQuadrant.merge(d.spreadIn(), 1, Integer::sum);
            }
        }
        Map<Quadrant, Iterator<Position>> spots = new LinkedHashMap<>();
        perQuadrant.forEach((q, n) -> spots.put(q, SectorCsvPosition.spread(q, n).iterator()));
        List<SectorImportRow> rows = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            if (d.error() != null) {
                rows.add(SectorImportRow.invalid(d.line(), d.name(), d.error()));
                continue;
            }
            var sector = d.spreadIn() == null ? d.sector() : d.sector().withPosition(spots.get(d.spreadIn()).next());
            List<String> changes = d.existing() == null ? List.of()
                    : SectorImportChanges.between(project, d.existing(), sector);
            rows.add(new SectorImportRow(d.line(), d.name(), sector, d.existing(), changes, d.newDriver(), d.note(),
                    null));
        }
        return rows;
    }
}
