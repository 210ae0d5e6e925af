package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.EditEditionsCommand;
import org.sectorscope.logic.Editions;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/** Issue 15: {@code export --moved-since EDITION} draws the trails since an edition, named by name or id. */
class ExportMovedSinceOptionTest {
    @TempDir
    Path dir;
    private Path project;
    private Edition edition;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void saveAProjectWithAnEditionAndAMoveSince() throws Exception {
        Project p = TestProjects.small();
        edition = Editions.take(p, "Brief, December 2026", Instant.parse("2026-12-02T10:00:00Z"));
        p = EditEditionsCommand.add(p, edition).apply(p)
                .withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.3, -0.7)));
        project = dir.resolve("p.sectorscope.json");
        ProjectStore.save(p, project);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void anEditionNamedByNameOrIdGivesTheLegendLine() throws Exception {
        Path svg = dir.resolve("a.svg");
        assertEquals(Cli.OK, run("export", project.toString(), "--format", "svg", "--out", svg.toString(),
                "--moved-since", "brief, december 2026"), err.toString());
        assertTrue(Files.readString(svg).contains("Moved since Brief, December 2026"));
        Path byId = dir.resolve("b.svg");
        assertEquals(Cli.OK, run("export", project.toString(), "--format", "svg", "--out", byId.toString(),
                "--moved-since", edition.id()), err.toString());
        assertTrue(Files.readString(byId).contains("Moved since Brief, December 2026"));
        Path plain = dir.resolve("c.svg");
        assertEquals(Cli.OK, run("export", project.toString(), "--format", "svg", "--out", plain.toString()));
        assertFalse(Files.readString(plain).contains("Moved since"));
    }

    @Test
    void anUnknownEditionIsAnErrorNamingTheOnesThereAre() {
        Path svg = dir.resolve("x.svg");
        assertEquals(Cli.INVALID, run("export", project.toString(), "--format", "svg", "--out", svg.toString(),
                "--moved-since", "March"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no edition \"March\" (the file has \"Brief, December 2026\")"),
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(svg));
    }
}
