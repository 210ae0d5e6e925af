package org.sectorscope.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.LoadedProject;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectFormat;
import org.sectorscope.store.ProjectReader;
import org.sectorscope.store.ProjectWriter;

/**
 * {@code sectorscope migrate FILE...}: rewrites each project file in the current schema version and the
 * canonical form, atomically and keeping the old bytes as {@code FILE.bak}, even when the file is already
 * current (so the command also normalises hand-edited files). A file from a newer Sectorscope is never
 * written. One line per file; no stack traces.
 */
public final class MigrateCommand {
    private final PrintStream out;
    private final PrintStream err;

    public MigrateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Migrates each file; {@link Cli#OK} when all succeeded, {@link Cli#INVALID} otherwise. */
    public int run(List<String> files) {
        if (files.isEmpty()) {
            err.println("error: migrate needs at least one FILE");
            err.println("Run 'sectorscope --help' for usage.");
            return Cli.USAGE;
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
            LoadedProject loaded = ProjectReader.open(file);
            if (loaded.readOnly()) {
                err.println("error: " + f + ": written by a newer Sectorscope (schema version " + loaded.fileVersion()
                        + "); not migrated");
                return false;
            }
            AtomicFileWriter.write(file, ProjectWriter.toFileBytes(loaded.project(), file.toString()));
            out.println("migrated " + f + " (version " + loaded.fileVersion() + " -> " + ProjectFormat.SCHEMA_VERSION
                    + ")");
            return true;
        } catch (ProjectFileException e) {
            err.println("error: " + withName(e, f));
        } catch (InvalidPathException e) {
            err.println("error: " + f + ": not a valid path (" + e.getReason() + ")");
        } catch (RuntimeException e) {
            err.println("error: " + f + ": internal error: " + e);
        }
        return false;
    }

    /** The message with the file named as the user typed it. */
    private static String withName(ProjectFileException e, String typed) {
        String msg = e.getMessage();
        return msg.startsWith(e.file()) ? typed + msg.substring(e.file().length()) : msg;
    }
}
