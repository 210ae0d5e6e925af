package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings folder's own files (the recent files list, the window settings) are read within bounds: a
 * huge file, a pipe or a device in their place gives the defaults at once, never read through, with a log
 * line naming the file.
 */
class SettingsFilesTest {
    @TempDir
    Path home;

    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger settingsLog = Logger.getLogger("org.sectorscope.settings");

    @BeforeEach
    void listen() {
        settingsLog.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        settingsLog.removeHandler(capture);
    }

    @Test
    void aHugeRecentFilesListIsNotReadAndIsLogged() throws Exception {
        Path list = home.resolve(RecentFiles.FILE_NAME);
        sparse(list, 3L << 30); // 3 GB of nothing: reading it whole would run out of memory
        assertTimeoutPreemptively(SpecialFiles.LIMIT, () -> assertEquals(List.of(), new RecentFiles(home).load()));
        assertEquals(1, logged.size(), "one line: " + logged);
        assertTrue(logged.get(0).contains(list.toString()) && logged.get(0).contains("too large"), logged.get(0));
    }

    @Test
    void hugeWindowSettingsGiveTheDefaults() throws Exception {
        WindowSettingsFile settings = new WindowSettingsFile(home);
        sparse(settings.path(), SettingsFiles.MAX_BYTES + 1L);
        assertTimeoutPreemptively(SpecialFiles.LIMIT, () -> assertEquals(WindowSettings.DEFAULTS, settings.load()));
        assertTrue(logged.get(0).contains(settings.path().toString()), logged.toString());
    }

    @Test
    void aPipeInPlaceOfTheSettingsIsNeverOpened() throws Exception {
        WindowSettingsFile settings = new WindowSettingsFile(home);
        SpecialFiles.fifo(settings.path());
        SpecialFiles.fifo(home.resolve(RecentFiles.FILE_NAME));
        try {
            assertTimeoutPreemptively(SpecialFiles.LIMIT, () -> {
                assertEquals(WindowSettings.DEFAULTS, settings.load());
                assertEquals(List.of(), new RecentFiles(home).load());
            });
        } finally {
            SpecialFiles.unblock(settings.path());
            SpecialFiles.unblock(home.resolve(RecentFiles.FILE_NAME));
        }
        assertEquals(2, logged.size(), logged.toString());
    }

    @Test
    void aSmallFileIsReadAsBefore() throws Exception {
        Path p = home.resolve("projects").resolve("a.sectorscope.json").toAbsolutePath();
        new RecentFiles(home).add(p);
        assertEquals(List.of(p), new RecentFiles(home).load());
        assertTrue(Files.size(home.resolve(RecentFiles.FILE_NAME)) < SettingsFiles.MAX_BYTES);
        assertEquals(List.of(), logged);
    }

    private static void sparse(Path file, long size) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }
}
