package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/** {@code sectorscope diff A B}: the semantic diff as lines or JSON, with diff(1)'s exit status. */
class DiffCommandTest {
    @TempDir
    Path dir;
    private Path a;
    private Path b;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        a = dir.resolve("a.sectorscope.json");
        b = dir.resolve("b.sectorscope.json");
        ProjectStore.save(TestProjects.small(), a);
        Project moved = TestProjects.small().withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.3, -0.7))
                .withName("Chips\tand wafers"));
        ProjectStore.save(moved, b);
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

    @Test
    void equalFilesPrintNothingAndExitZero() {
        assertEquals(Cli.OK, run("diff", a.toString(), a.toString()));
        assertEquals("", out());
    }

    @Test
    void changesAreOneLineEachAndExitOne() {
        assertEquals(DiffCommand.DIFFERENT, run("diff", a.toString(), b.toString()));
        assertEquals("sector-renamed\tsector-chips\tChips\\tand wafers: Semiconductors -> Chips\\tand wafers\n"
                + "sector-changed-quadrant\tsector-chips\tChips\\tand wafers: B (-0.4, -0.7) -> D (0.3, -0.7)\n", out());
    }

    @Test
    void jsonIsReadableByAJsonParser() throws Exception {
        assertEquals(DiffCommand.DIFFERENT, run("diff", a.toString(), b.toString(), "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out());
        assertEquals(false, root.get("equal").asBoolean());
        assertEquals(2, root.get("changes").size());
        JsonNode move = root.get("changes").get(1);
        assertEquals("sector-changed-quadrant", move.get("kind").asText());
        assertEquals("D (0.3, -0.7)", move.get("to").asText());
        assertTrue(move.get("detail").isNull());
        assertEquals(Cli.OK, run("diff", a.toString(), a.toString(), "--format", "json"));
        assertEquals(true, new ObjectMapper().readTree(out()).get("equal").asBoolean());
    }

    @Test
    void troubleExitsTwo() throws Exception {
        assertEquals(DiffCommand.TROUBLE, run("diff", a.toString(), dir.resolve("none.json").toString()));
        assertEquals("error: " + dir.resolve("none.json") + ": no such file\n",
                errBytes.toString(StandardCharsets.UTF_8));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{");
        assertEquals(DiffCommand.TROUBLE, run("diff", broken.toString(), a.toString()));
        assertEquals(Cli.USAGE, run("diff", a.toString()));
        assertEquals(Cli.USAGE, run("diff", a.toString(), b.toString(), "--format", "xml"));
    }
}
