package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.store.AtomicFileWriter.Content;

/**
 * The writer's modes (a new file only, no backup), streamed content, and the order of its steps: what
 * exports and the recovery journal rely on beyond a project save ({@link SaveFailureTest}).
 */
class AtomicFileWriterModesTest {
    @TempDir
    Path dir;

    private final AtomicFileWriter writer = AtomicFileWriter.standard();

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Content text(String s) {
        return Content.of(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNewFileIsWrittenWithNoBackupAndNoTempFile() throws Exception {
        Path file = dir.resolve("figure.svg");
        assertEquals(file, writer.write(file, text("new"), WriteMode.createNew()));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of("figure.svg"), names());
    }

    @Test
    void aNewFileOnlyNeverTouchesAFileOrLinkThere() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.svg"), "mine");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.svg"), dir.resolve("nowhere.svg"));
        for (Path target : List.of(file, dangling)) {
            FileWriteException e = assertThrows(FileWriteException.class,
                    () -> writer.write(target, text("new"), WriteMode.createNew()));
            assertEquals(FileWriteException.Failure.EXISTS, e.failure());
            assertEquals(target + ": the file exists", e.getMessage());
        }
        assertEquals("mine", Files.readString(file));
        assertFalse(Files.exists(dir.resolve("nowhere.svg")), "the link was not followed");
        assertEquals(List.of("dangling.svg", "mine.svg"), names());
    }

    @Test
    void aFileThatAppearsWhileANewOneIsWrittenIsKept() throws Exception {
        Path file = dir.resolve("race.svg");
        FileOps otherProgramWritesFirst = new FileOps() {
            @Override
            public void force(FileChannel out) throws IOException {
                FileOps.super.force(out);
                Files.writeString(file, "theirs");
            }
        };
        FileWriteException e = assertThrows(FileWriteException.class,
                () -> new AtomicFileWriter(otherProgramWritesFirst).write(file, text("mine"), WriteMode.createNew()));
        assertEquals(FileWriteException.Failure.EXISTS, e.failure());
        assertEquals("theirs", Files.readString(file));
        assertEquals(List.of("race.svg"), names(), "no temp file left");
    }

    @Test
    void withoutBackupNoBakIsLeft() throws Exception {
        Path file = Files.writeString(dir.resolve("journal.json"), "old");
        writer.write(file, text("new"), WriteMode.replaceKeepingBackup().withoutBackup());
        assertEquals("new", Files.readString(file));
        assertEquals(List.of("journal.json"), names());
    }

    @Test
    void streamedContentLargerThanTheBufferArrivesWhole() throws Exception {
        byte[] big = new byte[1_000_003];
        new Random(7).nextBytes(big);
        Path file = dir.resolve("big.png");
        writer.write(file, out -> {
            for (int at = 0; at < big.length; at += 1000) {
                out.write(big, at, Math.min(1000, big.length - at));
            }
            out.close(); // a renderer that closes its stream does not stop the writer forcing the file
        }, WriteMode.replaceWritableKeepingBackup());
        assertArrayEquals(big, Files.readAllBytes(file));
    }

    @Test
    void contentThatFailsLeavesTheFileAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("figure.pdf"), "old");
        IllegalArgumentException bad = new IllegalArgumentException("choose 2 to 4 options");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> writer.write(file, out -> {
            out.write(new byte[100_000]);
            throw bad;
        }, WriteMode.replaceWritableKeepingBackup())));
        FileWriteException e = assertThrows(FileWriteException.class, () -> writer.write(file, out -> {
            throw new UncheckedIOException(new IOException("No space left on device"));
        }, WriteMode.replaceWritableKeepingBackup()));
        assertEquals(file + ": the disk is full", e.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("figure.pdf"), names());
    }

    @Test
    void theStepsComeInTheirSafeOrder() throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "old");
        List<String> steps = new ArrayList<>();
        FileOps recording = new FileOps() {
            @Override
            public Path createTemp(Path target, Path like) throws IOException {
                steps.add("createTemp " + target.getFileName());
                return FileOps.super.createTemp(target, like);
            }

            @Override
            public void write(FileChannel out, ByteBuffer bytes) throws IOException {
                steps.add("write");
                FileOps.super.write(out, bytes);
            }

            @Override
            public void force(FileChannel out) throws IOException {
                steps.add("force");
                FileOps.super.force(out);
            }

            @Override
            public boolean backUp(Path file, Path backup) throws IOException {
                steps.add("backUp " + file.getFileName());
                return FileOps.super.backUp(file, backup);
            }

            @Override
            public void move(Path from, Path to) throws IOException {
                steps.add("move to " + to.getFileName());
                FileOps.super.move(from, to);
            }

            @Override
            public void syncFolder(Path folder) throws IOException {
                steps.add("syncFolder");
                FileOps.super.syncFolder(folder);
            }
        };
        new AtomicFileWriter(recording).write(file, text("new"), WriteMode.replaceKeepingBackup());
        assertEquals(List.of("createTemp p.json", "write", "force", "createTemp p.json.bak", "backUp p.json",
                "move to p.json.bak", "move to p.json", "syncFolder"), steps);
        assertEquals("new", Files.readString(file));
        assertEquals("old", Files.readString(AtomicFileWriter.backupOf(file)));
    }

    @Test
    void theBackupIsTheOldFileItselfNotACopyAndStandsAloneOnceTheNewFileIsInPlace() throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "old");
        Object oldFile = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        boolean[] linked = new boolean[1];
        new AtomicFileWriter(new FileOps() {
            @Override
            public boolean backUp(Path from, Path backup) throws IOException {
                linked[0] = FileOps.super.backUp(from, backup);
                return linked[0];
            }
        }).write(file, text("new"), WriteMode.replaceKeepingBackup());
        Path backup = AtomicFileWriter.backupOf(file);
        assertTrue(linked[0], "linked: the old content is not written a second time");
        assertEquals(oldFile, Files.readAttributes(backup, BasicFileAttributes.class).fileKey(), "the very old file");
        assertEquals(1, Files.getAttribute(backup, "unix:nlink"), "one name now: the new file is another");
        assertEquals("new", Files.readString(file));
        assertEquals("old", Files.readString(backup));
        assertEquals(List.of("p.json", "p.json.bak"), names());
    }

    @Test
    void whereTheFileSystemHasNoHardLinksTheBackupIsACopyWithTheFilesMode() throws Exception {
        Path file = Files.writeString(dir.resolve("p.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        List<String> steps = new ArrayList<>();
        new AtomicFileWriter(new FileOps() {
            @Override
            public void link(Path from, Path link) {
                steps.add("link");
                throw new UnsupportedOperationException("no hard links here");
            }

            @Override
            public void copy(Path from, Path to) throws IOException {
                steps.add("copy");
                FileOps.super.copy(from, to);
            }
        }).write(file, text("new"), WriteMode.replaceKeepingBackup());
        Path backup = AtomicFileWriter.backupOf(file);
        assertEquals(List.of("link", "copy"), steps);
        assertEquals("old", Files.readString(backup));
        assertEquals("new", Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        assertEquals(List.of("p.json", "p.json.bak"), names());
    }

    @Test
    void aReplacedFileKeepsItsNameThroughALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.svg"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), real);
        assertEquals(real, writer.write(link, text("new"), WriteMode.replaceWritableKeepingBackup()));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals("old", Files.readString(dir.resolve("real.svg.bak")));
    }
}
