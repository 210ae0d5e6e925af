package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.store.SpecialFiles.DEV_ZERO;
import static org.sectorscope.store.SpecialFiles.LIMIT;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.SpecialFiles;

/**
 * The command line against special files and hostile names (issue 12, points 6, 11 and 14): a named
 * pipe or /dev/zero as FILE is refused at once by every command, {@code export --force} replaces only
 * regular files, {@code --out -} means standard output, and every message and listed name is one line.
 */
class HostileInputCliTest {
    @TempDir
    Path dir;
    private Path fifo;
    private Path good;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws Exception {
        fifo = SpecialFiles.fifo(dir.resolve("pipe.sectorscope.json"));
        good = dir.resolve("good.sectorscope.json");
        ProjectStore.save(TestProjects.small(), good);
    }

    @AfterEach
    void unblockStuckReaders() {
        SpecialFiles.unblock(fifo);
    }

    /** Runs the command line within the time limit: a hang fails the test instead of stalling the build. */
    private int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        return assertTimeoutPreemptively(LIMIT, () -> new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8)).run(args));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandRefusesAPipeAtOnce() {
        String problem = ": is a named pipe (FIFO), not a project file\n";
        assertEquals(Cli.INVALID, run("validate", fifo.toString()));
        assertEquals("error: " + fifo + problem, err());
        assertEquals(Cli.INVALID, run("list", fifo.toString()));
        assertEquals("error: " + fifo + problem, err());
        assertEquals(Cli.INVALID, run("sectors", fifo.toString()));
        assertEquals("error: " + fifo + problem, err());
        assertEquals(Cli.INVALID, run("migrate", fifo.toString()));
        assertEquals("error: " + fifo + problem, err());
        assertEquals(Cli.INVALID, run("export", fifo.toString(), "--format", "svg", "--out",
                dir.resolve("out.svg").toString()));
        assertEquals("error: " + fifo + problem, err());
        assertFalse(Files.isRegularFile(fifo), "still a pipe");
    }

    @Test
    void everyCommandRefusesDevZeroAtOnce() {
        String expected = "error: /dev/zero: is a device, not a project file\n";
        for (String command : List.of("validate", "list", "sectors", "migrate")) {
            assertEquals(Cli.INVALID, run(command, DEV_ZERO.toString()), command);
            assertEquals(expected, err(), command);
        }
        assertEquals(Cli.INVALID, run("export", DEV_ZERO.toString(), "--format", "png", "--out",
                dir.resolve("out.png").toString()));
        assertEquals(expected, err());
    }

    @Test
    void exportForceReplacesOnlyRegularFiles() throws Exception {
        assertEquals(Cli.INVALID, run("export", good.toString(), "--format", "svg", "--out", fifo.toString(), "--force"));
        assertEquals("error: could not export to " + fifo + ": it is a named pipe (FIFO), not a regular file,"
                + " and only regular files are replaced\n", err());
        assertFalse(Files.isRegularFile(fifo), "still a pipe");

        Assumptions.assumeTrue(SpecialFiles.isRoot(), "mknod needs root, which CI has");
        Path device = SpecialFiles.characterDevice(dir.resolve("device"));
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), device);
        for (Path out : List.of(device, link)) {
            assertEquals(Cli.INVALID, run("export", good.toString(), "--format", "png", "--out", out.toString(),
                    "--force"));
            assertEquals("error: could not export to " + out + ": it is a device, not a regular file,"
                    + " and only regular files are replaced\n", err());
            assertFalse(Files.isRegularFile(device), "still a device");
        }
        Path regular = Files.writeString(dir.resolve("old.svg"), "old");
        assertEquals(Cli.OK, run("export", good.toString(), "--format", "svg", "--out", regular.toString(), "--force"));
        assertTrue(Files.readString(regular).contains("<svg"));
    }

    @Test
    void outDashWritesTheFigureToStandardOutputNeverToAFileNamedDash() throws Exception {
        Path dash = Path.of("-");
        boolean dashExisted = Files.exists(dash);
        try {
            assertEquals(Cli.OK, run("export", good.toString(), "--format", "svg", "--out", "-"));
            assertEquals("", err());
            assertTrue(out().startsWith("<?xml") && out().contains("<svg") && out().trim().endsWith("</svg>"),
                    out().substring(0, Math.min(200, out().length())));
            assertEquals(dashExisted, Files.exists(dash), "no file named '-' was written");
            assertEquals(Cli.OK, run("export", good.toString(), "--format", "png", "--out", "-"));
            byte[] png = outBytes.toByteArray();
            assertEquals((byte) 0x89, png[0]);
            assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
            assertEquals(dashExisted, Files.exists(dash), "no file named '-' was written");
        } finally {
            if (!dashExisted) {
                Files.deleteIfExists(dash); // only what the code before the fix left in the working folder
            }
        }
    }

    @Test
    void aNewlineInAPathGivesAOneLineMessage() {
        String out = dir.resolve("no such\nfolder").resolve("figure\r\n.svg").toString();
        assertEquals(Cli.INVALID, run("export", good.toString(), "--format", "svg", "--out", out));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("error: could not export to " + dir + "/no such\\nfolder/figure\\r\\n.svg: "),
                err());
        String missing = dir.resolve("gone\n.sectorscope.json").toString();
        assertEquals(Cli.INVALID, run("validate", missing, "x\ty.json"));
        assertEquals(List.of("error: " + dir + "/gone\\n.sectorscope.json: no such file",
                "error: x\\ty.json: no such file"), err().lines().toList());
    }

    @Test
    void aSectorNameWithTabsOrNewlinesIsOneEscapedRowInList() throws Exception {
        String json = Files.readString(good).replace("\"name\": \"Solar PV\"",
                "\"name\": \"Solar\\tA\\t9\\nB\\tForged\\\\row\"");
        Files.writeString(good, json);
        assertEquals(Cli.OK, run("list", good.toString()));
        List<String> rows = out().lines().toList();
        assertEquals(TestProjects.small().sectors().size(), rows.size(), out());
        assertTrue(rows.stream().anyMatch(r -> r.matches("[A-D/-]+\tSolar\\\\tA\\\\t9\\\\nB\\\\tForged\\\\\\\\row\t\\d+")),
                out());
        rows.forEach(r -> assertEquals(3, r.split("\t", -1).length, r));
    }
}
