package org.sectorscope.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import picocli.CommandLine.Command;

/** {@code sectorscope list FILE}: one tab-separated line per sector, in the project's order. */
@Command(name = "list", customSynopsis = "sectorscope list FILE", usageHelpWidth = 100,
        optionListHeading = "%nOptions:%n",
        description = "Prints each sector of the project FILE on a line of its own: quadrant letter (A/B on a"
                + " line, - not placed), name and evidence count, tab-separated; a tab, newline or backslash in a"
                + " name is written \\t, \\n, \\\\.")
final class ListCommand extends FilesCommand {
    ListCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        if (files.size() != 1) {
            throw usage("list needs exactly one FILE");
        }
        Optional<Project> loaded = load(files.get(0));
        loaded.ifPresent(p -> {
            for (Sector s : p.sectors()) {
                // "-": not placed yet; "A/B": on the line between A and B, as every pane names it
                String letter = s.isPlaced() ? PlotLocation.of(p.framework(), s.position()).letters() : "-";
                // A tab or newline in a name is escaped, so it can neither add a column nor forge a row.
                out.println(TerminalText.field(letter) + "\t" + TerminalText.field(s.name()) + "\t"
                        + s.evidence().size());
            }
        });
        return loaded.isPresent() ? Cli.OK : Cli.INVALID;
    }
}
