package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/** The PDF deck read back with PDFBox: a page per slide at the slide's size, its fonts embedded, its text. */
class BriefingDeckPdfTest {
    private static PDDocument read(Project p, ExportRequest r) throws Exception {
        return Loader.loadPDF(ExportFixtures.bytes(p, r));
    }

    private static ExportRequest pdf(Project p) {
        return ExportFixtures.request(p, ExportRequest.Format.DECK_PDF);
    }

    @Test
    void aPagePerSlideOfTheSlidesSizeWithEveryTitleAndSector() throws Exception {
        Project p = ExportFixtures.sample();
        ExportRequest r = pdf(p);
        List<String> titles = BriefingDeckPptxTest.laidOutTitles(p, r);
        try (PDDocument doc = read(p, r)) {
            assertEquals(titles.size(), doc.getNumberOfPages());
            for (PDPage page : doc.getPages()) {
                assertEquals(960, page.getMediaBox().getWidth(), 0.01);
                assertEquals(540, page.getMediaBox().getHeight(), 0.01);
            }
            assertEquals(p.info().title(), doc.getDocumentInformation().getTitle());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < titles.size(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String page = stripper.getText(doc).replaceAll("\\s+", " ");
                String title = titles.get(i) == null ? p.info().title() : titles.get(i);
                assertTrue(page.contains(title), "page " + (i + 1) + " shows " + title + ": " + page);
            }
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (Sector s : p.sectors()) {
                assertTrue(all.contains(s.name()), s.name());
            }
            for (PolicyOption o : p.options()) {
                assertTrue(all.contains(o.name().replaceAll("\\s+", " ")), o.name());
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        Project p = ExportFixtures.small();
        try (PDDocument doc = read(p, pdf(p))) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                fonts += assertEmbedded(page.getResources());
            }
            assertTrue(fonts >= doc.getNumberOfPages(), "text on every page, in embedded fonts: " + fonts);
        }
    }

    /** The fonts of {@code resources} and of the forms they hold, each embedded; how many there were. */
    private static int assertEmbedded(PDResources resources) throws Exception {
        if (resources == null) {
            return 0;
        }
        int count = 0;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            count++;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                count += assertEmbedded(form.getResources());
            }
        }
        return count;
    }

    @Test
    void aLongDeckHasAsManyPagesAsThePptxHasSlides() throws Exception {
        Project p = BriefingDeckPptxTest.crowded(60, 40);
        ExportRequest r = pdf(p);
        try (PDDocument doc = read(p, r)) {
            assertEquals(BriefingDeckPptxTest.laidOutTitles(p, r).size(), doc.getNumberOfPages());
            String all = new PDFTextStripper().getText(doc);
            assertTrue(all.contains("A) Win-Win (continued)"));
            assertTrue(all.contains("Extra sector 59"));
            assertTrue(all.contains("Extra option 39"));
        }
    }
}
