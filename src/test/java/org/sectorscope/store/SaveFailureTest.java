package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;

/**
 * Each step of a save made to fail through {@link FileOps}: the original stays byte for byte, the
 * message names the file and says why in plain words, and no temp file is left behind.
 */
class SaveFailureTest {
    @TempDir
    Path dir;
    Path file;
    byte[] original;
    byte[] originalBackup;
    final byte[] next = ProjectWriter.toBytes(TestProjects.random(3, 5));

    /** Passes every step to java.nio unless a test overrides it. */
    static class Ops implements FileOps {
        final FileOps real = FileOps.nio();
    }

    @BeforeEach
    void twoSavedVersions() throws Exception {
        file = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.random(1, 3), file);
        ProjectStore.save(TestProjects.small(), file);
        original = Files.readAllBytes(file);
        originalBackup = Files.readAllBytes(AtomicFileWriter.backupOf(file));
    }

    private ProjectFileException saveFails(FileOps ops) {
        return assertThrows(ProjectFileException.class, () -> new AtomicFileWriter(ops).save(file, next, null));
    }

    private void assertUntouched(ProjectFileException e, String reason) throws Exception {
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().startsWith(file + ": could not be saved (" + reason), e.getMessage());
        assertTrue(e.getMessage().endsWith("; the file on disk was not changed"), e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertArrayEquals(originalBackup, Files.readAllBytes(AtomicFileWriter.backupOf(file)));
        assertEquals(List.of("p.sectorscope.json", "p.sectorscope.json.bak"), names(), "no temp file left");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFolderThatRefusesTheTempFile() throws Exception {
        ProjectFileException e = saveFails(new Ops() {
            @Override
            public Path createTemp(Path target, Path like) throws IOException {
                throw new AccessDeniedException(target.toString());
            }
        });
        assertUntouched(e, "permission denied: the folder is read-only)");
    }

    @Test
    void aFailedFolderSyncLeavesTheWholeNewFileSaved() throws Exception {
        // The rename is done by then: reporting "not saved" would be false, so the save succeeds.
        List<Path> synced = new ArrayList<>();
        FileFingerprint saved = new AtomicFileWriter(new Ops() {
            @Override
            public void syncFolder(Path folder) throws IOException {
                synced.add(folder);
                throw new IOException("Input/output error");
            }
        }).save(file, next, null);
        assertEquals(List.of(dir), synced, "the folder sync was tried");
        assertArrayEquals(next, Files.readAllBytes(file));
        assertArrayEquals(original, Files.readAllBytes(AtomicFileWriter.backupOf(file)));
        assertEquals(FileFingerprint.of(file), saved);
        assertEquals(List.of("p.sectorscope.json", "p.sectorscope.json.bak"), names(), "no temp file left");
    }

    @Test
    void aFullDiskWhileWritingHalfTheFile() throws Exception {
        ProjectFileException e = saveFails(new Ops() {
            @Override
            public void write(FileChannel out, ByteBuffer content) throws IOException {
                out.write(content.slice(content.position(), content.remaining() / 2));
                throw new IOException("No space left on device");
            }
        });
        assertUntouched(e, "the disk is full)");
    }

    @Test
    void aFullDiskReportedOnlyWhenForcing() throws Exception {
        // Network and copy-on-write file systems may report a full disk at fsync, after every write succeeded.
        ProjectFileException e = saveFails(new Ops() {
            @Override
            public void force(FileChannel out) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        assertUntouched(e, "the disk is full)");
    }

    @Test
    void aDiskErrorWhenForcing() throws Exception {
        ProjectFileException e = saveFails(new Ops() {
            @Override
            public void force(FileChannel out) throws IOException {
                throw new IOException("Input/output error");
            }
        });
        assertUntouched(e, "the disk reported a read or write error)");
    }

    @Test
    void aReadOnlyFileSystem() throws Exception {
        ProjectFileException e = saveFails(new Ops() {
            @Override
            public void write(FileChannel out, ByteBuffer content) throws IOException {
                throw new FileSystemException(dir.toString(), null, "Read-only file system");
            }
        });
        assertUntouched(e, "the folder is read-only)");
    }

    @Test
    void aBackupThatCannotBeCopied() throws Exception {
        ProjectFileException e = saveFails(new Ops() {
            @Override
            public boolean backUp(Path file, Path backup) throws IOException {
                Files.write(backup, new byte[] {'{'}); // half a copy
                throw new IOException("No space left on device");
            }
        });
        assertUntouched(e, "the disk is full, while keeping the backup p.sectorscope.json.bak)");
    }

    /** Fails the move of the project into place {@code failures} times with {@code error}, then lets it pass. */
    class FailingMoves extends Ops {
        final IOException error;
        int failures;
        int attempts;

        FailingMoves(int failures, IOException error) {
            this.failures = failures;
            this.error = error;
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            if (to.equals(file)) {
                attempts++;
                if (failures-- > 0) {
                    throw error;
                }
            }
            real.move(from, to);
        }
    }

    @Test
    void aMoveDeniedTwiceIsRetriedAndSucceeds() throws Exception {
        // What a virus scanner briefly holding the file does on Windows.
        FailingMoves ops = new FailingMoves(2, new AccessDeniedException(file.toString()));
        FileFingerprint saved = new AtomicFileWriter(ops).save(file, next, null);
        assertEquals(3, ops.attempts);
        assertArrayEquals(next, Files.readAllBytes(file));
        assertArrayEquals(original, Files.readAllBytes(AtomicFileWriter.backupOf(file)));
        assertEquals(FileFingerprint.of(file), saved);
        assertEquals(List.of("p.sectorscope.json", "p.sectorscope.json.bak"), names());
    }

    @Test
    void aMoveAlwaysDeniedIsRetriedAFewTimesThenFails() throws Exception {
        FailingMoves ops = new FailingMoves(Integer.MAX_VALUE, new AccessDeniedException(file.toString()));
        long start = System.nanoTime();
        ProjectFileException e = saveFails(ops);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(AtomicFileWriter.MOVE_ATTEMPTS, ops.attempts);
        assertTrue(millis < 2_000, "gave up after " + millis + " ms");
        assertEquals(file + ": could not be saved (permission denied); the file on disk was not changed",
                e.getMessage());
        // The backup was renamed into place before the project's move failed, so it holds the original too.
        originalBackup = original;
        assertUntouched(e, "permission denied)");
    }

    @Test
    void aFileInUseByAnotherProgramIsRetriedThenReported() throws Exception {
        FailingMoves ops = new FailingMoves(Integer.MAX_VALUE, new FileSystemException(dir.toString(), null,
                "The process cannot access the file because it is being used by another process"));
        ProjectFileException e = saveFails(ops);
        assertEquals(AtomicFileWriter.MOVE_ATTEMPTS, ops.attempts);
        originalBackup = original;
        assertUntouched(e, "another program is using the file)");
    }

    @Test
    void aMoveThatCannotSucceedIsNotRetried() throws Exception {
        FailingMoves ops = new FailingMoves(Integer.MAX_VALUE, new NoSuchFileException("temp"));
        ProjectFileException e = saveFails(ops);
        assertEquals(1, ops.attempts);
        originalBackup = original;
        assertUntouched(e, "no such file or folder)");
    }

    @Test
    void theMessageIsPlainForEachKindOfFailure() {
        assertEquals("the disk is full", IoReasons.of(new IOException("No space left on device")));
        assertEquals("the disk is full", IoReasons.of(
                new FileSystemException("x", null, "There is not enough space on the disk")));
        assertEquals("permission denied", IoReasons.of(new AccessDeniedException("x")));
        assertEquals("the folder is read-only", IoReasons.of(
                new FileSystemException("x", null, "Read-only file system")));
    }

    @Test
    void theOriginalSurvivesAFailureAtEveryStepInTurn() throws Exception {
        String[] steps = {"createTemp", "write", "force", "backUp", "move"};
        for (String step : steps) {
            ProjectFileException e = saveFails(new Ops() {
                private void failAt(String here) throws IOException {
                    if (here.equals(step)) {
                        throw new IOException("No space left on device");
                    }
                }

                @Override
                public Path createTemp(Path target, Path like) throws IOException {
                    failAt("createTemp");
                    return real.createTemp(target, like);
                }

                @Override
                public void write(FileChannel out, ByteBuffer content) throws IOException {
                    failAt("write");
                    real.write(out, content);
                }

                @Override
                public void force(FileChannel out) throws IOException {
                    failAt("force");
                    real.force(out);
                }

                @Override
                public boolean backUp(Path file, Path backup) throws IOException {
                    failAt("backUp");
                    return real.backUp(file, backup);
                }

                @Override
                public void move(Path from, Path to) throws IOException {
                    failAt("move");
                    real.move(from, to);
                }
            });
            assertTrue(e.getMessage().contains("the disk is full"), step + ": " + e.getMessage());
            assertArrayEquals(original, Files.readAllBytes(file), step);
            assertArrayEquals(originalBackup, Files.readAllBytes(AtomicFileWriter.backupOf(file)), step);
            assertEquals(List.of("p.sectorscope.json", "p.sectorscope.json.bak"), names(), step);
        }
    }
}
