package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assumeTrue(posix(), "needs POSIX permissions");
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path file = folder.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "the folder is still writable (running as root?)");
            Project changed = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withName("Changed"));
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.save(changed, file));
            assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + ": could not be saved (permission denied"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("the file on disk was not changed"));
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(List.of("p.sectorscope.json"), names(folder));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
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
}
