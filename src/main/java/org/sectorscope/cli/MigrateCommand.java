package org.sectorscope.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.FileChangedOnDiskException;
import org.sectorscope.store.FileFingerprint;
import org.sectorscope.store.LoadedProject;
import org.sectorscope.store.LockHolder;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectFormat;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.ProjectReader;
import org.sectorscope.store.ProjectWriter;
import picocli.CommandLine.Command;

/**
 * {@code sectorscope migrate FILE...}: rewrites each project file in the current schema version and the
 * canonical form, atomically and keeping the old bytes as {@code FILE.bak}; a file already current and
 * canonical is left as it is, so its backup is not rotated away. A file from a newer Sectorscope is never
 * written. One line per file; no stack traces.
 *
 * <p>It follows the window's rules for writing a file: it takes the project's lock for the time it works
 * (a file open in a running Sectorscope, or locked from another computer, is refused; a stale lock is
 * taken over, as the window offers), and it writes only if the file is still the one it read (the
 * fingerprint taken before reading), so no edit saved meanwhile is reverted.
 */
@Command(name = "migrate", customSynopsis = "sectorscope migrate FILE...", usageHelpWidth = 100,
        optionListHeading = "%nOptions:%n",
        description = "Rewrites each project FILE in the current format and canonical layout, keeping the old"
                + " bytes as FILE.bak; a file already current is left as it is, and a file open in Sectorscope"
                + " or from a newer version is not touched. Exit status 0 if all succeeded, 1 if not.")
public final class MigrateCommand extends FilesCommand {
    private final Consumer<Path> afterRead;

    public MigrateCommand(PrintStream out, PrintStream err) {
        this(out, err, file -> { });
    }

    /** {@code afterRead} runs between reading and writing each file, so tests can change it there. */
    MigrateCommand(PrintStream out, PrintStream err, Consumer<Path> afterRead) {
        super(out, err);
        this.afterRead = afterRead;
    }

    /** A file left alone, with the reason (after its name) to print. */
    private static final class NotMigrated extends Exception {
        private static final long serialVersionUID = 1L;

        NotMigrated(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Runs {@code migrate} on {@code args} (the words after it); {@link Cli#OK} when all files were
     * migrated, {@link Cli#INVALID} otherwise, {@link Cli#USAGE} for a mistake in the arguments.
     */
    public int run(List<String> args) {
        return Cli.execute(this, args, out, err);
    }

    @Override
    public Integer call() {
        if (files.isEmpty()) {
            throw usage("migrate needs at least one FILE");
        }
        int status = Cli.OK;
        for (String f : files) {
            if (!migrate(f)) {
                status = Cli.INVALID;
            }
        }
        return status;
    }

    private boolean migrate(String f) {
        try {
            Path file = Path.of(f);
            // Fingerprint first: anything written after it, by the window or another program, is noticed.
            FileFingerprint before = FileFingerprint.of(file);
            try (ProjectLock lock = lock(file)) {
                LoadedProject loaded = ProjectReader.open(file);
                afterRead.accept(file);
                if (loaded.readOnly()) {
                    throw new NotMigrated("written by a newer Sectorscope (schema version " + loaded.fileVersion()
                            + "); not migrated");
                }
                // Checked against every limit of the reader first: migrate never writes what would be refused.
                byte[] canonical = ProjectWriter.toFileBytes(loaded.project(), file.toString());
                if (loaded.fileVersion() == ProjectFormat.SCHEMA_VERSION && before.sameContent(canonical)) {
                    out.println(TerminalText.oneLine("unchanged " + f + " (version " + loaded.fileVersion()
                            + ", already canonical)"));
                    return true;
                }
                AtomicFileWriter.write(file, canonical, before);
                out.println(TerminalText.oneLine("migrated " + f + " (version " + loaded.fileVersion() + " -> "
                        + ProjectFormat.SCHEMA_VERSION + ")"));
                return true;
            }
        } catch (NotMigrated e) {
            Cli.error(err, f + ": " + e.getMessage());
        } catch (FileChangedOnDiskException e) {
            Cli.error(err, f + ": changed on disk while it was being migrated; not migrated (run migrate again)");
        } catch (ProjectFileException e) {
            Cli.error(err, Cli.withName(e, f));
        } catch (InvalidPathException e) {
            Cli.error(err, f + ": not a valid path (" + e.getReason() + ")");
        } catch (RuntimeException e) {
            Cli.error(err, f + ": internal error: " + e);
        }
        return false;
    }

    /** Our lock on the file; a stale one (its program has ended) is taken over, a live one refuses. */
    private static ProjectLock lock(Path file) throws ProjectFileException, NotMigrated {
        LockHolder holder;
        try {
            return ProjectLock.acquire(file);
        } catch (ProjectLock.LockedException e) {
            holder = e.holder();
        }
        if (holder.stale()) {
            try {
                return ProjectLock.takeOver(file);
            } catch (ProjectLock.LockedException e) {
                holder = e.holder(); // someone else was quicker
            }
        }
        throw new NotMigrated("is locked by " + holder.describe() + "; not migrated");
    }
}
