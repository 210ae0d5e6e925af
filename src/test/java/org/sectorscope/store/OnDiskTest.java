package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;

/** The file on disk read ahead of a save: what it finds, and that nothing but a regular file is read. */
class OnDiskTest {
    @TempDir
    Path dir;

    @Test
    void aRegularFileIsFingerprintedAsTheSaveWouldReadIt() throws Exception {
        Path file = dir.resolve("p.sectorscope.json");
        Files.writeString(file, "{\"schemaVersion\": 1}");
        OnDisk onDisk = OnDisk.read(file);
        assertEquals(FileFingerprint.read(file), onDisk.fingerprint().get(5, TimeUnit.SECONDS));
        assertEquals(file.toRealPath(), onDisk.file());
    }

    @Test
    void throughALinkTheFileItPointsToIsRead() throws Exception {
        Path file = Files.writeString(dir.resolve("real.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
        OnDisk onDisk = OnDisk.read(link);
        assertEquals(file.toRealPath(), onDisk.file());
        assertEquals(FileFingerprint.read(file), onDisk.fingerprint().get(5, TimeUnit.SECONDS));
    }

    @Test
    void aMissingFileIsNothing() throws Exception {
        assertNull(OnDisk.read(dir.resolve("gone.json")).fingerprint().get(5, TimeUnit.SECONDS));
    }

    /** A pipe would block a reader with no writer for ever: it is not read, and the save refuses it, naming it. */
    @Test
    void aPipeIsNotReadAndTheSaveRefusesItAtOnce() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.sectorscope.json"));
        try {
            OnDisk onDisk = OnDisk.read(fifo);
            assertTrue(onDisk.fingerprint().isDone(), "nothing was started on a pipe");
            assertNull(onDisk.fingerprint().get());
            FileFingerprint opened = new FileFingerprint(2, java.time.Instant.EPOCH, "0");
            ProjectFileException refused = assertThrows(ProjectFileException.class,
                    () -> ProjectStore.save(Project.empty("P"), fifo, opened));
            assertTrue(refused.getMessage().contains("pipe.sectorscope.json"), refused.getMessage());
        } finally {
            SpecialFiles.unblock(fifo);
        }
    }
}
