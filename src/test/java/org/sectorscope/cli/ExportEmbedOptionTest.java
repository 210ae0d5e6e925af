package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.PngProjectChunk;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Source;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/** Issue 12, point 12 on the command line: {@code export --embed} says how much of the project a PNG carries. */
class ExportEmbedOptionTest {
    private static final String NOTE = "Private: call the ministry contact.";
    private static final String PATH = "/home/analyst/kennedy.pdf";

    @TempDir
    Path dir;
    private Path project;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void saveAProjectWithNotesAndAPath() throws Exception {
        Project p = TestProjects.small();
        ProjectInfo i = p.info();
        p = p.withInfo(new ProjectInfo(i.id(), i.title(), i.subtitle(), i.author(), i.sourceLine(), NOTE, i.extras()));
        Source k = p.source(TestProjects.KENNEDY).orElseThrow();
        p = p.withSources(List.of(new Source(k.id(), k.author(), k.title(), k.container(), k.publisher(), k.date(),
                k.url(), k.chapter(), k.pages(), PATH, k.extras()), p.sources().get(1)));
        project = dir.resolve("p.sectorscope.json");
        ProjectStore.save(p, project);
    }

    private int export(Path png, String... more) {
        out.reset();
        err.reset();
        List<String> args = new ArrayList<>(List.of("export", project.toString(), "--format", "png", "--out",
                png.toString()));
        args.addAll(List.of(more));
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
    }

    private String text(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }

    @Test
    void withoutTheOptionThePngCarriesTheWholeProjectAsBefore() throws Exception {
        Path png = dir.resolve("full.png");
        assertEquals(Cli.OK, export(png), err.toString());
        assertEquals(ProjectStore.load(project), PngProjectChunk.read(png).orElseThrow());
        assertEquals("exported " + project + " -> " + png + " (png, 1200x800)\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void figureOnlyCarriesNothing() throws Exception {
        Path png = dir.resolve("figure.png");
        assertEquals(Cli.OK, export(png, "--embed", "figure-only"), err.toString());
        assertEquals(Optional.empty(), PngProjectChunk.read(png));
        assertFalse(text(png).contains(PngProjectChunk.KEYWORD));
        assertEquals("exported " + project + " -> " + png + " (png, 1200x800, carrying nothing but the figure)\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noNotesAndNoPathsLeaveThemOut() throws Exception {
        Path png = dir.resolve("shared.png");
        assertEquals(Cli.OK, export(png, "--embed=no-notes,no-paths"), err.toString());
        Project carried = PngProjectChunk.read(png).orElseThrow();
        assertNull(carried.info().notes());
        assertNull(carried.source(TestProjects.KENNEDY).orElseThrow().file());
        assertTrue(carried.sectors().stream().flatMap(s -> s.evidence().stream()).map(Evidence::note)
                .allMatch(n -> n == null || n.equals("(note left out)")));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith(
                "(png, 1200x800, carrying the project without notes or local file paths)\n"));

        Path noNotes = dir.resolve("no-notes.png");
        assertEquals(Cli.OK, export(noNotes, "--embed", "no-notes"));
        assertEquals(PATH, PngProjectChunk.read(noNotes).orElseThrow().source(TestProjects.KENNEDY).orElseThrow().file());
    }

    @Test
    void anUnknownValueIsAUsageError() {
        Path png = dir.resolve("x.png");
        assertEquals(Cli.USAGE, export(png, "--embed", "everything"));
        assertEquals("error: unknown --embed 'everything'; use full, figure-only, no-notes, no-paths or "
                + "no-notes,no-paths\n", err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(png));
        assertEquals(Cli.USAGE, export(png, "--embed"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: --embed needs a value; use full"));
    }

    @Test
    void theHelpNamesTheOption() {
        out.reset();
        new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(new String[] {"--help"});
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--embed full|figure-only|no-notes|no-paths"));
    }
}
