package org.sectorscope.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sectorscope.model.Axis;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;

/**
 * Writes every evidence item of a project as CSV (docs/evidence-csv.md): a header with all of
 * {@link EvidenceCsv#COLUMNS}, then one row per item, sectors in project order and items in their
 * order. The text starts with a byte order mark, so Excel takes it for UTF-8, and lines end in CRLF
 * as RFC 4180 asks.
 */
public final class EvidenceCsvWriter {
    private EvidenceCsvWriter() {
    }

    /** Writes the CSV, byte order mark first, to {@code out}, which must encode UTF-8. Does not close it. */
    public static void write(Project project, Writer out) throws IOException {
        out.write(CsvCells.BYTE_ORDER_MARK);
        writeRow(out, EvidenceCsv.COLUMNS);
        BearingNames names = new BearingNames(project);
        for (Sector sector : project.sectors()) {
            for (Evidence evidence : sector.evidence()) {
                writeRow(out, cells(sector, evidence, names));
            }
        }
        out.flush();
    }

    /** Writes the CSV as UTF-8 bytes to {@code out}. Does not close it. */
    public static void write(Project project, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(project, writer);
    }

    /** The CSV as text, starting with the byte order mark. */
    public static String toText(Project project) {
        StringWriter out = new StringWriter();
        try {
            write(project, out);
        } catch (IOException e) {
            throw new UncheckedIOException("unreachable: a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** The CSV as UTF-8 bytes, ready to save. */
    public static byte[] toBytes(Project project) {
        return toText(project).getBytes(StandardCharsets.UTF_8);
    }

    /** The cells of one item, in the order of {@link EvidenceCsv#COLUMNS}. */
    static List<String> cells(Sector sector, Evidence e, BearingNames names) {
        AxisId axis = e.bearing().axis();
        List<String> bearing = axis == AxisId.NONE ? List.of("", "") : names.of(e.bearing());
        return List.of(
                sector.name(),
                sector.id(),
                e.id(),
                orEmpty(e.quote()),
                orEmpty(e.note()),
                orEmpty(e.sourceId()),
                orEmpty(e.page()),
                e.reliability().name(),
                Integer.toString(e.credibility()),
                bearing.get(0),
                bearing.get(1),
                String.join(EvidenceCsv.TAG_SEPARATOR, e.tags()),
                orEmpty(e.added()));
    }

    private static void writeRow(Writer out, List<String> cells) throws IOException {
        out.write(CsvCells.row(cells.stream().map(EvidenceCsvWriter::cell).toList()));
    }

    /** One cell as written: formula-guarded first, then quoted when RFC 4180 needs it. */
    static String cell(String value) {
        return CsvCells.text(value);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * The axis and toward cells people read: the axis title and the pole label ("Innovation outcomes in
     * China", "Success"), when the reader takes them back to the same bearing; otherwise (two axes of
     * one title, a pole labelled "high"...) the keys x/y and low/high, which always read back.
     */
    static final class BearingNames {
        private final Project project;
        private final EvidenceCsvProjectLookup lookup;

        BearingNames(Project project) {
            this.project = project;
            this.lookup = new EvidenceCsvProjectLookup(project);
        }

        List<String> of(Bearing bearing) {
            Axis axis = project.framework().axis(bearing.axis());
            String title = axis.title().strip();
            String pole = (bearing.toward() == Side.LOW ? axis.lowLabel() : axis.highLabel()).strip();
            List<String> errors = new ArrayList<>();
            if (!title.isEmpty() && !pole.isEmpty() && bearing.equals(lookup.bearing(title, pole, errors))) {
                return List.of(title, pole);
            }
            return List.of(bearing.axis().key(), bearing.toward().key());
        }
    }
}
