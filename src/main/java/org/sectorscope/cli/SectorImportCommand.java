package org.sectorscope.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.sectorscope.model.Project;
import org.sectorscope.store.OnExisting;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.SectorCsvFiles;
import org.sectorscope.store.SectorImport;
import org.sectorscope.store.SectorImportRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sectorscope import-sectors FILE CSV --out PATH}: the window's sectors import without a window.
 * Same rules and messages: every row with a problem is printed as {@code CSV:LINE: problem} and then
 * nothing is written; otherwise the project with the sectors imported is written to PATH (never over an
 * existing file without {@code --force}, and never over a file a running Sectorscope holds).
 */
@Command(name = "import-sectors", usageHelpWidth = 100, optionListHeading = "%nOptions:%n",
        customSynopsis = "sectorscope import-sectors FILE CSV [--update] [--add-drivers] --out PATH [--force]",
        description = "Imports the sectors of CSV (docs/sectors-csv.md) into the project FILE and writes the result"
                + " to PATH; FILE itself is not changed unless it is PATH. Rows for sectors the project has (same"
                + " id, or same name) are skipped unless --update. A row with a problem is printed as CSV:LINE:"
                + " problem and nothing is written. Exit status 0 if PATH was written, 1 if not, 2 for a mistake"
                + " in the arguments.")
final class SectorImportCommand extends FilesCommand {
    @Option(names = "--out", paramLabel = "PATH", description = "where to write the project (required)")
    String outArgument;

    @Option(names = "--update", arity = "0", description = "update the sectors the project has that the CSV changes"
            + " (default: skip them)")
    boolean update;

    @Option(names = "--add-drivers", arity = "0", description = "add the drivers the CSV names that the project"
            + " lacks (default: such a row is a problem)")
    boolean addDrivers;

    @Option(names = "--force", arity = "0", description = "replace PATH if it exists (kept as PATH.bak)")
    boolean force;

    SectorImportCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() {
        if (files.size() != 2) {
            throw usage("import-sectors needs a project FILE and a CSV: sectorscope import-sectors FILE CSV --out PATH");
        }
        if (outArgument == null || outArgument.isEmpty()) {
            throw usage("import-sectors needs --out PATH, where to write the project");
        }
        Optional<Path> csv = path(files.get(1));
        Optional<Path> target = path(outArgument);
        if (csv.isEmpty() || target.isEmpty()) {
            return Cli.INVALID;
        }
        if (Files.isDirectory(target.get())) {
            Cli.error(err, outArgument + ": a folder has that name; nothing was written");
            return Cli.INVALID;
        }
        if (!force && Files.exists(target.get(), LinkOption.NOFOLLOW_LINKS)) {
            Cli.error(err, outArgument + ": already exists; nothing was written (use --force to replace it)");
            return Cli.INVALID;
        }
        Optional<Project> project = load(files.get(0));
        if (project.isEmpty()) {
            return Cli.INVALID;
        }
        try {
            return importInto(project.get(), csv.get(), target.get());
        } catch (ProjectFileException e) {
            Cli.error(err, e.getMessage());
            return Cli.INVALID;
        } catch (RuntimeException e) {
            Cli.error(err, files.get(1) + ": internal error: " + e);
            return Cli.INVALID;
        }
    }

    private int importInto(Project project, Path csv, Path target) throws ProjectFileException {
        SectorImport preview = SectorCsvFiles.read(csv, project);
        preview.warnings().forEach(w -> out.println(TerminalText.oneLine(files.get(1) + ": " + w)));
        List<SectorImportRow> problems = preview.problemRows(addDrivers);
        if (!problems.isEmpty()) {
            for (SectorImportRow row : problems) {
                String problem = row.problem(addDrivers);
                Cli.error(err, files.get(1) + ":" + row.line() + ": " + problem
                        + (row.error() == null ? " (--add-drivers adds it)" : ""));
            }
            Cli.error(err, problems.size() + (problems.size() == 1 ? " row has a problem" : " rows have problems")
                    + "; nothing was written");
            return Cli.INVALID;
        }
        String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        OnExisting choice = update ? OnExisting.UPDATE : OnExisting.SKIP;
        Project after = preview.applyTo(project, choice, addDrivers, at);
        try (ProjectLock lock = lockIfPresent(target)) {
            ProjectStore.save(after, target);
        } catch (ProjectLock.LockedException e) {
            Cli.error(err, outArgument + ": is open in Sectorscope (locked by " + e.holder().describe()
                    + "); nothing was written");
            return Cli.INVALID;
        }
        SectorImport.Counts counts = preview.counts(addDrivers);
        int drivers = after.drivers().size() - project.drivers().size();
        out.println(TerminalText.oneLine("imported " + counts.added() + " new, "
                + (update ? "updated " + counts.updates() : "skipped " + counts.updates()) + ", "
                + counts.unchanged() + " unchanged" + (drivers > 0 ? ", added " + drivers + " drivers" : "")
                + "; wrote " + outArgument));
        return Cli.OK;
    }

    /** The lock on an existing target, so a project open in a window is not replaced; null for a new file. */
    private static ProjectLock lockIfPresent(Path target) throws ProjectFileException, ProjectLock.LockedException {
        return Files.exists(target) ? ProjectLock.acquire(target) : null;
    }

    private Optional<Path> path(String arg) {
        try {
            return Optional.of(Path.of(arg));
        } catch (InvalidPathException e) {
            Cli.error(err, arg + ": not a valid path (" + e.getReason() + ")");
            return Optional.empty();
        }
    }
}
