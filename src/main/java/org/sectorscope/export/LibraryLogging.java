package org.sectorscope.export;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * POI logs through the Log4j API, and so does PDFBox (commons-logging picks the Log4j API when present);
 * the Log4j-to-JUL bridge on the class path sends both to {@code java.util.logging}. In the window the
 * application's log takes their warnings (ADR 0016, {@code store.AppLog}); elsewhere (the command line,
 * tests) nothing has set their level, and JUL's console handler would print their INFO records to stderr,
 * where they read like a failed export. There only errors are let through, as before the log existed.
 */
final class LibraryLogging {
    /** Held so java.util.logging cannot drop the loggers and the levels set on them. */
    private static final List<Logger> LIBRARIES = List.of(Logger.getLogger("org.apache"),
            Logger.getLogger("org.openxmlformats"));

    private LibraryLogging() {
    }

    static synchronized void quiet() {
        for (Logger l : LIBRARIES) {
            if (l.getLevel() == null) {
                l.setLevel(Level.SEVERE);
            }
        }
    }
}
