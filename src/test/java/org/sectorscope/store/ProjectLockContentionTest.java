package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.child.LockHolderMain;

/** Two JVMs and one project: the lock is seen as held while its holder lives, and stale once it is killed. */
class ProjectLockContentionTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aLockHeldByAnotherProcessTurnsStaleWhenThatProcessIsKilled() throws Exception {
        Path project = dir.resolve("shared.sectorscope.json");
        ProjectStore.save(TestProjects.small(), project);
        byte[] projectBytes = Files.readAllBytes(project);
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(SaveCrashTest.javaBin(), "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), project.toString()).redirectError(log.toFile()).start();
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertEquals("LOCKED " + child.pid(), line, () -> "child said " + line + "; " + read(log));

            LockHolder held = ProjectLock.peek(project).orElseThrow();
            assertEquals(child.pid(), held.pid());
            assertEquals(LockHolder.Status.RUNNING, held.status());
            assertFalse(held.stale());
            ProjectLock.LockedException refused = assertThrows(ProjectLock.LockedException.class,
                    () -> ProjectLock.acquire(project));
            assertEquals(held, refused.holder());
            assertThrows(ProjectLock.LockedException.class, () -> ProjectLock.takeOver(project));
        } finally {
            child.destroyForcibly(); // SIGKILL: the child cannot release the lock
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }

        LockHolder gone = ProjectLock.peek(project).orElseThrow();
        assertEquals(child.pid(), gone.pid());
        assertEquals(LockHolder.Status.NOT_RUNNING, gone.status());
        assertTrue(gone.stale());
        ProjectLock.LockedException stale = assertThrows(ProjectLock.LockedException.class,
                () -> ProjectLock.acquire(project), "a stale lock is only replaced on request");
        assertTrue(stale.holder().stale());

        ProjectLock mine = ProjectLock.takeOver(project);
        assertEquals(ProcessHandle.current().pid(), ProjectLock.peek(project).orElseThrow().pid());
        assertTrue(mine.release());
        assertFalse(Files.exists(ProjectLock.lockFileOf(project)));
        assertArrayEquals(projectBytes, Files.readAllBytes(project), "the project file is never touched");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (Exception e) {
            return "";
        }
    }
}
