package org.sectorscope.store;

/** Constants of the project file format. */
public final class ProjectFormat {
    public static final String FORMAT_NAME = "sectorscope-project";
    public static final int SCHEMA_VERSION = 1;
    public static final String FILE_SUFFIX = ".sectorscope.json";
    /** Larger files are refused before parsing, so a stray huge file cannot exhaust memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 1_000_000;

    private ProjectFormat() {
    }
}
