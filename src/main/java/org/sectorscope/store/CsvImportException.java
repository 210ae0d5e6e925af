package org.sectorscope.store;

/**
 * A CSV file that cannot be imported at all (as opposed to single rows, which carry their own
 * errors). The message says what is wrong but not which file: the caller knows the name and puts
 * it in front.
 */
public final class CsvImportException extends Exception {
    private final int line;

    public CsvImportException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public CsvImportException(String message, int line) {
        this(message, line, null);
    }

    public CsvImportException(String message) {
        this(message, -1, null);
    }

    /** 1-based line the problem was found on, or -1 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
