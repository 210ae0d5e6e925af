package org.sectorscope.store;

/** Constants of the project file format. */
public final class ProjectFormat {
    public static final String FORMAT_NAME = "sectorscope-project";
    public static final int SCHEMA_VERSION = 2;
    public static final String FILE_SUFFIX = ".sectorscope.json";
    /** Larger files are refused before parsing, so a stray huge file cannot exhaust memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** From this size, opening and saving a file tell how far they have got (it takes a noticeable moment). */
    public static final long MEASURED_FROM_BYTES = 5L * 1024 * 1024;
    /** Most drivers and custom fields a project may define (why: see ProjectLimits); editors refuse more. */
    public static final int MAX_DRIVERS = 100;
    public static final int MAX_FIELDS = 200;
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /**
     * Bytes do not bound memory: 3 bytes of {@code {}} cost a hundred in the tree, so the parts of the
     * document (each key, value, bracket and brace is a token) are counted too.
     */
    public static final long MAX_JSON_TOKENS = 4_000_000;
    /** Fields this version does not know are kept for the whole session: at most this many values... */
    public static final int MAX_UNKNOWN_VALUES = 500_000;
    /** ...and this many characters of keys and text in them. */
    public static final long MAX_UNKNOWN_CHARACTERS = 16_000_000;

    private ProjectFormat() {
    }
}
