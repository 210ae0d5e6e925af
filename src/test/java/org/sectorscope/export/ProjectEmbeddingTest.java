package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectWriter;

/**
 * Issue 12, point 12: an exported PNG carries the whole project only when asked (the default), less
 * when notes or local paths are left out, and nothing for the figure only.
 */
class ProjectEmbeddingTest {
    static final String SECRET_NOTE = "Ask the ministry contact again; not for circulation.";
    static final String PRIVATE_PATH = "/home/analyst/private/kennedy-annotated.pdf";

    @TempDir
    Path dir;

    /** The small project with what a PNG should be able to leave out: notes, local paths, unknown fields. */
    static Project withPrivateParts() {
        Project p = TestProjects.small();
        ProjectInfo i = p.info();
        p = p.withInfo(new ProjectInfo(i.id(), i.title(), i.subtitle(), i.author(), i.sourceLine(),
                "Project notes: " + SECRET_NOTE, i.extras()));
        p = p.withSector(TestProjects.SOLAR, s -> s.withEvidence(s.evidence().stream().map(e -> e.quote() == null ? e
                : new Evidence(e.id(), e.quote(), SECRET_NOTE, e.sourceId(), e.page(), e.reliability(),
                        e.credibility(), e.bearing(), e.tags(), e.added(), Extras.of(Map.of("reviewer", "J. Doe"))))
                .toList()));
        Source kennedy = p.source(TestProjects.KENNEDY).orElseThrow();
        Source naughton = p.source(TestProjects.NAUGHTON).orElseThrow();
        return p.withSources(List.of(
                new Source(kennedy.id(), kennedy.author(), kennedy.title(), kennedy.container(), kennedy.publisher(),
                        kennedy.date(), kennedy.url(), kennedy.chapter(), kennedy.pages(), PRIVATE_PATH, kennedy.extras()),
                new Source(naughton.id(), naughton.author(), naughton.title(), null, null, naughton.date(),
                        "file:///home/analyst/private/naughton.pdf", null, null, null, naughton.extras())));
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }

    @Test
    void theWholeProjectIsTheCanonicalFileAsBefore() {
        Project p = withPrivateParts();
        assertArrayEquals(ProjectWriter.toBytes(p), ProjectEmbedding.FULL.json(p).orElseThrow());
        assertTrue(ProjectEmbedding.FULL.isFull());
        assertEquals("the whole project", ProjectEmbedding.FULL.describe());
    }

    @Test
    void leavingOutNotesRemovesEveryNoteAndKeepsEachItemsGradeAndBearing() {
        Project p = withPrivateParts();
        ProjectEmbedding noNotes = ProjectEmbedding.FULL.withNotes(false);
        Project carried = noNotes.reduced(p);
        assertNull(carried.info().notes());
        String json = text(noNotes.json(p).orElseThrow());
        assertFalse(json.contains(SECRET_NOTE), json);
        assertFalse(json.contains("Cheaper panels helped buyers everywhere."), "a note-only item's note too");
        assertFalse(json.contains("J. Doe"), "unknown fields are left out with them");
        Sector solar = carried.sector(TestProjects.SOLAR).orElseThrow();
        Evidence noteOnly = solar.evidence().get(1);
        assertEquals(ProjectEmbedding.NOTE_LEFT_OUT, noteOnly.note());
        assertEquals(p.sector(TestProjects.SOLAR).orElseThrow().evidence().get(1).grade(), noteOnly.grade());
        assertEquals(p.evidenceCount(), carried.evidenceCount(), "the figure reopens with the same support");
        assertTrue(json.contains(PRIVATE_PATH), "paths stay unless left out too");
        assertEquals("the project without notes", noNotes.describe());
    }

    @Test
    void leavingOutLocalPathsRemovesFilesAndFileUrlsButNotWebAddresses() {
        Project p = withPrivateParts();
        ProjectEmbedding noPaths = ProjectEmbedding.FULL.withLocalPaths(false);
        String json = text(noPaths.json(p).orElseThrow());
        assertFalse(json.contains("/home/analyst"), json);
        assertTrue(json.contains("https://example.org/kennedy"), json);
        assertTrue(json.contains(SECRET_NOTE), "notes stay unless left out too");
        assertEquals("the project without local file paths", noPaths.describe());
        assertEquals(ProjectEmbedding.noteCount(TestProjects.small()) + 2, ProjectEmbedding.noteCount(p),
                "the project's notes and one more item's");
        assertEquals(2, ProjectEmbedding.localPathCount(p));
    }

    @Test
    void aFigureOnlyPngCarriesNothingAndAReducedOneReopensWithoutThePrivateParts() throws Exception {
        Project p = withPrivateParts();
        ExportRequest png = ExportRequest.defaults(p, ExportRequest.Format.PNG);
        Path figureOnly = dir.resolve("figure-only.png");
        Exporter.export(p, png, ProjectEmbedding.FIGURE_ONLY, figureOnly, null);
        assertEquals(Optional.empty(), PngProjectChunk.read(figureOnly));
        assertFalse(text(Files.readAllBytes(figureOnly)).contains(PngProjectChunk.KEYWORD));

        Path both = dir.resolve("both.png");
        Exporter.export(p, png, new ProjectEmbedding(true, false, false), both, null);
        Project reopened = PngProjectChunk.read(both).orElseThrow();
        assertEquals(p.sectors().size(), reopened.sectors().size());
        assertNull(reopened.info().notes());
        assertNull(reopened.source(TestProjects.KENNEDY).orElseThrow().file());
        assertNull(reopened.source(TestProjects.NAUGHTON).orElseThrow().url());

        Path whole = dir.resolve("whole.png");
        Exporter.export(p, png, whole);
        assertEquals(Optional.of(p), PngProjectChunk.read(whole), "the default still carries everything");
    }

    @Test
    void theCommandLinesWordsAreParsed() {
        assertEquals(Optional.of(ProjectEmbedding.FULL), ProjectEmbedding.parse("full"));
        assertEquals(Optional.of(ProjectEmbedding.FIGURE_ONLY), ProjectEmbedding.parse("Figure-Only"));
        assertEquals(Optional.of(new ProjectEmbedding(true, false, true)), ProjectEmbedding.parse("no-notes"));
        assertEquals(Optional.of(new ProjectEmbedding(true, true, false)), ProjectEmbedding.parse("no-paths"));
        assertEquals(Optional.of(new ProjectEmbedding(true, false, false)), ProjectEmbedding.parse("no-notes,no-paths"));
        for (String bad : List.of("", "none", "full,no-notes", "no-notes,", "figure-only,no-paths")) {
            assertEquals(Optional.empty(), ProjectEmbedding.parse(bad), bad);
        }
        assertEquals(ProjectEmbedding.FIGURE_ONLY, new ProjectEmbedding(false, true, true),
                "nothing carried means no notes or paths either");
    }
}
