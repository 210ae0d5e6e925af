package org.sectorscope.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;

/** Projects, requests and small readers shared by the export tests. */
final class ExportFixtures {
    static final LocalDate DATE = LocalDate.of(2026, 11, 29);

    private ExportFixtures() {
    }

    static Project small() {
        return TestProjects.small();
    }

    static Project sample() throws ProjectFileException {
        return ProjectStore.loadSample();
    }

    /** Names in right-to-left scripts and emoji, XML's specials, and the longest name the model takes. */
    static final List<String> HOSTILE_NAMES = List.of("\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD",
            "\u0627\u0644\u0635\u064A\u0646 \u0648\u0627\u0644\u062A\u0642\u0646\u064A\u0629",
            "Chips \uD83D\uDE80\uD83C\uDDE8\uD83C\uDDF3 and \uD83D\uDC69\u200D\uD83D\uDD2C",
            "<b>&amp; ]]> \"quoted\" 'apostrophe' --> %% tag", "Long " + "x".repeat(195));

    /**
     * The sample with its first sectors named {@link #HOSTILE_NAMES}, a control character in another where
     * the model takes one; the model caps names at 200, so {@link #hostileRequest} brings 2,000 characters.
     */
    static Project hostile() throws ProjectFileException {
        Project p = sample();
        List<Sector> sectors = new ArrayList<>(p.sectors());
        for (int i = 0; i < HOSTILE_NAMES.size(); i++) {
            sectors.set(i, sectors.get(i).withName(HOSTILE_NAMES.get(i)));
        }
        try {
            sectors.set(HOSTILE_NAMES.size(), sectors.get(HOSTILE_NAMES.size()).withName("Bell\u0007 and \u0001 start"));
        } catch (IllegalArgumentException refused) {
            // The model refuses control characters in names; the exporters' own cleaning is tested elsewhere.
        }
        return p.withSectors(sectors);
    }

    /** The request with a title of 2,000 characters and a right-to-left subtitle, as {@link #hostile()} needs. */
    static ExportRequest hostileRequest(Project p, ExportRequest.Format format) {
        return request(p, format).withTitle("T" + "itle ".repeat(400).substring(1) + "!")
                .withSubtitle("\u0627\u0644\u0635\u064A\u0646 " + "subtitle ".repeat(100) + "]]>");
    }

    /** Every XML part of a package (.xml and .rels), by name. */
    static Map<String, String> xmlParts(byte[] zip) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    static ExportRequest request(Project p, ExportRequest.Format format) {
        return ExportRequest.defaults(p, format).withDate(DATE);
    }

    static byte[] bytes(Project p, ExportRequest r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (r.format()) {
            case PNG -> PngExporter.write(p, r, out, Progress.NONE);
            case SVG -> SvgExporter.write(p, r, out, Progress.NONE);
            case PDF -> PdfExporter.write(p, r, out, Progress.NONE);
            case PPTX, PPTX_PICTURE -> PptxExporter.write(p, r, ProjectEmbedding.FULL, out, Progress.NONE);
            case XLSX -> XlsxWorkbook.write(p, ProjectEmbedding.FULL, out);
            case MD -> MarkdownMemo.write(p, r, out);
            case MERMAID -> MermaidQuadrantChart.write(p, r, out);
            case CSV_OPTIONS -> CsvTables.writeOptions(p, out);
            case CSV_EVIDENCE -> CsvTables.writeEvidence(p, out);
            case DECK -> DeckPptx.write(p, r, out, Progress.NONE);
            case DECK_PDF -> DeckPdf.write(p, r, out, Progress.NONE);
        }
        return out.toByteArray();
    }

    static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The colour at (x, y) with its alpha. */
    static Color pixel(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) Math.floor(x), (int) Math.floor(y)), true);
    }

    static Color rgb(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
