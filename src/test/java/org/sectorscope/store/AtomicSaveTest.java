package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

class AtomicSaveTest {
    @TempDir
    Path dir;

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void writesTheContent() throws Exception {
        Path file = dir.resolve("a.sectorscope.json");
        AtomicFileWriter.write(file, "hello\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello\n", Files.readString(file));
        assertEquals(List.of("a.sectorscope.json"), names(dir), "no backup when there was nothing before");
    }

    @Test
    void storeSaveWritesTheCanonicalBytes() throws Exception {
        Path file = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
        assertArrayEquals(ProjectWriter.toBytes(TestProjects.small()), Files.readAllBytes(file));
        assertEquals(TestProjects.small(), ProjectStore.load(file));
    }

    @Test
    void keepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("p.sectorscope.json");
        Project v1 = TestProjects.small();
        Project v2 = v1.withSector(TestProjects.SOLAR, s -> s.withName("Solar v2"));
        Project v3 = v1.withSector(TestProjects.SOLAR, s -> s.withName("Solar v3"));
        ProjectStore.save(v1, file);
        ProjectStore.save(v2, file);
        Path bak = dir.resolve("p.sectorscope.json.bak");
        assertEquals(bak, AtomicFileWriter.backupOf(file));
        assertEquals(v2, ProjectStore.load(file));
        assertEquals(v1, ProjectStore.load(bak));
        ProjectStore.save(v3, file);
        assertEquals(v3, ProjectStore.load(file));
        assertEquals(v2, ProjectStore.load(bak));
        assertEquals(List.of("p.sectorscope.json", "p.sectorscope.json.bak"), names(dir), "no temp files left");
    }

    @Test
    void manySavesLeaveNoTempFiles() throws Exception {
        Path file = dir.resolve("p.sectorscope.json");
        for (int i = 0; i < 20; i++) {
            ProjectStore.save(TestProjects.random(i, 3), file);
        }
        assertEquals(List.of("p.sectorscope.json", "p.sectorscope.json.bak"), names(dir));
        assertEquals(TestProjects.random(19, 3), ProjectStore.load(file));
        assertEquals(TestProjects.random(18, 3), ProjectStore.load(AtomicFileWriter.backupOf(file)));
    }

    @Test
    void saveIntoAMissingFolderFailsAndLeavesNothing() throws Exception {
        Path missing = dir.resolve("missing");
        Path file = missing.resolve("p.sectorscope.json");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectStore.save(TestProjects.small(), file));
        assertEquals(file.toAbsolutePath().toString(), e.file());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.problem().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(missing));
        assertEquals(List.of(), names(dir));
    }

    @Test
    void saveOverAFolderFails() throws Exception {
        Path file = Files.createDirectory(dir.resolve("p.sectorscope.json"));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectStore.save(TestProjects.small(), file));
        assertEquals(file + ": cannot be saved: a folder has that name", e.getMessage());
        assertTrue(Files.isDirectory(file));
    }

    @Test
    void saveIntoAReadOnlyFolderLeavesTheOriginalIntact() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path file = folder.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
        byte[] before = Files.readAllBytes(file);
        // What a folder without write permission does to the first step; injected, since root may write anyway.
        FileOps readOnlyFolder = new FileOps() {
            @Override
            public Path createTemp(Path target, Path like) throws IOException {
                throw new AccessDeniedException(target.resolveSibling(".p.sectorscope.json.0.tmp").toString());
            }
        };
        byte[] changed = ProjectWriter.toBytes(TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withName("Changed")));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new AtomicFileWriter(readOnlyFolder).save(file, changed, null));
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + ": could not be saved (permission denied"),
                e.getMessage());
        assertTrue(e.getMessage().contains("the file on disk was not changed"));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("p.sectorscope.json"), names(folder));
    }

    @Test
    void aSaveThatCannotKeepTheBackupFailsBeforeTouchingTheFile() throws Exception {
        // Works as root too: the .bak path is a non-empty folder, so copying the old version there fails.
        Path file = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
        byte[] before = Files.readAllBytes(file);
        Path bak = Files.createDirectory(dir.resolve("p.sectorscope.json.bak"));
        Files.writeString(bak.resolve("keep.txt"), "x");
        Project changed = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withName("Changed"));

        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.save(changed, file));

        assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + ": could not be saved ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("the file on disk was not changed"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("p.sectorscope.json", "p.sectorscope.json.bak"), names(dir));
    }

    @Test
    void saveKeepsTheFilesPermissions() throws Exception {
        assumeTrue(posix(), "needs POSIX permissions");
        Path file = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(file, shared);
        ProjectStore.save(TestProjects.random(1, 2), file);
        assertEquals(shared, Files.getPosixFilePermissions(file));
    }

    @Test
    void saveThroughASymbolicLinkUpdatesTheLinkedFile() throws Exception {
        Path real = dir.resolve("real.sectorscope.json");
        ProjectStore.save(TestProjects.small(), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.sectorscope.json"), real);
        Project changed = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withName("Changed"));
        ProjectStore.save(changed, link);
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals(changed, ProjectStore.load(real));
    }

    // Changed on disk: a save with the fingerprint taken at load refuses to overwrite another program's edit.

    private Path savedWithBackup() throws Exception {
        Path file = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.random(2, 2), file);
        ProjectStore.save(TestProjects.small(), file);
        return file;
    }

    private static byte[] changedBytes() {
        return ProjectWriter.toBytes(TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withName("Mine")));
    }

    @Test
    void aSaveWithTheLoadedFingerprintSucceedsAndReturnsTheNextOne() throws Exception {
        Path file = savedWithBackup();
        FileFingerprint loaded = FileFingerprint.of(file);
        byte[] mine = changedBytes();
        FileFingerprint saved = AtomicFileWriter.write(file, mine, loaded);
        assertArrayEquals(mine, Files.readAllBytes(file));
        assertEquals(FileFingerprint.of(file), saved);
        byte[] again = ProjectWriter.toBytes(TestProjects.random(5, 2));
        FileFingerprint savedAgain = AtomicFileWriter.write(file, again, saved);
        assertArrayEquals(again, Files.readAllBytes(file), "the returned fingerprint is good for the next save");
        assertEquals(FileFingerprint.of(file), savedAgain);
    }

    @Test
    void aFileChangedByAnotherProgramIsNotOverwritten() throws Exception {
        Path file = savedWithBackup();
        byte[] backup = Files.readAllBytes(AtomicFileWriter.backupOf(file));
        FileFingerprint loaded = FileFingerprint.of(file);
        byte[] theirs = ProjectWriter.toBytes(TestProjects.random(9, 4));
        Files.write(file, theirs);

        FileChangedOnDiskException e = assertThrows(FileChangedOnDiskException.class,
                () -> AtomicFileWriter.write(file, changedBytes(), loaded));

        assertEquals(file.toAbsolutePath() + " was changed by another program since it was opened", e.getMessage());
        assertEquals(loaded, e.expected());
        assertEquals(FileFingerprint.of(file), e.actual());
        assertArrayEquals(theirs, Files.readAllBytes(file));
        assertArrayEquals(backup, Files.readAllBytes(AtomicFileWriter.backupOf(file)), "the backup is untouched");
        assertEquals(List.of("p.sectorscope.json", "p.sectorscope.json.bak"), names(dir), "no temp files left");
    }

    @Test
    void aSameSizeChangeWithTheOldModificationTimeIsStillCaught() throws Exception {
        Path file = savedWithBackup();
        FileFingerprint loaded = FileFingerprint.of(file);
        byte[] theirs = Files.readAllBytes(file);
        int at = new String(theirs, StandardCharsets.UTF_8).indexOf("Solar PV");
        theirs[at] = 'Z'; // "Zolar PV": same size
        FileTime mtime = Files.getLastModifiedTime(file);
        Files.write(file, theirs);
        Files.setLastModifiedTime(file, mtime);
        assertEquals(loaded.size(), Files.size(file));
        assertEquals(loaded.lastModified(), Files.getLastModifiedTime(file).toInstant());

        assertThrows(FileChangedOnDiskException.class, () -> AtomicFileWriter.write(file, changedBytes(), loaded));
        assertArrayEquals(theirs, Files.readAllBytes(file));
        assertEquals(List.of("p.sectorscope.json", "p.sectorscope.json.bak"), names(dir));
    }

    @Test
    void aFileDeletedByAnotherProgramIsReportedAndNotRecreated() throws Exception {
        Path file = savedWithBackup();
        FileFingerprint loaded = FileFingerprint.of(file);
        Files.delete(file);
        FileChangedOnDiskException e = assertThrows(FileChangedOnDiskException.class,
                () -> AtomicFileWriter.write(file, changedBytes(), loaded));
        assertEquals(file.toAbsolutePath() + " was deleted or renamed by another program since it was opened",
                e.getMessage());
        assertEquals(null, e.actual());
        assertFalse(Files.exists(file));
        assertEquals(List.of("p.sectorscope.json.bak"), names(dir));
    }

    @Test
    void withoutAFingerprintTheSaveOverwritesWhateverIsThere() throws Exception {
        Path file = savedWithBackup();
        Files.writeString(file, "someone else's edit");
        byte[] mine = changedBytes();
        AtomicFileWriter.write(file, mine, null);
        assertArrayEquals(mine, Files.readAllBytes(file));
        assertEquals("someone else's edit", Files.readString(AtomicFileWriter.backupOf(file)));
    }
}
