package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;

class ProjectLockTest {
    @TempDir
    Path dir;
    Path project;
    byte[] projectBytes;

    @BeforeEach
    void aSavedProject() throws Exception {
        project = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), project);
        projectBytes = Files.readAllBytes(project);
    }

    private void assertProjectUntouched() throws Exception {
        assertArrayEquals(projectBytes, Files.readAllBytes(project), "the project file is never touched");
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String thisHost() throws Exception {
        try (ProjectLock lock = ProjectLock.acquire(dir.resolve("probe.sectorscope.json"))) {
            return lock.holder().host();
        }
    }

    private static String lockJson(String host, long pid) {
        return "{\"format\": \"sectorscope-lock\", \"holder\": \"bob\", \"host\": \"" + host + "\", \"pid\": " + pid
                + ", \"time\": \"2024-05-01T09:30:00Z\", \"appVersion\": \"0.0.9\"}\n";
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(SaveCrashTest.javaBin(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void theLockFileSitsBesideTheProject() {
        assertEquals(dir.resolve(".~lock.p.sectorscope.json#"), ProjectLock.lockFileOf(project));
    }

    @Test
    void acquireWritesWhoHoldsItAndReleaseDeletesIt() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        ProjectLock lock = ProjectLock.acquire(project);
        Path file = ProjectLock.lockFileOf(project);
        assertEquals(file, lock.lockFile());
        assertTrue(Files.readString(file).startsWith("{\n  \"format\": \"sectorscope-lock\",\n  \"holder\": "),
                Files.readString(file));

        LockHolder holder = ProjectLock.peek(project).orElseThrow();
        assertEquals(System.getProperty("user.name"), holder.user());
        assertEquals(ProcessHandle.current().pid(), holder.pid());
        assertNotNull(holder.host());
        assertNotNull(holder.appVersion());
        assertTrue(holder.since().isAfter(before) && !holder.since().isAfter(Instant.now()), "" + holder.since());
        assertEquals(LockHolder.Status.RUNNING, holder.status());
        assertFalse(holder.stale());
        assertEquals(lock.holder(), holder);

        assertTrue(lock.release());
        assertFalse(Files.exists(file));
        assertFalse(lock.release(), "a second release does nothing");
        assertEquals(Optional.empty(), ProjectLock.peek(project));
        assertProjectUntouched();
    }

    @Test
    void aSecondAcquireIsRefusedWithTheHolder() throws Exception {
        try (ProjectLock lock = ProjectLock.acquire(project)) {
            ProjectLock.LockedException e = assertThrows(ProjectLock.LockedException.class,
                    () -> ProjectLock.acquire(project));
            assertEquals(lock.holder(), e.holder());
            assertFalse(e.holder().stale());
            assertTrue(e.getMessage().startsWith(project + " is locked by " + lock.holder().user() + " on "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("; it is still running"), e.getMessage());
            assertThrows(ProjectLock.LockedException.class, () -> ProjectLock.takeOver(project),
                    "a live lock cannot be taken over");
        }
        assertEquals(List.of("p.sectorscope.json"), names(), "close released it");
        assertProjectUntouched();
    }

    @Test
    void aCorruptLockIsStaleWithAnUnknownHolder() throws Exception {
        for (String corrupt : List.of("", "{\"format\": \"sectorscope-lock\", \"pid\": ", "garbage\u0000",
                "{\"format\": \"sectorscope-lock\", \"host\": \"h\", \"pid\": \"12\"}", "[1, 2]")) {
            Path file = ProjectLock.lockFileOf(project);
            Files.writeString(file, corrupt);
            LockHolder holder = ProjectLock.peek(project).orElseThrow();
            assertEquals(LockHolder.Status.UNREADABLE, holder.status(), corrupt);
            assertTrue(holder.stale());
            assertEquals(null, holder.user());
            ProjectLock.LockedException e = assertThrows(ProjectLock.LockedException.class,
                    () -> ProjectLock.acquire(project));
            assertTrue(e.holder().stale());
            assertTrue(e.getMessage().contains("the lock file cannot be read, so it is treated as stale"),
                    e.getMessage());
            try (ProjectLock lock = ProjectLock.takeOver(project)) {
                assertEquals(lock.holder(), ProjectLock.peek(project).orElseThrow());
            }
            assertFalse(Files.exists(file));
        }
        assertProjectUntouched();
    }

    @Test
    void aLockFromThisComputerWhoseProcessEndedIsStaleAndCanBeTakenOver() throws Exception {
        Path file = ProjectLock.lockFileOf(project);
        Files.writeString(file, lockJson(thisHost(), deadPid()));
        LockHolder holder = ProjectLock.peek(project).orElseThrow();
        assertEquals(LockHolder.Status.NOT_RUNNING, holder.status());
        assertTrue(holder.stale());
        assertEquals("bob", holder.user());
        assertEquals(Instant.parse("2024-05-01T09:30:00Z"), holder.since());
        assertTrue(holder.describe().endsWith("that process has ended, so the lock is stale"), holder.describe());

        try (ProjectLock lock = ProjectLock.takeOver(project)) {
            assertEquals(ProcessHandle.current().pid(), ProjectLock.peek(project).orElseThrow().pid());
        }
        assertFalse(Files.exists(file));
        assertProjectUntouched();
    }

    @Test
    void aLockFromAnotherComputerIsNeverStale() throws Exception {
        Path file = ProjectLock.lockFileOf(project);
        String theirs = lockJson("another-computer.example", deadPid());
        Files.writeString(file, theirs);
        LockHolder holder = ProjectLock.peek(project).orElseThrow();
        assertEquals(LockHolder.Status.OTHER_COMPUTER, holder.status());
        assertFalse(holder.stale(), "its process id means nothing here");
        assertTrue(holder.describe().contains("made on another computer"), holder.describe());

        assertThrows(ProjectLock.LockedException.class, () -> ProjectLock.acquire(project));
        ProjectLock.LockedException e = assertThrows(ProjectLock.LockedException.class,
                () -> ProjectLock.takeOver(project));
        assertEquals(holder, e.holder());
        assertEquals(theirs, Files.readString(file), "their lock is left alone");
        assertProjectUntouched();
    }

    @Test
    void releaseDoesNotDeleteALockThatIsNoLongerOurs() throws Exception {
        ProjectLock lock = ProjectLock.acquire(project);
        // Someone judged ours stale (say, from a copy of the folder) and wrote their own.
        String theirs = lockJson("another-computer.example", 42);
        Files.writeString(lock.lockFile(), theirs);
        assertFalse(lock.release());
        assertEquals(theirs, Files.readString(lock.lockFile()));
        assertProjectUntouched();
    }

    @Test
    void takeOverWithoutALockSimplyAcquires() throws Exception {
        try (ProjectLock lock = ProjectLock.takeOver(project)) {
            assertTrue(Files.exists(lock.lockFile()));
        }
    }

    @Test
    void ofTwoTakingOverTheSameStaleLockOnlyOneWins() throws Exception {
        String stale = lockJson(thisHost(), deadPid());
        Path file = ProjectLock.lockFileOf(project);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 200; round++) {
                Files.writeString(file, stale);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ProjectLock>> tries = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    tries.add(pool.submit(() -> {
                        start.await();
                        try {
                            return ProjectLock.takeOver(project);
                        } catch (ProjectLock.LockedException e) {
                            return null;
                        }
                    }));
                }
                List<ProjectLock> winners = new ArrayList<>();
                for (Future<ProjectLock> f : tries) {
                    if (f.get() != null) {
                        winners.add(f.get());
                    }
                }
                assertEquals(1, winners.size(), "round " + round);
                assertEquals(winners.get(0).holder(), ProjectLock.peek(project).orElseThrow());
                assertTrue(winners.get(0).release());
                assertEquals(List.of("p.sectorscope.json"), names(), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        assertProjectUntouched();
    }

    @Test
    void aLockThatCannotBeCreatedNamesTheProjectAndWhy() throws Exception {
        Path missing = dir.resolve("gone").resolve("p.sectorscope.json");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectLock.acquire(missing));
        assertTrue(e.getMessage().startsWith(missing + ": cannot be locked for editing ("), e.getMessage());
        assertTrue(e.getMessage().endsWith(" for .~lock.p.sectorscope.json#)"), e.getMessage());
    }

    @Test
    void theLockFileIsUtf8Json() throws Exception {
        try (ProjectLock lock = ProjectLock.acquire(project)) {
            String text = new String(Files.readAllBytes(lock.lockFile()), StandardCharsets.UTF_8);
            for (String key : List.of("\"holder\"", "\"host\"", "\"pid\"", "\"time\"", "\"appVersion\"")) {
                assertTrue(text.contains(key), text);
            }
            assertTrue(text.contains("\"time\": \"" + lock.holder().since() + "\""), text);
            assertTrue(lock.holder().since().toString().endsWith("Z"), "UTC");
        }
    }
}
