package org.sectorscope.store.child;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the test class path in a JVM of its own, with a heap as small as a test asks. */
public final class ChildJvm {
    /** What the child did: its exit status, what it printed, and how long it took. */
    public record Result(int exit, String out, String err, long millis) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    private ChildJvm() {
    }

    /** Runs {@code main} with {@code -Xmx<heap>}, the app's home in {@code home}, headless; at most 60 s. */
    public static Result run(String heap, Path home, String main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Djava.awt.headless=true", "-Dsectorscope.home=" + home,
                "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(home, "child", ".out");
        Path err = Files.createTempFile(home, "child", ".err");
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the child did not finish within 60 s: " + Files.readString(err));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), millis);
    }
}
