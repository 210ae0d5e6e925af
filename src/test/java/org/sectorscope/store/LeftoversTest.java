package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.child.LockHolderMain;

/**
 * Issue 12, point 14: what a killed or terminated Sectorscope leaves beside a project. Hidden temp files of
 * a save cut short by kill -9 are cleaned on the next save or open once they are clearly stale; the lock
 * file is released on SIGTERM by a shutdown hook.
 */
class LeftoversTest {
    @TempDir
    Path dir;

    private Path stale(String name) throws Exception {
        Path f = Files.writeString(dir.resolve(name), "half a save");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        return f;
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSaveRemovesStaleTempFilesOfItsOwnFileOnly() throws Exception {
        Path file = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
        // What earlier versions and this one leave when killed mid-save, and what must stay.
        stale(".p.sectorscope.json.8123456789012345678.tmp");
        stale(".p.sectorscope.json.bak.123.tmp");
        stale(".~lock.p.sectorscope.json#4567.tmp");
        stale(".p.sectorscope.json.0123456789abcdef.tmp");
        stale(".~lock.p.sectorscope.json#.stale-0b5e9f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        Path inFlight = Files.writeString(dir.resolve(".p.sectorscope.json.999.tmp"), "another program saving now");
        Path other = stale(".q.sectorscope.json.123.tmp");
        Path notOurs = stale(".p.sectorscope.json.notes.tmp");
        Path theirs = stale("p.sectorscope.json.123.tmp");

        ProjectStore.save(TestProjects.small(), file);
        assertEquals(Stream.of(inFlight, other, notOurs, file, AtomicFileWriter.backupOf(file), theirs)
                .map(p -> p.getFileName().toString()).sorted().toList(), names());
    }

    @Test
    void openingAProjectRemovesItsStaleTempFiles() throws Exception {
        Path file = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), file);
        stale(".p.sectorscope.json.8123456789012345678.tmp");
        ProjectStore.open(file);
        assertEquals(List.of("p.sectorscope.json"), names());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void sigtermReleasesTheLock() throws Exception {
        Path project = dir.resolve("held.sectorscope.json");
        ProjectStore.save(TestProjects.small(), project);
        Process child = new ProcessBuilder(SaveCrashTest.javaBin(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LockHolderMain.class.getName(), project.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertEquals("LOCKED " + child.pid(), line);
            assertTrue(Files.exists(ProjectLock.lockFileOf(project)));
            child.destroy(); // SIGTERM, as a logout or `kill PID` sends
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child did not end");
        } finally {
            child.destroyForcibly();
        }
        assertFalse(Files.exists(ProjectLock.lockFileOf(project)), "the shutdown hook released the lock");
        ProjectLock.acquire(project).release();
    }

    @Test
    void aCsvErrorNamesItsLineOnce() throws Exception {
        Path csv = dir.resolve("evidence.csv");
        byte[] head = "sectorId,quote,reliability,credibility\r\nsector-solar,ok,B,2\r\nsector-solar,"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        Files.write(csv, bytes);
        ProjectFileException e = Assertions.assertThrows(ProjectFileException.class,
                () -> EvidenceCsvFiles.read(csv, TestProjects.small(), null));
        assertEquals(csv + ": the file is not valid UTF-8 (line 3)", e.getMessage());
        assertEquals(3, e.line());
    }
}
