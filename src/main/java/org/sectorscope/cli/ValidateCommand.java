package org.sectorscope.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sectorscope.logic.ProjectSummary;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sectorscope validate FILE...}: reads each project file as the window would, one line per file. */
@Command(name = "validate", customSynopsis = "sectorscope validate FILE...", usageHelpWidth = 100,
        optionListHeading = "%nOptions:%n",
        description = "Checks each project FILE as the window reads it: one line per file, OK with its counts"
                + " or the error. Exit status 0 if all are valid, 1 if not.")
final class ValidateCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    // Counted in call(), so the message is ours; hidden from the option list, the synopsis names it.
    @Parameters(paramLabel = "FILE", arity = "0..*", hidden = true)
    List<String> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "validate needs at least one FILE");
        }
        int status = Cli.OK;
        for (String f : files) {
            try {
                Project p = ProjectStore.load(Path.of(f));
                out.println(TerminalText.oneLine("OK " + f + ": " + ProjectSummary.of(p)));
            } catch (ProjectFileException e) {
                Cli.error(err, Cli.withName(e, f));
                status = Cli.INVALID;
            } catch (InvalidPathException e) {
                Cli.error(err, f + ": not a valid path (" + e.getReason() + ")");
                status = Cli.INVALID;
            }
        }
        return status;
    }
}
