package org.sectorscope.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.sectorscope.logic.ProjectOutline;
import org.sectorscope.model.Project;
import picocli.CommandLine.Command;

/**
 * {@code sectorscope text FILE}: the project as a stable outline, one fact a line ({@link ProjectOutline}),
 * for git's {@code textconv}, which hands a diff one file at a time.
 */
@Command(name = "text", customSynopsis = "sectorscope text FILE", usageHelpWidth = 100,
        optionListHeading = "%nOptions:%n",
        description = "Prints the project FILE as an outline, one fact a line: the project, framework,"
                + " quadrants, drivers and sources; each sector (quadrant letter, x, y, basis, evidence count)"
                + " followed by its evidence; criteria, options and scores; editions, analyst layers, comments"
                + " and conflicts. For git's diff.sectorscope.textconv, so a one-field change is a one-line"
                + " diff. Exit status 0, or 1 if FILE cannot be read.")
final class TextCommand extends FilesCommand {
    TextCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        if (files.size() != 1) {
            throw usage("text needs exactly one FILE");
        }
        Optional<Project> loaded = load(files.get(0));
        loaded.ifPresent(p -> ProjectOutline.lines(p).forEach(line -> out.println(TerminalText.oneLine(line))));
        return loaded.isPresent() ? Cli.OK : Cli.INVALID;
    }
}
