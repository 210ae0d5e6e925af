package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFingerprintTest {
    @TempDir
    Path dir;

    @Test
    void anUnchangedFileHasTheSameFingerprint() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "hello\n");
        FileFingerprint fp = FileFingerprint.of(file);
        assertEquals(6, fp.size());
        assertEquals(Files.getLastModifiedTime(file).toInstant(), fp.lastModified());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("hello\n".getBytes(StandardCharsets.UTF_8))), fp.sha256());
        assertEquals(fp, FileFingerprint.of(file));
    }

    @Test
    void sameSizeAndResetModificationTimeIsStillAChange() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "version 1\n");
        FileFingerprint before = FileFingerprint.of(file);
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, "version 2\n");
        Files.setLastModifiedTime(file, time);
        FileFingerprint after = FileFingerprint.of(file);
        assertEquals(before.size(), after.size());
        assertEquals(before.lastModified(), after.lastModified());
        assertNotEquals(before, after, "only the hash tells them apart");
    }

    @Test
    void aNewModificationTimeAloneIsAChange() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "same\n");
        FileFingerprint before = FileFingerprint.of(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertNotEquals(before, FileFingerprint.of(file));
    }

    @Test
    void theFingerprintOfWrittenBytesMatchesTheFile() throws Exception {
        byte[] content = "written\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("a.txt"), content);
        assertEquals(FileFingerprint.of(file), FileFingerprint.of(content, Files.getLastModifiedTime(file)));
    }

    @Test
    void aMissingFileIsReportedWithItsName() {
        Path file = dir.resolve("missing.sectorscope.json");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> FileFingerprint.of(file));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void a64MegabyteFileIsFingerprintedQuickly() throws Exception {
        Path file = dir.resolve("big.bin");
        byte[] block = new byte[1 << 20];
        new Random(1).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 64; i++) {
                out.write(block);
            }
        }
        FileFingerprint.of(file); // warm-up, so the timing is the hashing and not class loading
        long start = System.nanoTime();
        FileFingerprint fp = FileFingerprint.of(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("FileFingerprintTest: 64 MB fingerprinted in " + millis + " ms");
        assertEquals(64L << 20, fp.size());
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }
}
