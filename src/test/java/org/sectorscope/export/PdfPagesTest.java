package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Extras;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/**
 * No PDF page is larger than PDF allows, 14,400 units a side (issue 12, point 9: 20,000 options made one
 * page 1,040,290 pt tall): a long options table continues on further pages between rows, its header
 * repeated, and every option is on exactly one page.
 */
class PdfPagesTest {
    private static final float LIMIT = 14_400;

    /** The small project with {@code n} options named "Option 00000" and up, scored as its first option. */
    static Project withOptions(int n) {
        Project small = TestProjects.small();
        PolicyOption base = small.options().get(0);
        List<PolicyOption> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            options.add(new PolicyOption(String.format("opt-%05d", i), String.format("Option %05d", i),
                    base.description(), base.sourceId(), base.targets(), base.intendedEffect(), base.scores(),
                    Extras.NONE));
        }
        return new Project(small.info(), small.framework(), small.sources(), small.sectors(), small.criteria(),
                options, Extras.NONE);
    }

    private static ExportRequest options(Project p, ExportRequest.Page page) {
        return ExportFixtures.request(p, ExportRequest.Format.PDF).withView(ExportRequest.View.OPTIONS).withPage(page);
    }

    private static String text(PDDocument doc, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    /** Every option's name once in the whole document, and the header on every page. */
    private static void assertEveryOptionOnceAndTheHeaderOnEveryPage(PDDocument doc, int options) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            String page = text(doc, i);
            if (i < doc.getNumberOfPages() || page.contains("Option ")) {
                assertTrue(page.contains("Growth") && page.contains("Fiscal cost"), "the header on page " + i);
            }
            all.append(page).append(' ');
        }
        for (int i = 0; i < options; i++) {
            String name = String.format("Option %05d", i);
            int first = all.indexOf(name);
            assertTrue(first >= 0 && all.indexOf(name, first + 1) < 0, name + " once");
        }
    }

    @Test
    void aTableTallerThanAPdfPageContinuesOnMorePagesWithItsHeaderRepeated() throws Exception {
        Project p = withOptions(800);
        assertTrue(Figures.of(p, options(p, ExportRequest.Page.FIT)).height() > 2 * LIMIT, "taller than two pages");

        try (PDDocument doc = Loader.loadPDF(ExportFixtures.bytes(p, options(p, ExportRequest.Page.FIT)))) {
            assertTrue(doc.getNumberOfPages() >= 3, doc.getNumberOfPages() + " pages");
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDRectangle box = doc.getPage(i).getMediaBox();
                assertTrue(box.getHeight() <= LIMIT && box.getWidth() <= LIMIT, "page " + (i + 1) + ": " + box);
                assertEquals(1200, box.getWidth(), 0.01, "each page is the figure's width");
            }
            assertTrue(text(doc, 1).contains(TestProjects.TITLE), "the title opens the first page");
            assertTrue(text(doc, 2).contains("(continued)"), text(doc, 2).substring(0, 200));
            String last = text(doc, doc.getNumberOfPages());
            assertTrue(last.contains("Scores: 1 works strongly against the criterion"), "the notes end the last page");
            assertFalse(text(doc, 1).contains("Scores: 1 works strongly"), "and only the last");
            assertEveryOptionOnceAndTheHeaderOnEveryPage(doc, 800);
        }
    }

    @Test
    void onLetterALongTableIsReadableOnMorePagesRatherThanShrunkOntoOne() throws Exception {
        Project p = withOptions(600);
        try (PDDocument doc = Loader.loadPDF(ExportFixtures.bytes(p, options(p, ExportRequest.Page.LETTER_LANDSCAPE)))) {
            assertTrue(doc.getNumberOfPages() > 10, doc.getNumberOfPages() + " pages");
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                assertEquals(792, doc.getPage(i).getMediaBox().getWidth(), 0.01);
                assertEquals(612, doc.getPage(i).getMediaBox().getHeight(), 0.01);
            }
            assertEveryOptionOnceAndTheHeaderOnEveryPage(doc, 600);
        }
    }

    @Test
    void aTableThatFitsWellEnoughStaysOnOnePage() throws Exception {
        Project sample = ExportFixtures.sample();
        for (ExportRequest.Page page : ExportRequest.Page.values()) {
            try (PDDocument doc = Loader.loadPDF(ExportFixtures.bytes(sample, options(sample, page)))) {
                assertEquals(1, doc.getNumberOfPages(), page.toString());
            }
        }
    }

    @Test
    void twentyThousandOptionsMakePagesNoLargerThanTheLimit() {
        Project p = withOptions(20_000);
        Figure figure = Figures.of(p, options(p, ExportRequest.Page.FIT));
        assertTrue(figure.height() > 500_000, "the whole table: " + figure.height());

        List<Figure> pages = PdfExporter.pages(ExportRequest.Page.FIT, figure);

        double total = 0;
        for (Figure page : pages) {
            PDRectangle box = PdfExporter.pageSize(ExportRequest.Page.FIT, page);
            assertTrue(box.getHeight() <= LIMIT && box.getWidth() <= LIMIT, box.toString());
            total += page.height();
        }
        assertTrue(pages.size() >= figure.height() / LIMIT, pages.size() + " pages");
        // Each page repeats the header and has margins; nothing is left out.
        assertTrue(total >= figure.height(), total + " of " + figure.height());
    }

    @Test
    void aFigureWiderThanTheLimitIsScaledDownToIt() {
        Figure wide = new Figure() {
            @Override
            public int width() {
                return 20_000;
            }

            @Override
            public int height() {
                return 1_000;
            }

            @Override
            public void paint(Graphics2D g, DoubleConsumer progress) {
            }
        };
        PDRectangle box = PdfExporter.pageSize(ExportRequest.Page.FIT, wide);
        assertEquals(LIMIT, box.getWidth(), 0.01);
        assertEquals(LIMIT / 20, box.getHeight(), 0.01, "in proportion");
    }
}
