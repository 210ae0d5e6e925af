package org.sectorscope.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sectorscope.export.ProjectImages;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectFileException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What the commands that take project FILEs share: the streams, {@code --help}, the FILE words, reading one. */
abstract class FilesCommand implements Callable<Integer> {
    protected final PrintStream out;
    protected final PrintStream err;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    // Counted by each command, so the message is ours; hidden from the option list, the synopsis names it.
    @Parameters(paramLabel = "FILE", arity = "0..*", hidden = true)
    List<String> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    FilesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A mistake in the arguments: picocli prints it as our one {@code error:} line and exits 2. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /**
     * The project in {@code file}, or the one a PNG or SVG exported by Sectorscope carries; empty, after one
     * {@code error:} line naming the file, when it cannot be read.
     */
    Optional<Project> load(String file) {
        try {
            return Optional.of(ProjectImages.load(Path.of(file)));
        } catch (ProjectFileException e) {
            Cli.error(err, Cli.withName(e, file));
        } catch (InvalidPathException e) {
            Cli.error(err, file + ": not a valid path (" + e.getReason() + ")");
        }
        return Optional.empty();
    }
}
