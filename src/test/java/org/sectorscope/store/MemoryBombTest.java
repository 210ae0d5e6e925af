package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.Launcher;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.child.AttackFiles;
import org.sectorscope.store.child.ChildJvm;
import org.sectorscope.store.child.OpenAsTheWindowDoesMain;

/**
 * Files whose bytes are within the limit but whose content expands in memory, read in a JVM with a small
 * heap (issue 12, point 7: 21 million empty objects, 63 MB, took 6 GB). Each is refused in seconds with
 * the usual one-line error, on the command line and as the window would show it; a file that simply
 * does not fit the heap is a one-line error too, never a stack trace.
 */
class MemoryBombTest {
    /** Far less than the 6 GB the bomb took; enough for its 63 MB of text held once, as bytes and as a string. */
    private static final String SMALL_HEAP = "192m";

    @TempDir
    Path dir;

    private Path bomb() throws IOException {
        Path file = dir.resolve("bomb.sectorscope.json");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            AttackFiles.writeEmptyObjectBomb(out);
        }
        assertTrue(Files.size(file) > 60_000_000 && Files.size(file) < ProjectFormat.MAX_FILE_BYTES);
        return file;
    }

    private static void assertOneLineError(ChildJvm.Result r, String expected) {
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), "one line, no stack trace: " + r.err());
        assertEquals(expected, r.errLines().get(0));
    }

    @Test
    void aNodeCountBombIsRefusedInOneLineOnTheCommandLine() throws Exception {
        Path file = bomb();
        ChildJvm.Result r = ChildJvm.run(SMALL_HEAP, dir, Launcher.class.getName(), "validate", file.toString());
        assertOneLineError(r, "error: " + file + ": the JSON has more than 4,000,000 tokens (each key, value, bracket"
                + " and brace counts one), too many to open safely");
        assertTrue(r.millis() < 30_000, r.millis() + " ms");
        System.out.println("MemoryBombTest: a 63 MB node-count bomb refused under -Xmx" + SMALL_HEAP + " in "
                + r.millis() + " ms");
    }

    @Test
    void aNodeCountBombIsRefusedAsTheWindowOpensFiles() throws Exception {
        Path file = bomb();
        ChildJvm.Result r = ChildJvm.run(SMALL_HEAP, dir, OpenAsTheWindowDoesMain.class.getName(), file.toString());
        assertEquals("REFUSED " + file + ": the JSON has more than 4,000,000 tokens (each key, value, bracket and brace"
                + " counts one), too many to open safely", r.out().strip(), r.err());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void aProjectTooLargeForTheHeapIsAOneLineErrorNotAStackTrace() throws Exception {
        // A valid project of some 8 MB, and a heap too small to hold what it becomes.
        Path file = dir.resolve("large.sectorscope.json");
        ProjectStore.save(TestProjects.random(7, 12_000), file);
        ChildJvm.Result r = ChildJvm.run("24m", dir, Launcher.class.getName(), "validate", file.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.errLines().size(), "one line, no stack trace: " + r.err());
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("error: ") && line.contains("not enough memory")
                && line.contains("start it with more, e.g. java -Xmx4g -jar sectorscope.jar"), line);
        assertTrue(Arrays.stream(new String[] {"Exception", "\tat "}).noneMatch(r.err()::contains), r.err());
    }
}
