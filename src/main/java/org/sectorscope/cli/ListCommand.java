package org.sectorscope.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sectorscope list FILE}: one tab-separated line per sector, in the project's order. */
@Command(name = "list", customSynopsis = "sectorscope list FILE", usageHelpWidth = 100,
        optionListHeading = "%nOptions:%n",
        description = "Prints each sector of the project FILE on a line of its own: quadrant letter (A/B on a"
                + " line, - not placed), name and evidence count, tab-separated; a tab, newline or backslash in a"
                + " name is written \\t, \\n, \\\\.")
final class ListCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    // Counted in call(), so the message is ours; hidden from the option list, the synopsis names it.
    @Parameters(paramLabel = "FILE", arity = "0..*", hidden = true)
    List<String> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    ListCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (files.size() != 1) {
            throw new ParameterException(spec.commandLine(), "list needs exactly one FILE");
        }
        String f = files.get(0);
        try {
            Project p = ProjectStore.load(Path.of(f));
            for (Sector s : p.sectors()) {
                // "-": not placed yet; "A/B": on the line between A and B, as every pane names it
                String letter = s.isPlaced() ? PlotLocation.of(p.framework(), s.position()).letters() : "-";
                // A tab or newline in a name is escaped, so it can neither add a column nor forge a row.
                out.println(TerminalText.field(letter) + "\t" + TerminalText.field(s.name()) + "\t"
                        + s.evidence().size());
            }
            return Cli.OK;
        } catch (ProjectFileException e) {
            Cli.error(err, Cli.withName(e, f));
            return Cli.INVALID;
        } catch (InvalidPathException e) {
            Cli.error(err, f + ": not a valid path (" + e.getReason() + ")");
            return Cli.INVALID;
        }
    }
}
