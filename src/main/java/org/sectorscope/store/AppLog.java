package org.sectorscope.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The application's log (ADR 0016): a file in the platform's log folder ({@link AppFolders#logs()}),
 * {@value #FILE_PATTERN} rotated at {@value #LIMIT_BYTES} bytes over {@value #FILES} files, one line per
 * record (a stack trace follows its line). Sectorscope's own records ({@link System.Logger}, which reaches
 * {@code java.util.logging}) are kept from INFO up, the libraries' (POI and PDFBox through the Log4j
 * bridge) from WARNING up. What goes in: the start line (version, Java, system), failures and their
 * stack traces, and the messages the user was shown, which name files; never a project's text.
 */
public final class AppLog implements AutoCloseable {
    static final String FILE_PATTERN = "sectorscope%g.log";
    static final int LIMIT_BYTES = 1 << 20;
    static final int FILES = 5;
    /** The loggers whose levels are set here, held so java.util.logging cannot drop them and their levels. */
    private static final List<Logger> CONFIGURED = List.of(Logger.getLogger("org.sectorscope"),
            Logger.getLogger("org.apache"), Logger.getLogger("org.openxmlformats"));

    private final Path folder;
    private final FileHandler handler;

    private AppLog(Path folder, FileHandler handler) {
        this.folder = folder;
        this.handler = handler;
    }

    /**
     * Starts the log in {@code folder}, creating it.
     *
     * @throws IOException when the folder or the file cannot be made; the application runs on without a log
     */
    public static AppLog start(Path folder) throws IOException {
        Files.createDirectories(folder);
        // FileHandler reads '%' as its own escapes and '/' as the separator; a folder name may hold '%'.
        String pattern = folder.toAbsolutePath().toString().replace("%", "%%") + "/" + FILE_PATTERN;
        FileHandler handler = new FileHandler(pattern, LIMIT_BYTES, FILES, true);
        handler.setFormatter(new OneLine());
        handler.setLevel(Level.INFO);
        handler.setEncoding("UTF-8");
        Logger.getLogger("").addHandler(handler);
        CONFIGURED.get(0).setLevel(Level.INFO);
        CONFIGURED.get(1).setLevel(Level.WARNING);
        CONFIGURED.get(2).setLevel(Level.WARNING);
        return new AppLog(folder, handler);
    }

    /** The folder the log files are in, for telling the user where to look. */
    public Path folder() {
        return folder;
    }

    /** Stops writing the log (tests; the application keeps it to the end). */
    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
        handler.close();
    }

    /** "2026-12-03T01:50:00.123Z WARNING org.apache.poi.Foo: message", then the stack trace if any. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder(128);
            sb.append(Instant.ofEpochMilli(r.getMillis())).append(' ').append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                sb.append(trace);
            }
            return sb.toString();
        }
    }
}
