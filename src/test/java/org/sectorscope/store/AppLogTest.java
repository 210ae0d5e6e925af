package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADR 0016: the log's folder on each platform, and what the log keeps: ours from INFO, the libraries' from WARNING. */
class AppLogTest {
    @TempDir
    Path dir;

    @Test
    void eachPlatformKeepsLogsInItsOwnPlace() {
        Path home = Path.of("/home/ana");
        assertEquals(Path.of("/home/ana/Library/Logs/Sectorscope"), AppFolders.logs("Mac OS X", Map.of(), home));
        assertEquals(Path.of("/data/local/Sectorscope/Logs"),
                AppFolders.logs("Windows 11", Map.of("LOCALAPPDATA", "/data/local"), home));
        assertEquals(Path.of("/home/ana/AppData/Local/Sectorscope/Logs"), AppFolders.logs("Windows 11", Map.of(), home));
        assertEquals(Path.of("/home/ana/.local/state/sectorscope/logs"), AppFolders.logs("Linux", Map.of(), home));
        assertEquals(Path.of("/var/ana/state/sectorscope/logs"),
                AppFolders.logs("Linux", Map.of("XDG_STATE_HOME", "/var/ana/state"), home));
        assertEquals(Path.of("/home/ana/.local/state/sectorscope/logs"),
                AppFolders.logs("Linux", Map.of("XDG_STATE_HOME", "relative/state"), home), "a relative path is ignored");
        assertEquals(AppHome.dir().resolve("logs"), AppFolders.logs(), "the test home (sectorscope.home) holds it all");
    }

    @Test
    void ourRecordsAndTheLibrariesWarningsReachTheFileOneLineEach() throws Exception {
        Path folder = dir.resolve("a % folder/logs");
        try (AppLog log = AppLog.start(folder)) {
            assertEquals(folder, log.folder());
            System.getLogger("org.sectorscope.test").log(System.Logger.Level.INFO, "opened the sample");
            System.getLogger("org.sectorscope.test").log(System.Logger.Level.ERROR, "it broke",
                    new IllegalStateException("boom"));
            LogManager.getLogger("org.apache.poi.test").warn("a library warning");
            LogManager.getLogger("org.apache.poi.test").info("a library chatter");
            // PDFBox logs through commons-logging, which picks the Log4j API, and so the bridge.
            org.apache.commons.logging.LogFactory.getLog("org.apache.pdfbox.test").warn("a PDFBox warning");
        }
        String text = Files.readString(folder.resolve("sectorscope0.log"), StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s)\\d{4}-\\d\\d-\\d\\dT[^ ]+Z INFO org\\.sectorscope\\.test: opened the sample\\R.*"),
                text);
        assertTrue(text.contains("SEVERE org.sectorscope.test: it broke") && text.contains(
                "java.lang.IllegalStateException: boom") && text.contains("\tat org.sectorscope.store.AppLogTest"), text);
        assertTrue(text.contains("WARNING org.apache.poi.test: a library warning"), "POI's Log4j reaches our log: " + text);
        assertTrue(text.contains("WARNING org.apache.pdfbox.test: a PDFBox warning"), "PDFBox's too: " + text);
        assertFalse(text.contains("a library chatter"), "libraries' INFO stays out");
    }

    @Test
    void theLogTurnsOverAtItsLimitKeepingFiveFiles() throws Exception {
        Path folder = dir.resolve("logs");
        String line = "x".repeat(1000);
        try (AppLog log = AppLog.start(folder)) {
            for (int i = 0; i < 3 * AppLog.LIMIT_BYTES / 1000; i++) {
                System.getLogger("org.sectorscope.test").log(System.Logger.Level.INFO, line);
            }
        }
        assertTrue(Files.exists(folder.resolve("sectorscope1.log")) && Files.exists(folder.resolve("sectorscope2.log")));
        try (var files = Files.list(folder)) {
            assertTrue(files.filter(f -> f.getFileName().toString().endsWith(".log")).count() <= AppLog.FILES);
        }
        assertTrue(Files.size(folder.resolve("sectorscope1.log")) <= AppLog.LIMIT_BYTES + 2000);
    }
}
