package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.store.child.SaveLoop;

/**
 * Kills a JVM that is saving a project in a loop (SIGKILL, no shutdown hooks, no finally blocks) at
 * many different moments, and checks that the file on disk is always one whole version, never torn.
 * (A kill tests the save's ordering of steps; power loss also needs the fsyncs, which it does.)
 */
class SaveCrashTest {
    private static final int ROUNDS = 30;

    @TempDir
    Path dir;

    @Test
    // Only a guard against a hang: 30 child JVMs take about 20 s on an idle 2-core machine, and over 60 s
    // when other builds share it (seen in CI beside three concurrent builds).
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aKilledSaveLeavesTheOldOrTheNewProjectNeverATornOne() throws Exception {
        Project first = SaveLoop.first();
        Project second = SaveLoop.second();
        Path file = dir.resolve("crash.sectorscope.json");
        ProjectStore.save(first, file);
        int sawFirst = 0;
        int sawSecond = 0;
        int leftTemps = 0;
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            Path log = dir.resolve("child-" + round + ".log");
            Process child = new ProcessBuilder(javaBin(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), file.toString())
                    .redirectError(log.toFile()).start();
            try {
                if (round % 5 == 0) {
                    // Some kills land during start-up or the first save, counted from the launch.
                    Thread.sleep(150 + (round * 37L) % 400);
                } else {
                    awaitReady(child, log);
                    LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos((round * 7919L) % 60_000));
                }
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child did not die");
            }
            Project onDisk = loadOrFail(file, round);
            if (onDisk.equals(first)) {
                sawFirst++;
            } else if (onDisk.equals(second)) {
                sawSecond++;
            } else {
                fail("round " + round + ": the file holds neither version");
            }
            Path bak = AtomicFileWriter.backupOf(file);
            if (Files.exists(bak)) {
                Project backup = loadOrFail(bak, round);
                assertTrue(backup.equals(first) || backup.equals(second), "round " + round + ": torn backup");
            }
            leftTemps += assertOnlyHiddenTempsBeside(file, round);
            Files.delete(log);
        }
        System.out.printf("SaveCrashTest: %d kills in %d ms; the file held the first version %d times, the"
                + " second %d times; %d temp files were left by kills mid-save%n", ROUNDS,
                (System.nanoTime() - start) / 1_000_000, sawFirst, sawSecond, leftTemps);
        // Both versions were found after a kill, so the kills fell at different points of the loop.
        assertTrue(sawFirst > 0 && sawSecond > 0, "first " + sawFirst + ", second " + sawSecond);
    }

    private static Project loadOrFail(Path file, int round) {
        try {
            return ProjectStore.load(file);
        } catch (ProjectFileException e) {
            return fail("round " + round + ": torn file after the kill: " + e.getMessage());
        }
    }

    /** Returns how many temp files were left, deleting them so each round counts its own. */
    private int assertOnlyHiddenTempsBeside(Path file, int round) throws Exception {
        String name = file.getFileName().toString();
        try (Stream<Path> s = Files.list(dir)) {
            List<String> others = s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(name) && !n.equals(name + AtomicFileWriter.BACKUP_SUFFIX))
                    .filter(n -> !n.startsWith("child-"))
                    .toList();
            for (String n : others) {
                assertTrue(n.startsWith(".") && n.endsWith(".tmp"), "round " + round + ": unexpected file " + n);
                assertFalse(n.endsWith(ProjectFormat.FILE_SUFFIX), n);
                Files.delete(dir.resolve(n));
            }
            return others.size();
        }
    }

    private static void awaitReady(Process child, Path log) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"READY".equals(line)) {
            child.waitFor(2, TimeUnit.SECONDS);
            fail("the child did not start: " + line + "\n" + Files.readString(log));
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
