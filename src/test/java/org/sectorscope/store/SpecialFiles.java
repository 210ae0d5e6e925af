package org.sectorscope.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Named pipes and device nodes for the tests of point 6 and 11 of issue 12: things that look like files
 * but block a reader forever (a FIFO with no writer) or never end ({@code /dev/zero}).
 */
public final class SpecialFiles {
    /** Long enough for any refusal, short enough that a hang fails the test quickly. */
    public static final Duration LIMIT = Duration.ofSeconds(5);
    public static final Path DEV_ZERO = Path.of("/dev/zero");

    private SpecialFiles() {
    }

    /** Makes a named pipe at {@code path} with mkfifo (available wherever the build runs). */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        run("mkfifo", path.toString());
        if (!Files.exists(path) || Files.isRegularFile(path)) {
            throw new IOException("mkfifo made no pipe at " + path);
        }
        return path;
    }

    /** A character device node like /dev/null at {@code path} (mknod needs root, which CI has). */
    public static Path characterDevice(Path path) throws IOException, InterruptedException {
        run("mknod", path.toString(), "c", "1", "3");
        return path;
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Frees a thread stuck opening {@code fifo} for reading (as the code before the fix did): opening it
     * read-write never blocks on Linux and counts as the writer the reader waits for; closing it gives
     * the reader end of file. Harmless when nothing waits.
     */
    public static void unblock(Path fifo) {
        if (fifo == null || !Files.exists(fifo) || Files.isRegularFile(fifo)) {
            return;
        }
        try (RandomAccessFile raf = new RandomAccessFile(fifo.toFile(), "rw")) {
            raf.getFD().valid();
        } catch (IOException e) {
            // nothing waits, or the pipe is gone
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: "
                    + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
