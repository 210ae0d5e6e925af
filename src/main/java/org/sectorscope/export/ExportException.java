package org.sectorscope.export;

import java.nio.file.Path;

/**
 * An export that could not be written, with a message fit to show the analyst as it is: the file and
 * what went wrong, e.g. "Could not export to /reports/fig.png: permission denied". When it is thrown the
 * target file is unchanged (exports are written to a temp file and moved into place).
 */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;
    private final boolean targetExists;

    private ExportException(Path file, String problem, Throwable cause, boolean targetExists) {
        super("Could not export to " + file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
        this.targetExists = targetExists;
    }

    public ExportException(Path file, String problem, Throwable cause) {
        this(file, problem, cause, false);
    }

    public ExportException(Path file, String problem) {
        this(file, problem, null, false);
    }

    /** Refused: {@code file} exists, and the export was asked never to replace a file. */
    static ExportException targetExists(Path file) {
        return new ExportException(file, "the file exists", null, true);
    }

    public Path file() {
        return file;
    }

    /** What went wrong, without the file name. */
    public String problem() {
        return problem;
    }

    /** Whether the export was refused because the target exists (see {@link Exporter.IfExists#REFUSE}). */
    public boolean targetExists() {
        return targetExists;
    }
}
