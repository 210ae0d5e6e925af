package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Exporter;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.child.SaveNewFilesMain;

/**
 * Issue 12, point 5: long file names (the temp, backup and lock names beside them must still fit in 255
 * bytes), and a saved file's mode, owner and group, which a save keeps and a new file takes from the umask.
 */
class NamesAndOwnersTest {
    private static final String CJK = "\u534a"; // 半: three bytes in UTF-8

    @TempDir
    Path dir;

    private static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A project file name of exactly {@code total} UTF-8 bytes, mostly CJK characters. */
    private static String nameOf(int total) {
        String suffix = ProjectFormat.FILE_SUFFIX;
        int room = total - bytes(suffix);
        return CJK.repeat(room / 3) + "x".repeat(room % 3) + suffix;
    }

    @ParameterizedTest(name = "a {0}-byte name")
    @ValueSource(ints = {225, 240, 255})
    void aLongNameSavesOpensLocksAndExports(int length) throws Exception {
        String name = nameOf(length);
        assertEquals(length, bytes(name));
        Path file = dir.resolve(name);
        Project first = TestProjects.small();
        Project second = RenameSectorCommand.of(first, TestProjects.CHIPS, "Chips").apply(first);
        ProjectStore.save(first, file);
        FileFingerprint saved = ProjectStore.save(second, file, FileFingerprint.of(file));
        assertEquals(second, ProjectStore.open(file).project());
        assertEquals(saved, FileFingerprint.of(file));
        Path backup = AtomicFileWriter.backupOf(file);
        assertTrue(bytes(backup.getFileName().toString()) <= 255, backup.toString());
        assertEquals(first, ProjectStore.load(backup), "the backup beside it holds the first version");

        try (ProjectLock lock = ProjectLock.acquire(file)) {
            assertTrue(bytes(lock.lockFile().getFileName().toString()) <= 255);
            assertEquals(lock.holder(), ProjectLock.peek(file).orElseThrow());
        }
        assertFalse(Files.exists(ProjectLock.lockFileOf(file)));

        Path figure = dir.resolve(name.replace(ProjectFormat.FILE_SUFFIX, "") + "-figure.svg");
        Exporter.export(second, ExportRequest.defaults(second, ExportRequest.Format.SVG), figure);
        assertTrue(Files.readString(figure).contains("<svg"));
        try (Stream<Path> s = Files.list(dir)) {
            List<String> left = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
            assertEquals(List.of(), left, "no temp files left");
        }
    }

    @Test
    void aSaveKeepsTheModeOwnerAndGroupOfTheFile() throws Exception {
        Assumptions.assumeTrue(SpecialFiles.isRoot(), "giving a file to another user needs root, which CI has");
        Path file = dir.resolve("shared.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        Files.setAttribute(file, "unix:uid", 4321);
        Files.setAttribute(file, "unix:gid", 4322);
        Project edited = RenameSectorCommand.of(TestProjects.small(), TestProjects.CHIPS, "Chips")
                .apply(TestProjects.small());
        ProjectStore.save(edited, file);
        assertEquals(edited, ProjectStore.load(file));
        for (Path f : List.of(file, AtomicFileWriter.backupOf(file))) {
            assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
            assertEquals(4321, Files.getAttribute(f, "unix:uid"), f + ": owner");
            assertEquals(4322, Files.getAttribute(f, "unix:gid"), f + ": group");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void newFilesTakeTheirModeFromTheUmask() throws Exception {
        Path project = dir.resolve("new.sectorscope.json");
        Path figure = dir.resolve("new.svg");
        Path log = dir.resolve("child.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder("/bin/sh", "-c", "umask 027 && exec \"$0\" \"$@\"", java,
                "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SaveNewFilesMain.class.getName(), project.toString(), figure.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(child.waitFor(50, TimeUnit.SECONDS), "the child did not finish");
        assertEquals(0, child.exitValue(), Files.readString(log));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(project)));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(figure)));
        assertArrayEquals(ProjectWriter.toBytes(TestProjects.small()), Files.readAllBytes(project));
    }
}
