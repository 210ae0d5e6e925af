package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.store.SpecialFiles.DEV_ZERO;
import static org.sectorscope.store.SpecialFiles.LIMIT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.PngProjectChunk;
import org.sectorscope.model.TestProjects;

/**
 * Issue 12, point 6: a named pipe or a device given where a file is expected is refused at once, in
 * one line naming it, by every reader of the store (projects, fingerprints, repairs, PNG images,
 * evidence CSV, lock files) and by the atomic writer; none of them hangs or reads without end.
 */
class SpecialFilesTest {
    @TempDir
    Path dir;
    private Path fifo;
    private Path zeroLink;

    @BeforeEach
    void makeSpecialFiles() throws Exception {
        fifo = SpecialFiles.fifo(dir.resolve("pipe.sectorscope.json"));
        zeroLink = Files.createSymbolicLink(dir.resolve("zero.sectorscope.json"), DEV_ZERO);
    }

    @AfterEach
    void unblockStuckReaders() {
        SpecialFiles.unblock(fifo);
    }

    /** The error {@code call} throws, within the time limit. */
    private static ProjectFileException refused(Executable call) {
        return assertTimeoutPreemptively(LIMIT, () -> assertThrows(ProjectFileException.class, call));
    }

    @Test
    void theProjectReaderRefusesAPipeADeviceAndALinkToADevice() {
        assertEquals(fifo + ": is a named pipe (FIFO), not a project file",
                refused(() -> ProjectReader.read(fifo)).getMessage());
        assertEquals("/dev/zero: is a device, not a project file",
                refused(() -> ProjectReader.read(DEV_ZERO)).getMessage());
        assertEquals(zeroLink + ": is a device, not a project file",
                refused(() -> ProjectReader.open(zeroLink)).getMessage());
    }

    @Test
    void fingerprintsAndRepairsRefuseThemToo() {
        assertEquals(fifo + ": is a named pipe (FIFO), not a project file",
                refused(() -> FileFingerprint.of(fifo)).getMessage());
        assertEquals(zeroLink + ": is a device, not a project file",
                refused(() -> FileFingerprint.of(zeroLink)).getMessage());
        assertEquals(fifo + ": is a named pipe (FIFO), not a project file",
                refused(() -> ProjectRepair.attempt(fifo)).getMessage());
        assertEquals(zeroLink + ": is a device, not a project file",
                refused(() -> ProjectRepair.attempt(zeroLink)).getMessage());
    }

    @Test
    void pngAndCsvReadersRefuseThem() throws Exception {
        Path png = Files.move(SpecialFiles.fifo(dir.resolve("pipe2")), dir.resolve("figure.png"));
        try {
            assertEquals(png + ": is a named pipe (FIFO), not a PNG image",
                    refused(() -> PngProjectChunk.read(png)).getMessage());
        } finally {
            SpecialFiles.unblock(png);
        }
        assertEquals("/dev/zero: is a device, not a PNG image",
                refused(() -> PngProjectChunk.read(DEV_ZERO)).getMessage());
        assertEquals(fifo + ": is a named pipe (FIFO), not a CSV file",
                refused(() -> EvidenceCsvFiles.read(fifo, TestProjects.small(), null)).getMessage());
        assertEquals(zeroLink + ": is a device, not a CSV file",
                refused(() -> EvidenceCsvFiles.read(zeroLink, TestProjects.small(), null)).getMessage());
        assertEquals(fifo + ": is a named pipe (FIFO), not a CSV file",
                refused(() -> SectorCsvFiles.read(fifo, TestProjects.small())).getMessage());
        assertEquals(zeroLink + ": is a device, not a CSV file",
                refused(() -> SectorCsvFiles.read(zeroLink, TestProjects.small())).getMessage());
    }

    @Test
    void aLockFileThatIsAPipeOrALinkToADeviceReadsAsUnreadableAndCanBeTakenOver() throws Exception {
        Path project = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), project);
        Path lock = ProjectLock.lockFileOf(project);
        for (boolean pipe : new boolean[] {true, false}) {
            if (pipe) {
                SpecialFiles.fifo(lock);
            } else {
                Files.createSymbolicLink(lock, DEV_ZERO);
            }
            try {
                LockHolder holder = assertTimeoutPreemptively(LIMIT, () -> ProjectLock.peek(project).orElseThrow());
                assertEquals(LockHolder.Status.UNREADABLE, holder.status());
                ProjectLock.LockedException e = assertTimeoutPreemptively(LIMIT,
                        () -> assertThrows(ProjectLock.LockedException.class, () -> ProjectLock.acquire(project)));
                assertTrue(e.holder().stale());
                ProjectLock mine = assertTimeoutPreemptively(LIMIT, () -> ProjectLock.takeOver(project));
                assertTrue(Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS));
                assertTrue(mine.release());
                assertFalse(Files.exists(lock, LinkOption.NOFOLLOW_LINKS));
            } finally {
                SpecialFiles.unblock(lock);
                Files.deleteIfExists(lock);
            }
        }
        assertTrue(Files.exists(DEV_ZERO), "a takeover moves the link, never what it points to");
    }

    @Test
    void theWriterNeverSavesOverAPipeOrADevice() throws Exception {
        byte[] content = "{}\n".getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = refused(() -> AtomicFileWriter.write(fifo, content));
        assertEquals(fifo + ": cannot be saved: it is a named pipe (FIFO), not a regular file", e.getMessage());
        assertFalse(Files.isRegularFile(fifo), "still a pipe");
        assertFalse(Files.exists(AtomicFileWriter.backupOf(fifo)));
        // A device node of our own (never /dev itself: code that replaced devices would break the machine),
        // and a link to it, where the target is what counts.
        Assumptions.assumeTrue(SpecialFiles.isRoot(), "mknod needs root, which CI has");
        Path device = SpecialFiles.characterDevice(dir.resolve("null-device"));
        Path link = Files.createSymbolicLink(dir.resolve("device-link.sectorscope.json"), device);
        for (Path target : new Path[] {device, link}) {
            e = refused(() -> AtomicFileWriter.write(target, content));
            assertEquals(device + ": cannot be saved: it is a device, not a regular file", e.getMessage());
            assertFalse(Files.isRegularFile(device), "still a device");
        }
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aRegularFileStillReadsThroughALink() throws Exception {
        Path file = dir.resolve("real.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
        Path link = Files.createSymbolicLink(dir.resolve("link.sectorscope.json"), file);
        assertEquals(TestProjects.small(), ProjectReader.read(link));
        assertArrayEquals(Files.readAllBytes(file), ProjectWriter.toBytes(TestProjects.small()));
    }
}
