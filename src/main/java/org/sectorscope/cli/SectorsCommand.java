package org.sectorscope.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.store.CsvCells;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sectorscope sectors FILE}: a header, then one tab-separated row per sector in the project's
 * order with its id, name, driver, x, y, quadrant and evidence count.
 */
@Command(name = "sectors", customSynopsis = "sectorscope sectors FILE [--csv]", usageHelpWidth = 100,
        optionListHeading = "%nOptions:%n",
        description = "Prints a header line, then each sector of the project FILE on a line of its own: id, name,"
                + " driver, x, y (at most 4 decimals; empty when not placed), quadrant letter (A/B on a line,"
                + " - not placed) and evidence count, tab-separated; a tab, newline or backslash in a text is"
                + " written \\t, \\n, \\\\. With --csv, the same columns as CSV for a spreadsheet.")
final class SectorsCommand extends FilesCommand {
    static final List<String> COLUMNS = List.of("id", "name", "driver", "x", "y", "quadrant", "evidence");

    @Option(names = "--csv", description = "CSV instead (RFC 4180, UTF-8 with a byte order mark, CRLF line ends,"
            + " a cell that a spreadsheet would run as a formula starts with ')")
    boolean csv;

    SectorsCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        if (files.size() != 1) {
            throw usage("sectors needs exactly one FILE");
        }
        Optional<Project> loaded = load(files.get(0));
        loaded.ifPresent(p -> {
            if (csv) {
                // Bytes, not the stream's own charset: the platform's default may not be UTF-8.
                byte[] bytes = csv(p).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                out.flush();
                return;
            }
            out.println(String.join("\t", COLUMNS));
            for (Sector s : p.sectors()) {
                out.println(String.join("\t", row(p, s)));
            }
        });
        return loaded.isPresent() ? Cli.OK : Cli.INVALID;
    }

    /** One sector's fields, in the order of {@link #COLUMNS}, escaped as {@code list} escapes them. */
    private static List<String> row(Project p, Sector s) {
        // "-": not placed yet; "A/B": on the line between A and B, as every pane names it
        String letters = s.isPlaced() ? PlotLocation.of(p.framework(), s.position()).letters() : "-";
        return List.of(
                TerminalText.field(s.id()),
                TerminalText.field(s.name()),
                TerminalText.field(p.driverNameOf(s)),
                s.isPlaced() ? coordinate(s.position().x()) : "",
                s.isPlaced() ? coordinate(s.position().y()) : "",
                letters,
                Integer.toString(s.evidence().size()));
    }

    /** The whole CSV: byte order mark, header, one row per sector; texts guarded, numbers bare. */
    static String csv(Project p) {
        StringBuilder text = new StringBuilder().append(CsvCells.BYTE_ORDER_MARK);
        text.append(CsvCells.row(COLUMNS.stream().map(CsvCells::text).toList()));
        for (Sector s : p.sectors()) {
            boolean placed = s.isPlaced();
            text.append(CsvCells.row(List.of(
                    CsvCells.text(s.id()),
                    CsvCells.text(s.name()),
                    CsvCells.text(p.driverNameOf(s)),
                    CsvCells.number(placed ? coordinate(s.position().x()) : ""),
                    CsvCells.number(placed ? coordinate(s.position().y()) : ""),
                    // empty, not "-", when not placed: a guarded "'-" would read as text in a spreadsheet
                    CsvCells.text(placed ? PlotLocation.of(p.framework(), s.position()).letters() : ""),
                    CsvCells.number(Integer.toString(s.evidence().size())))));
        }
        return text.toString();
    }

    /**
     * A coordinate with at most 4 decimals and no trailing zeros, as typed in the file: 0.35 is "0.35"
     * (not its binary neighbour), 0.5 is "0.5", 1 is "1", and a value that rounds to zero is "0", never "-0".
     */
    static String coordinate(double value) {
        return Position.text(value);
    }
}
