package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

class ExporterTest {
    @TempDir
    Path dir;

    private final Project small = TestProjects.small();

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportRequest.Format.class)
    void eachFormatIsWrittenWithItsSignatureAndNoLeftovers(ExportRequest.Format format) throws Exception {
        Path out = dir.resolve("figure." + format.extension());
        List<Double> progress = new ArrayList<>();
        Exporter.export(small, ExportFixtures.request(small, format), out, progress::add);
        byte[] bytes = Files.readAllBytes(out);
        String head = new String(bytes, 0, 8, StandardCharsets.ISO_8859_1);
        switch (format) {
            case PNG -> assertEquals("\u0089PNG\r\n\u001a\n", head);
            case SVG -> assertEquals("<?xml ve", head);
            case PDF, DECK_PDF -> assertEquals("%PDF-", head.substring(0, 5));
            case PPTX, XLSX, DECK -> assertEquals("PK\u0003\u0004", head.substring(0, 4));
            case MD -> assertEquals("# Small ", head);
        }
        assertEquals(List.of("figure." + format.extension()), files(), "no temp file or backup is left");
        assertEquals(0.0, progress.get(0));
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), "progress only moves forward: " + progress);
        }
    }

    @Test
    void anExistingFileIsReplacedWhole() throws Exception {
        Path out = dir.resolve("figure.svg");
        Files.writeString(out, "old");
        Exporter.export(small, ExportFixtures.request(small, ExportRequest.Format.SVG), out);
        assertTrue(Files.readString(out).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertEquals(List.of("figure.svg", "figure.svg.bak"), files(), "the replaced file is kept (issue 12, point 4)");
        assertEquals("old", Files.readString(dir.resolve("figure.svg.bak")));
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path out = dir.resolve("no-such-folder").resolve("figure.png");
        ExportException e = assertThrows(ExportException.class,
                () -> Exporter.export(small, ExportFixtures.request(small, ExportRequest.Format.PNG), out));
        assertEquals("Could not export to " + out + ": the folder " + out.getParent() + " does not exist",
                e.getMessage());
        assertEquals(out, e.file());
    }

    @Test
    void aFolderInTheWayIsNamedInTheMessage() throws Exception {
        Path out = Files.createDirectory(dir.resolve("figure.pdf"));
        ExportException e = assertThrows(ExportException.class,
                () -> Exporter.export(small, ExportFixtures.request(small, ExportRequest.Format.PDF), out));
        assertEquals("Could not export to " + out + ": a folder has that name", e.getMessage());
    }

    @Test
    void aRequestThatDoesNotFitTheProjectLeavesTheOldFileAlone() throws Exception {
        Path out = dir.resolve("compare.png");
        Files.writeString(out, "previous export");
        ExportException e = assertThrows(ExportException.class, () -> Exporter.export(small,
                ExportFixtures.request(small, ExportRequest.Format.PNG).withCompare(List.of(TestProjects.SUBSIDY)), out));
        assertEquals("Could not export to " + out + ": choose 2 to 4 options to compare (1 option was chosen)",
                e.getMessage());
        assertEquals("choose 2 to 4 options to compare (1 option was chosen)", e.problem());
        assertEquals("previous export", Files.readString(out));
        assertEquals(List.of("compare.png"), files());
    }

    @Test
    void theExportedPngIsTheRenderedFigurePlusItsDpiAndTheProject() throws Exception {
        Path out = dir.resolve("figure.png");
        ExportRequest r = ExportFixtures.request(small, ExportRequest.Format.PNG);
        Exporter.export(small, r, out);
        byte[] expected = PngProjectChunk.embed(PngDensity.insert(
                PngExporter.encode(PngExporter.render(Figures.of(small, r), 1)), r.dpi()), small);
        assertArrayEquals(expected, Files.readAllBytes(out), "the same bytes every time for the same request");
    }

    @ParameterizedTest
    @EnumSource(ExportRequest.Format.class)
    void oddTextInEveryViewExportsCleanly(ExportRequest.Format format) throws Exception {
        // Random projects hold control characters, CJK, emoji, quotes and markup in every text field.
        for (long seed = 1; seed <= 6; seed++) {
            Project p = TestProjects.random(seed, 25);
            for (ExportRequest.View view : new ExportRequest.View[] {ExportRequest.View.CANVAS, ExportRequest.View.OPTIONS}) {
                Path out = dir.resolve(seed + "-" + view + "." + format.extension());
                Exporter.export(p, ExportFixtures.request(p, format).withView(view), out);
                // An options CSV of a project with few options is little more than its header.
                assertTrue(Files.size(out) > (format == ExportRequest.Format.CSV_OPTIONS ? 40 : 1000), out.toString());
                if (format == ExportRequest.Format.SVG) {
                    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                    f.newDocumentBuilder().parse(out.toFile()); // well-formed XML despite control characters
                }
            }
        }
    }
}
