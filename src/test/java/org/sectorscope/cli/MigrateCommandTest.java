package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.ProjectFormat;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.ProjectWriter;

/** {@code sectorscope migrate FILE...}, run in-process on temporary copies of the example files. */
class MigrateCommandTest {
    private static final String CURRENT = " (version 1 -> " + ProjectFormat.SCHEMA_VERSION + ")";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int migrate(Path... files) {
        return migrate(java.util.Arrays.stream(files).map(Path::toString).toList());
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
    void aCurrentCanonicalFileIsRewrittenAnyway() throws Exception {
        byte[] canonical = fixture("v1.sectorscope.json");
        Path file = write("current.sectorscope.json", canonical);
        assertEquals(Cli.OK, migrate(file));
        assertEquals("migrated " + file + CURRENT + "\n", out());
        assertArrayEquals(canonical, Files.readAllBytes(AtomicFileWriter.backupOf(file)));
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftAsItWas() throws Exception {
        byte[] future = fixture("v2-from-the-future.sectorscope.json");
        Path file = write("future.sectorscope.json", future);
        assertEquals(Cli.INVALID, migrate(file));
        assertEquals("", out());
        assertEquals("error: " + file + ": written by a newer Sectorscope (schema version 2); not migrated\n", err());
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
        Path future = write("future.sectorscope.json", fixture("v2-from-the-future.sectorscope.json"));
        Path good2 = write("good2.sectorscope.json", handIndented());
        assertEquals(Cli.INVALID, migrate(good, missing, future, good2));
        assertEquals("migrated " + good + CURRENT + "\nmigrated " + good2 + CURRENT + "\n", out());
        assertEquals("error: " + missing + ": no such file\n"
                + "error: " + future + ": written by a newer Sectorscope (schema version 2); not migrated\n", err());
        assertNoStackTrace(err());
    }

    @Test
    void theFileIsNamedAsTyped() throws Exception {
        write("typed.sectorscope.json", fixture("v1.sectorscope.json"));
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
