package org.sectorscope.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.sectorscope.logic.ProjectSummary;
import org.sectorscope.model.Project;
import picocli.CommandLine.Command;

/** {@code sectorscope validate FILE...}: reads each project file as the window would, one line per file. */
@Command(name = "validate", customSynopsis = "sectorscope validate FILE...", usageHelpWidth = 100,
        optionListHeading = "%nOptions:%n",
        description = "Checks each project FILE as the window reads it: one line per file, OK with its counts"
                + " or the error. Exit status 0 if all are valid, 1 if not.")
final class ValidateCommand extends FilesCommand {
    ValidateCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        if (files.isEmpty()) {
            throw usage("validate needs at least one FILE");
        }
        int status = Cli.OK;
        for (String f : files) {
            Optional<Project> p = load(f);
            if (p.isPresent()) {
                out.println(TerminalText.oneLine("OK " + f + ": " + ProjectSummary.of(p.get())));
            } else {
                status = Cli.INVALID;
            }
        }
        return status;
    }
}
