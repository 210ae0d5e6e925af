package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/** {@code sectorscope merge BASE OURS THEIRS}: exit status 0 clean, 1 conflicts, 2 nothing written. */
class MergeCommandTest {
    @TempDir
    Path dir;
    private Path base;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        base = save("base.sectorscope.json", TestProjects.small());
    }

    private Path save(String name, Project p) throws Exception {
        Path file = dir.resolve(name);
        ProjectStore.save(p, file);
        Files.deleteIfExists(dir.resolve(name + ".bak"));
        return file;
    }

    private static Project moved(String sectorId, double x, double y) {
        return TestProjects.small().withSector(sectorId, s -> s.withPosition(new Position(x, y)));
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

    @Test
    void aCleanMergeWritesOursAndExitsZero() throws Exception {
        Path ours = save("ours.sectorscope.json", moved(TestProjects.CHIPS, 0.3, -0.7));
        Path theirs = save("theirs.sectorscope.json", moved(TestProjects.SOLAR, -0.2, 0.9));
        assertEquals(Cli.OK, run("merge", base.toString(), ours.toString(), theirs.toString()), err());
        assertEquals("", out());
        Project merged = ProjectStore.load(ours);
        assertEquals(0.3, merged.sector(TestProjects.CHIPS).orElseThrow().position().x());
        assertEquals(0.9, merged.sector(TestProjects.SOLAR).orElseThrow().position().y());
        assertTrue(Files.exists(dir.resolve("ours.sectorscope.json.bak")), "the replaced OURS is kept");
        assertEquals(Cli.OK, run("validate", ours.toString()), err());
    }

    @Test
    void conflictsAreListedOneALineTheFileStaysValidAndTheExitIsOne() throws Exception {
        Path ours = save("ours.sectorscope.json", moved(TestProjects.CHIPS, 0.3, -0.7));
        Path theirs = save("theirs.sectorscope.json", moved(TestProjects.CHIPS, 0.6, 0.6));
        Path out = dir.resolve("out.sectorscope.json");
        byte[] oursBefore = Files.readAllBytes(ours);
        assertEquals(MergeCommand.CONFLICTS, run("merge", base.toString(), ours.toString(), theirs.toString(),
                "-o", out.toString(), "--no-backup"));
        assertEquals(List.of("conflict\tconflict-1\tSemiconductors: position"), out().lines().toList());
        assertTrue(err().contains("Resolve Conflicts"), err());
        assertArrayEquals(oursBefore, Files.readAllBytes(ours), "with -o, OURS is left alone");
        String text = Files.readString(out);
        assertFalse(text.contains("<<<<<<<"));
        assertEquals(1, ProjectStore.load(out).teamwork().conflicts().size());
        assertEquals(Cli.OK, run("validate", out.toString()), err());
    }

    @Test
    void unrelatedProjectsAreRefusedWithExitTwoAndNothingWritten() throws Exception {
        Project other = Project.empty("Someone else's"); // a new id and no sectors
        Path ours = save("ours.sectorscope.json", moved(TestProjects.CHIPS, 0.3, -0.7));
        Path theirs = save("theirs.sectorscope.json", other);
        byte[] before = Files.readAllBytes(ours);
        assertEquals(MergeCommand.TROUBLE, run("merge", base.toString(), ours.toString(), theirs.toString()));
        assertTrue(err().startsWith("error: ") && err().contains("not a version of the same project"), err());
        assertArrayEquals(before, Files.readAllBytes(ours));
    }

    @Test
    void anUnreadableFileOrTooFewFilesIsExitTwo() throws Exception {
        Path ours = save("ours.sectorscope.json", TestProjects.small());
        Path broken = dir.resolve("broken.sectorscope.json");
        Files.writeString(broken, "{ not json");
        assertEquals(MergeCommand.TROUBLE, run("merge", base.toString(), ours.toString(), broken.toString()));
        assertTrue(err().contains("broken.sectorscope.json"), err());
        assertEquals(Cli.USAGE, run("merge", base.toString(), ours.toString()));
        assertTrue(err().contains("merge needs three project files"), err());
    }

    @Test
    void helpNamesTheFormAndTheExitStatus() {
        assertEquals(Cli.OK, run("merge", "--help"));
        assertTrue(out().startsWith("Usage: sectorscope merge BASE OURS THEIRS [-o OUT] [--no-backup]\n"), out());
        assertTrue(out().contains("Exit status 0 if merged cleanly, 1 if merged with"), out());
        assertEquals(Cli.OK, run("text", "--help"));
        assertTrue(out().startsWith("Usage: sectorscope text FILE\n"), out());
    }
}
