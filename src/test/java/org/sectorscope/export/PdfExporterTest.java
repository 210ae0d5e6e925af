package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.FigureCredits;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

class PdfExporterTest {
    /** Every font used on the page, in its resources and those of the forms it draws. */
    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> out = new ArrayList<>();
        if (resources == null) {
            return out;
        }
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                out.addAll(fonts(form.getResources()));
            }
        }
        return out;
    }

    @Test
    void theSampleIsOnePageOfExtractableTextInEmbeddedFonts() throws Exception {
        Project p = ExportFixtures.sample();
        // The sample carries no source line of its own: the line is composed from who placed what.
        String credits = FigureCredits.sourceLine(p, p.sectors());
        byte[] pdf = ExportFixtures.bytes(p, ExportFixtures.request(p, ExportRequest.Format.PDF).withSourceLine(credits));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(1200, page.getMediaBox().getWidth(), 0.01, "FIT: the page is the figure");
            assertEquals(800, page.getMediaBox().getHeight(), 0.01);
            List<PDFont> fonts = fonts(page.getResources());
            assertEquals(List.of("DejaVuSans", "DejaVuSans-Bold"),
                    fonts.stream().map(f -> f.getName().substring(f.getName().indexOf('+') + 1)).sorted().toList());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName() + " is embedded");
            }
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("China's Uneven High-Tech Drive"), text);
            for (Sector s : p.sectors()) {
                assertTrue(text.contains(s.name()), s.name());
            }
            for (Quadrant q : p.framework().quadrants()) {
                assertTrue(text.contains(q.label()), q.label());
            }
            assertTrue(text.contains(credits), credits + " in " + text);
            assertEquals("China's Uneven High-Tech Drive", doc.getDocumentInformation().getTitle());
            assertEquals("Sectorscope", doc.getDocumentInformation().getCreator());
        }
    }

    @Test
    void letterAndA4AreLandscapePages() throws Exception {
        Project p = ExportFixtures.small();
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.PDF);
        try (PDDocument letter = Loader.loadPDF(ExportFixtures.bytes(p, r.withPage(ExportRequest.Page.LETTER_LANDSCAPE)));
             PDDocument a4 = Loader.loadPDF(ExportFixtures.bytes(p, r.withPage(ExportRequest.Page.A4_LANDSCAPE)))) {
            assertEquals(792, letter.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(612, letter.getPage(0).getMediaBox().getHeight(), 0.01);
            assertEquals(841.89, a4.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(595.28, a4.getPage(0).getMediaBox().getHeight(), 0.01);
            String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
            assertTrue(text.contains("Small test project"), text);
            assertTrue(text.contains("Commercial aircraft"), text);
        }
    }

    @Test
    void theFigureIsScaledIntoTheMarginsAndCentred() {
        Figure f = new FigureRenderer(ExportFixtures.small(), ExportFixtures.request(ExportFixtures.small(),
                ExportRequest.Format.PDF));
        var letter = PdfExporter.pageSize(ExportRequest.Page.LETTER_LANDSCAPE, f);
        // 1200 x 800 into 720 x 540: the width decides, 0.6.
        double scale = Math.min((letter.getWidth() - 2 * PdfExporter.MARGIN) / f.width(),
                (letter.getHeight() - 2 * PdfExporter.MARGIN) / f.height());
        assertEquals(0.6, scale, 1e-6);
    }
}
