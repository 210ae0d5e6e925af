package org.sectorscope.store;

import java.nio.file.Path;

/**
 * The one error type the store lets escape: a project file that cannot be read or written, with the
 * file, what is wrong, and where when known. Its message is fit to show a user as it is.
 */
public final class ProjectFileException extends Exception {
    private final String file;
    private final String problem;
    private final int line;
    private final int column;
    private final String details;

    public ProjectFileException(String file, String problem, int line, int column, Throwable cause) {
        this(file, problem, line, column, cause, null);
    }

    /** {@code details}: what a parser said, in its own words, for whoever wants the technical reason. */
    public ProjectFileException(String file, String problem, int line, int column, Throwable cause, String details) {
        super(format(file, problem, line, column), cause);
        this.file = file;
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.details = details;
    }

    public ProjectFileException(String file, String problem) {
        this(file, problem, -1, -1, null);
    }

    public ProjectFileException(Path file, String problem, Throwable cause) {
        this(file.toString(), problem, -1, -1, cause);
    }

    private static String format(String file, String problem, int line, int column) {
        String where = line > 0 ? " (line " + line + (column > 0 ? ", column " + column : "") + ")" : "";
        return file + ": " + problem + where;
    }

    public String file() {
        return file;
    }

    public String problem() {
        return problem;
    }

    /** The technical reason behind {@link #problem()} (a parser's message), or null when the problem says it all. */
    public String details() {
        return details;
    }

    /** 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }
}
