package org.sectorscope.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.sectorscope.model.Project;

/**
 * The briefing deck as a PDF: a page per slide, the slide's size in points (16:9 or 4:3, as the PPTX), laid
 * out by {@link DeckSlides} exactly as the PPTX is, drawn as vectors with the bundled DejaVu fonts embedded
 * (subsets, as {@link PdfExporter} embeds them), so its text can be selected, searched and extracted. The
 * figure's page draws the canvas figure as vectors where the PPTX slide has it.
 */
final class DeckPdf {
    /** Where the figure's room starts under the title, as on the PPTX figure slide. */
    private static final double FIGURE_TOP = 72;

    static {
        LibraryLogging.quiet();
    }

    private DeckPdf() {
    }

    static void write(Project project, ExportRequest request, OutputStream out, DoubleConsumer progress)
            throws IOException {
        Dimension size = PptxExporter.slideSize(request);
        List<DeckSlide> slides = DeckSlides.of(project, request, progress);
        try (PDDocument doc = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            PdfExporter.registerFonts(doc, fonts);
            DeckSlides.each(slides, progress, (s, p) -> page(doc, fonts, project, request, s, size, p));
            PdfExporter.describe(doc, request);
            doc.save(out);
        }
    }

    private static void page(PDDocument doc, PdfBoxGraphics2DFontTextDrawer fonts, Project project,
                             ExportRequest request, DeckSlide slide, Dimension size, DoubleConsumer progress)
            throws IOException {
        PDPage page = new PDPage(new PDRectangle(size.width, size.height));
        doc.addPage(page);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, size.width, size.height);
        g.setFontTextDrawer(fonts);
        try {
            Figures.prepare(g, request.withBackground(ExportRequest.Background.WHITE), size.width, size.height);
            paint(g, project, request, slide, size, progress);
        } finally {
            g.dispose();
        }
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawForm(g.getXFormObject());
        }
    }

    static void paint(Graphics2D g, Project project, ExportRequest request, DeckSlide slide, Dimension size,
                      DoubleConsumer progress) {
        if (slide.title() != null) {
            double baseline = TextPainter.baselineCentredOn(DeckSlide.TITLE, DeckFlow.TITLE_TOP
                    + DeckFlow.TITLE_HEIGHT / 2);
            // Centred, as the title placeholder of the PPTX's slide layout sets it.
            TextPainter.centre(g, slide.title(), DeckSlide.TITLE, Palette.INK, size.width / 2.0, baseline);
        }
        if (slide.figure()) {
            figure(g, Figures.of(project, DeckPptx.figureRequest(request), false), size, progress);
        }
        for (DeckSlide.Item item : slide.items()) {
            if (item instanceof DeckSlide.Text t) {
                text(g, t);
            } else if (item instanceof DeckSlide.Table t) {
                t.table().paint(g, t.x(), t.y(), t.from(), t.to());
            } else if (item instanceof DeckSlide.Band b) {
                g.setColor(b.fill());
                g.fill(b.box());
            }
        }
        if (slide.footer() != null) {
            Rectangle2D box = DeckSlides.footerBox(size);
            TextPainter.left(g, slide.footer(), DeckSlide.FOOTER, Palette.MUTED, box.getX(),
                    box.getY() + Typesetter.ascent(DeckSlide.FOOTER));
        }
    }

    /** The figure fitted under the title, its proportions kept, centred: where the PPTX slide puts its picture. */
    private static void figure(Graphics2D g, Figure figure, Dimension size, DoubleConsumer progress) {
        double roomW = size.width - 2 * PptxExporter.MARGIN;
        double roomH = size.height - FIGURE_TOP - PptxExporter.MARGIN / 2;
        double scale = Math.min(roomW / figure.width(), roomH / figure.height());
        double w = figure.width() * scale;
        double h = figure.height() * scale;
        AffineTransform saved = g.getTransform();
        g.translate((size.width - w) / 2, FIGURE_TOP + (roomH - h) / 2);
        g.scale(scale, scale);
        figure.paint(g, progress);
        g.setTransform(saved);
    }

    private static void text(Graphics2D g, DeckSlide.Text t) {
        double y = t.box().getY();
        for (DeckSlide.Laid l : t.paras()) {
            y += l.para().before();
            double lineHeight = Typesetter.lineHeight(l.para().font());
            for (String line : l.lines()) {
                TextPainter.left(g, line, l.para().font(), l.para().color(), t.box().getX() + l.para().indent(),
                        y + Typesetter.ascent(l.para().font()));
                y += lineHeight;
            }
        }
    }
}
