package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Project;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.LockHolder;
import org.sectorscope.store.ProjectFormat;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.ProjectWriter;
import org.sectorscope.store.child.LockHolderMain;

/**
 * {@code sectorscope migrate FILE...}, run in-process on temporary copies of the example files; with the
 * window's lock and changed-on-disk rules (issue 12, point 2).
 */
class MigrateCommandTest {
    private static final String CURRENT = " (version 1 -> " + ProjectFormat.SCHEMA_VERSION + ")";
    private static final String UNCHANGED = " (version " + ProjectFormat.SCHEMA_VERSION + ", already canonical)";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int migrate(Path... files) {
        return migrate(Arrays.stream(files).map(Path::toString).toList());
    }

    private int migrate(List<String> files) {
        return new MigrateCommand(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8)).run(files);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = MigrateCommandTest.class.getResourceAsStream("/migrations/" + name)) {
            return in.readAllBytes();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat ") || text.contains("Exception"), text);
    }

    /** The v1 example as a person might indent it: tabs, spaced colons, CRLF line ends. */
    private static byte[] handIndented() throws IOException {
        String canonical = new String(fixture("v1.sectorscope.json"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (String line : canonical.split("\n")) {
            String body = line.stripLeading();
            int depth = (line.length() - body.length()) / 2;
            sb.append("\t".repeat(depth)).append(body.replaceFirst("^(\"[^\"]*\"): ", "$1 :  ")).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aHandIndentedFileIsRewrittenCanonicallyKeepingABackup() throws Exception {
        byte[] original = handIndented();
        Path file = write("hand.sectorscope.json", original);
        assertEquals(Cli.OK, migrate(file));
        assertEquals("migrated " + file + CURRENT + "\n", out());
        assertEquals("", err());
        byte[] rewritten = Files.readAllBytes(file);
        assertArrayEquals(ProjectWriter.toBytes(ProjectStore.load(file)), rewritten, "canonical bytes");
        if (ProjectFormat.SCHEMA_VERSION == 1) {
            assertArrayEquals(fixture("v1.sectorscope.json"), rewritten, "the canonical example itself");
        }
        assertArrayEquals(original, Files.readAllBytes(AtomicFileWriter.backupOf(file)), ".bak holds the old bytes");
    }

    @Test
    void aCurrentCanonicalFileIsLeftAsItIsAndItsBackupKept() throws Exception {
        byte[] canonical = fixture("v" + ProjectFormat.SCHEMA_VERSION + ".sectorscope.json");
        Path file = write("current.sectorscope.json", canonical);
        byte[] older = "an older version".getBytes(StandardCharsets.UTF_8);
        Files.write(AtomicFileWriter.backupOf(file), older);
        assertEquals(Cli.OK, migrate(file));
        assertEquals("unchanged " + file + UNCHANGED + "\n", out());
        assertArrayEquals(canonical, Files.readAllBytes(file));
        assertArrayEquals(older, Files.readAllBytes(AtomicFileWriter.backupOf(file)), "the backup is not rotated away");
    }

    // ---- issue 12, point 2: the lock and the fingerprint, as in the window -------------------------------

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aFileLockedByARunningProcessIsNotMigrated() throws Exception {
        byte[] original = handIndented();
        Path file = write("held.sectorscope.json", original);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolderMain.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertEquals("LOCKED " + child.pid(), line);
            LockHolder holder = ProjectLock.peek(file).orElseThrow();
            assertEquals(Cli.INVALID, migrate(file));
            assertEquals("", out());
            assertEquals("error: " + file + ": is locked by " + holder.describe() + "; not migrated\n", err());
            assertTrue(err().contains("process " + child.pid()) && err().contains("it is still running"), err());
            assertArrayEquals(original, Files.readAllBytes(file), "not touched");
            assertFalse(Files.exists(AtomicFileWriter.backupOf(file)));
            assertEquals(child.pid(), ProjectLock.peek(file).orElseThrow().pid(), "the holder keeps its lock");
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        // Once its holder has ended the lock is stale, and migrate takes it over as the window would offer.
        assertEquals(Cli.OK, migrate(file));
        assertEquals("migrated " + file + CURRENT + "\n", out());
        assertFalse(Files.exists(ProjectLock.lockFileOf(file)), "migrate releases the lock it took");
    }

    @Test
    void aFileOpenInTheWindowIsNotMigratedSoItsNextSaveIsNotUndone() throws Exception {
        Path file = write("open.sectorscope.json", handIndented());
        try (ProjectLock window = ProjectLock.acquire(file)) {
            // The window (this process) has it open and saves an edit; migrate must not write over it.
            Project edited = RenameSectorCommand.of(ProjectStore.load(file), ProjectStore.load(file).sectors().get(0).id(),
                    "Edited in the window").apply(ProjectStore.load(file));
            ProjectStore.save(edited, file);
            assertEquals(Cli.INVALID, migrate(file));
            assertEquals("error: " + file + ": is locked by " + window.holder().describe() + "; not migrated\n", err());
            assertEquals(edited, ProjectStore.load(file));
            assertArrayEquals(handIndented(), Files.readAllBytes(AtomicFileWriter.backupOf(file)),
                    "the backup is the window's, not migrate's");
            assertEquals(window.holder(), ProjectLock.peek(file).orElseThrow(), "the window keeps its lock");
        }
    }

    @Test
    void aFileChangedOnDiskWhileMigratingIsNotOverwritten() throws Exception {
        byte[] original = handIndented();
        Path file = write("changing.sectorscope.json", original);
        byte[] theirs = new String(original, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        MigrateCommand command = new MigrateCommand(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), migrating -> {
                    try {
                        Files.write(migrating, theirs); // another program saves between the read and the write
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        assertEquals(Cli.INVALID, command.run(List.of(file.toString())));
        assertEquals("", out());
        assertEquals("error: " + file + ": changed on disk while it was being migrated; not migrated (run migrate"
                + " again)\n", err());
        assertArrayEquals(theirs, Files.readAllBytes(file), "the other program's version is kept");
        assertFalse(Files.exists(ProjectLock.lockFileOf(file)));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void migratesRunAtOnceNeverLoseTheOriginalBytesFromTheBackup() throws Exception {
        byte[] original = handIndented();
        for (int round = 0; round < 10; round++) {
            Path file = write("race-" + round + ".sectorscope.json", original);
            int runners = 4;
            CyclicBarrier start = new CyclicBarrier(runners);
            ExecutorService pool = Executors.newFixedThreadPool(runners);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return new MigrateCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                            .run(List.of(file.toString()));
                }));
            }
            int ok = 0;
            for (Future<Integer> r : results) {
                ok += r.get() == Cli.OK ? 1 : 0;
            }
            pool.shutdown();
            assertTrue(ok >= 1, "round " + round + ": one of them migrates");
            assertArrayEquals(original, Files.readAllBytes(AtomicFileWriter.backupOf(file)),
                    "round " + round + ": the backup holds the original bytes");
            assertArrayEquals(ProjectWriter.toBytes(ProjectStore.load(file)), Files.readAllBytes(file));
            assertFalse(Files.exists(ProjectLock.lockFileOf(file)), "round " + round + ": no lock left behind");
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftAsItWas() throws Exception {
        byte[] future = fixture("v3-from-the-future.sectorscope.json");
        Path file = write("future.sectorscope.json", future);
        assertEquals(Cli.INVALID, migrate(file));
        assertEquals("", out());
        assertEquals("error: " + file + ": written by a newer Sectorscope (schema version 3); not migrated\n", err());
        assertArrayEquals(future, Files.readAllBytes(file));
        assertFalse(Files.exists(AtomicFileWriter.backupOf(file)));
    }

    @Test
    void aBrokenFileGivesOneErrorLineAndIsNotTouched() throws Exception {
        byte[] broken = "{\n  \"format\": \"sectorscope-project\",\n  \"schemaVersion\": 1,,\n}\n"
                .getBytes(StandardCharsets.UTF_8);
        Path file = write("broken.sectorscope.json", broken);
        assertEquals(Cli.INVALID, migrate(file));
        List<String> lines = err().lines().toList();
        assertEquals(1, lines.size(), err());
        assertTrue(lines.get(0).startsWith("error: " + file + ": invalid JSON: "), lines.get(0));
        assertTrue(lines.get(0).endsWith("(line 3, column 22)"), lines.get(0));
        assertNoStackTrace(err());
        assertArrayEquals(broken, Files.readAllBytes(file));
        assertFalse(Files.exists(AtomicFileWriter.backupOf(file)));
    }

    @Test
    void everyFileIsTriedAndTheExitStatusSaysWhetherAllSucceeded() throws Exception {
        Path good = write("good.sectorscope.json", fixture("v1.sectorscope.json"));
        Path missing = dir.resolve("missing.sectorscope.json");
        Path future = write("future.sectorscope.json", fixture("v3-from-the-future.sectorscope.json"));
        Path good2 = write("good2.sectorscope.json", handIndented());
        assertEquals(Cli.INVALID, migrate(good, missing, future, good2));
        String first = ProjectFormat.SCHEMA_VERSION == 1 ? "unchanged " + good + UNCHANGED : "migrated " + good + CURRENT;
        assertEquals(first + "\nmigrated " + good2 + CURRENT + "\n", out());
        assertEquals("error: " + missing + ": no such file\n"
                + "error: " + future + ": written by a newer Sectorscope (schema version 3); not migrated\n", err());
        assertNoStackTrace(err());
    }

    @Test
    void theFileIsNamedAsTyped() throws Exception {
        write("typed.sectorscope.json", handIndented());
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("typed.sectorscope.json"));
        assertEquals(Cli.OK, migrate(List.of(relative.toString())));
        assertEquals("migrated " + relative + CURRENT + "\n", out());
    }

    @Test
    void aFolderOrAnInvalidPathIsAnError() throws Exception {
        assertEquals(Cli.INVALID, migrate(List.of(dir.toString(), "bad\0name.json")));
        List<String> lines = err().lines().toList();
        assertEquals("error: " + dir + ": is a folder, not a project file", lines.get(0));
        assertTrue(lines.get(1).startsWith("error: bad"), lines.get(1));
        assertTrue(lines.get(1).contains(": not a valid path ("), lines.get(1));
        assertNoStackTrace(err());
    }

    @Test
    void noFilesIsAUsageError() {
        assertEquals(Cli.USAGE, migrate(List.of()));
        assertEquals("error: migrate needs at least one FILE\nRun 'sectorscope --help' for usage.\n", err());
    }
}
