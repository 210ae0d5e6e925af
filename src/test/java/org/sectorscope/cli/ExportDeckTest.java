package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectStore;

/**
 * {@code export --format deck}: a PPTX deck, or a PDF one when PATH ends in .pdf, of the sections the
 * project file names, through the same guarded path as every export.
 */
class ExportDeckTest {
    @TempDir
    Path dir;

    private Path sample;
    private Project project;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    @BeforeEach
    void copySample() throws Exception {
        project = ProjectStore.loadSample();
        sample = dir.resolve("sample.sectorscope.json");
        ProjectStore.save(project, sample);
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

    private static List<String> titles(Path pptx) throws Exception {
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            return show.getSlides().stream().map(XSLFSlide::getTitle).toList();
        }
    }

    @Test
    void aDeckIsAPptxOfTheProjectsSectionsAndSaysHowManySlides() throws Exception {
        Path out = dir.resolve("brief.pptx");
        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "deck", "--out", out.toString()), err());
        List<String> titles = titles(out);
        assertEquals("exported " + sample + " -> " + out + " (pptx, a briefing deck of " + titles.size() + " slides)\n",
                out());
        assertTrue(titles.contains("A) Win-Win") && titles.contains("Sources"), titles.toString());

        ProjectStore.save(project.withDeck(DeckSections.of(List.of(DeckSection.SENSITIVITY))), sample);
        Path chosen = dir.resolve("chosen.pptx");
        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "DECK", "--out", chosen.toString()), err());
        assertEquals(List.of("What would change the ranking"), titles(chosen).stream().distinct()
                .map(t -> t.replace(" (continued)", "")).distinct().toList(), "only the section the file names");
    }

    @Test
    void aPathEndingInPdfGetsThePdfDeckInTheSlidesSize() throws Exception {
        Path out = dir.resolve("brief.PDF");
        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "deck", "--out", out.toString(),
                "--size", "slide-4x3"), err());
        assertEquals("exported " + sample + " -> " + out + " (pdf, a briefing deck, a page per slide)\n", out());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertTrue(doc.getNumberOfPages() > 10);
            assertEquals(new Dimension(720, 540), new Dimension((int) doc.getPage(0).getMediaBox().getWidth(),
                    (int) doc.getPage(0).getMediaBox().getHeight()));
        }
    }

    @Test
    void anExistingFileIsNeverReplacedWithoutForceAndKeptAsABackupWithIt() throws Exception {
        Path out = dir.resolve("brief.pptx");
        Files.write(out, new byte[] {1, 2, 3});
        assertEquals(Cli.INVALID, run("export", sample.toString(), "--format", "deck", "--out", out.toString()));
        assertEquals("error: " + out + " exists; use --force to replace it\n", err());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out));
        assertEquals(Cli.OK, run("export", sample.toString(), "--format", "deck", "--out", out.toString(), "--force"),
                err());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("brief.pptx.bak")));
        assertTrue(titles(out).size() > 10);
    }

    @Test
    void theHelpNamesTheDeck() {
        assertEquals(Cli.OK, run("export", "--help"));
        assertTrue(out().contains("--format=png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck"), out());
        assertTrue(out().replaceAll("\\s+", " ").contains("deck is a PPTX, or a PDF when PATH ends in .pdf"), out());
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out().contains("briefing deck (deck: PPTX, or PDF when"), out());
    }
}
