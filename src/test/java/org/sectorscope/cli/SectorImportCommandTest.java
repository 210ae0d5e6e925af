package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.ProjectStore;

/** {@code sectorscope import-sectors FILE CSV --out PATH}: the window's import rules, headless. */
class SectorImportCommandTest {
    @TempDir
    Path dir;
    private Path project;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        project = dir.resolve("p.sectorscope.json");
        ProjectStore.save(TestProjects.small(), project);
    }

    private int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        return new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("in.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void goodRowsAreWrittenToOutAndTheProjectFileIsLeftAlone() throws Exception {
        Path csv = csv("name,driver,x,y\nBatteries,Market-oriented,-0.3,0.4\nBiotech,Mixed,0.5,0.6\n");
        Path out = dir.resolve("out.sectorscope.json");
        byte[] before = Files.readAllBytes(project);
        assertEquals(Cli.OK, run("import-sectors", project.toString(), csv.toString(), "--out", out.toString()),
                err());
        assertEquals("imported 1 new, skipped 1, 0 unchanged; wrote " + out + "\n", out());
        Project written = ProjectStore.load(out);
        assertEquals(5, written.sectors().size());
        assertEquals("Market-oriented", written.driverNameOf(written.sectors().get(4)));
        assertEquals("Market-oriented", written.driverNameOf(written.sector(TestProjects.BIOTECH).orElseThrow()),
                "skipped without --update");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(project)));

        assertEquals(Cli.OK, run("import-sectors", project.toString(), csv.toString(), "--update", "--force", "--out",
                out.toString()), err());
        assertEquals("Mixed", ProjectStore.load(out).driverNameOf(ProjectStore.load(out)
                .sector(TestProjects.BIOTECH).orElseThrow()));
    }

    @Test
    void everyProblemRowIsPrintedWithItsLineAndNothingIsWritten() throws Exception {
        Path csv = csv("name,x,y,quadrant,driver\nOne,abc,0,,\nTwo,,,E,\nOne,,,,\nThree,,,,Provincial\nFour,,,,\n");
        Path out = dir.resolve("out.sectorscope.json");
        assertEquals(Cli.INVALID, run("import-sectors", project.toString(), csv.toString(), "--out", out.toString()));
        assertEquals("error: " + csv + ":2: x \"abc\" is not a number\n"
                + "error: " + csv + ":3: the quadrant \"E\" is not one of A, B, C, D\n"
                + "error: " + csv + ":4: the name \"One\" is already used by the row on line 2\n"
                + "error: " + csv + ":5: the driver \"Provincial\" is not in the project; add it, or change"
                + " the row (--add-drivers adds it)\n"
                + "error: 4 rows have problems; nothing was written\n", err());
        assertFalse(Files.exists(out));
    }

    @Test
    void addDriversAddsTheMissingDriverOnce() throws Exception {
        Path csv = csv("name,driver,quadrant\nThree,Provincial,B\nFive,provincial,B\n");
        Path out = dir.resolve("out.sectorscope.json");
        assertEquals(Cli.OK, run("import-sectors", project.toString(), csv.toString(), "--add-drivers", "--out",
                out.toString()), err());
        Project written = ProjectStore.load(out);
        assertEquals(4, written.drivers().size());
        assertTrue(out().endsWith("added 1 drivers; wrote " + out + "\n"), out());
        assertEquals("B", written.quadrantOf(written.sectors().get(5)).orElseThrow().letter());
    }

    @Test
    void anExistingOutIsNeverReplacedWithoutForceNorOneHeldByAWindow() throws Exception {
        Path csv = csv("name\nBatteries\n");
        assertEquals(Cli.INVALID, run("import-sectors", project.toString(), csv.toString(), "--out", project.toString()));
        assertEquals("error: " + project + ": already exists; nothing was written (use --force to replace it)\n", err());
        try (ProjectLock held = ProjectLock.acquire(project)) {
            assertEquals(Cli.INVALID, run("import-sectors", project.toString(), csv.toString(), "--force", "--out",
                    project.toString()));
            assertTrue(err().contains("is open in Sectorscope"), err());
        }
        assertEquals(4, ProjectStore.load(project).sectors().size());
        assertEquals(Cli.OK, run("import-sectors", project.toString(), csv.toString(), "--force", "--out",
                project.toString()), err());
        assertEquals(5, ProjectStore.load(project).sectors().size());
        assertTrue(Files.exists(dir.resolve("p.sectorscope.json.bak")), "the old bytes are kept");
    }

    @Test
    void mistakesInTheArgumentsAreUsageErrors() throws Exception {
        Path csv = csv("name\nBatteries\n");
        assertEquals(Cli.USAGE, run("import-sectors", project.toString(), "--out", "x.json"));
        assertTrue(err().startsWith("error: import-sectors needs a project FILE and a CSV"), err());
        assertEquals(Cli.USAGE, run("import-sectors", project.toString(), csv.toString()));
        assertTrue(err().startsWith("error: import-sectors needs --out PATH"), err());
        assertEquals(Cli.INVALID, run("import-sectors", project.toString(), dir.resolve("none.csv").toString(),
                "--out", dir.resolve("o.json").toString()));
        assertEquals("error: " + dir.resolve("none.csv") + ": does not exist\n", err());
    }
}
