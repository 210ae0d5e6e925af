package org.sectorscope.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.sectorscope.model.Project;

/**
 * PDF through PDFBox and pdfbox-graphics2d: vector drawing with the bundled DejaVu fonts embedded
 * (subset), so text prints sharp and can be selected, searched and extracted. The page is the figure's
 * size (FIT, 1 unit = 1 point) or US Letter / A4 landscape with the figure scaled to fit inside half-inch
 * margins, centred.
 *
 * <p>No page is larger than PDF allows ({@link #MAX_PAGE_SIDE}): a table taller than that is split
 * between rows across pages (FIT), as is one that would have to shrink to less than half the scale that
 * fits its width on a Letter or A4 page; a figure wider than the limit is scaled down to it.
 */
public final class PdfExporter {
    static final float MARGIN = 36;
    /** PDF's largest page side: 14,400 units, 200 inches (ISO 32000-1, Annex C; Acrobat refuses more). */
    static final float MAX_PAGE_SIDE = 14_400;

    static {
        LibraryLogging.quiet();
    }

    private PdfExporter() {
    }

    public static void write(Project project, ExportRequest request, OutputStream out, DoubleConsumer progress)
            throws IOException {
        Figure figure = Figures.of(project, request);
        progress.accept(0.1);
        List<Figure> pages = pages(request.page(), figure);
        try (PDDocument doc = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            registerFonts(doc, fonts);
            for (int i = 0; i < pages.size(); i++) {
                Figure part = pages.get(i);
                PDRectangle pageSize = pageSize(request.page(), part);
                PDPage page = new PDPage(pageSize);
                doc.addPage(page);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, part.width(), part.height());
                g.setFontTextDrawer(fonts);
                try {
                    part.paint(g, Progress.range(progress, 0.1 + 0.6 * i / pages.size(),
                            0.1 + 0.6 * (i + 1) / pages.size()));
                } finally {
                    g.dispose();
                }
                place(doc, page, g.getXFormObject(), part, pageSize, request.page(), pages.size() > 1);
            }
            describe(doc, request);
            progress.accept(0.8);
            doc.save(out);
        }
    }

    /**
     * Maps the bundled fonts by the names pdfbox-graphics2d looks them up by, so text is drawn as text in
     * an embedded font; without them (logical font fallback) it would be drawn as outlines.
     */
    static void registerFonts(PDDocument doc, PdfBoxGraphics2DFontTextDrawer fonts) throws IOException {
        if (!ExportFonts.bundled()) {
            return;
        }
        for (boolean bold : new boolean[] {false, true}) {
            byte[] ttf = ExportFonts.bytes(bold);
            if (ttf != null) {
                fonts.registerFont(ExportFonts.pdfName(bold), PDType0Font.load(doc, new ByteArrayInputStream(ttf), true));
            }
        }
    }

    /** The figure as the PDF's pages: one, unless it is a table too tall for one page (see the class). */
    public static List<Figure> pages(ExportRequest.Page page, Figure figure) {
        return figure.pages(roomPerPage(page, figure));
    }

    /**
     * How tall, in figure units, one page's share of the figure may be: on a FIT page what the size limit
     * allows at the scale that fits the width; on Letter or A4 the page's height at the scale that fits the
     * width, but only when fitting the whole figure would shrink it below half that scale (otherwise it all
     * goes on one page, scaled, as a figure that cannot be split always does).
     */
    static double roomPerPage(ExportRequest.Page page, Figure figure) {
        if (page == ExportRequest.Page.FIT) {
            return MAX_PAGE_SIDE / Math.min(1, MAX_PAGE_SIDE / figure.width());
        }
        PDRectangle paper = pageSize(page, figure);
        double widthScale = (paper.getWidth() - 2 * MARGIN) / figure.width();
        double roomAtWidth = (paper.getHeight() - 2 * MARGIN) / widthScale;
        double wholeScale = Math.min(widthScale, (paper.getHeight() - 2 * MARGIN) / figure.height());
        return wholeScale >= widthScale / 2 ? Double.MAX_VALUE : roomAtWidth;
    }

    static PDRectangle pageSize(ExportRequest.Page page, Figure figure) {
        return switch (page) {
            case FIT -> {
                float scale = fitScale(figure);
                yield new PDRectangle(figure.width() * scale, figure.height() * scale);
            }
            case LETTER_LANDSCAPE -> new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
            case A4_LANDSCAPE -> new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        };
    }

    /** A FIT page is the figure's size, unless that is over the limit: then it is scaled down to it. */
    private static float fitScale(Figure figure) {
        return Math.min(1, Math.min(MAX_PAGE_SIDE / figure.width(), MAX_PAGE_SIDE / figure.height()));
    }

    /**
     * Draws the figure's form on the page: filling a FIT page, else scaled to the margins and centred (at
     * the top margin when it is one of several pages, so a table continues where the last page ended).
     */
    private static void place(PDDocument doc, PDPage page, PDFormXObject form, Figure figure, PDRectangle pageSize,
                              ExportRequest.Page kind, boolean oneOfSeveral) throws IOException {
        float w = figure.width();
        float h = figure.height();
        float scale = kind == ExportRequest.Page.FIT ? fitScale(figure) : 1;
        float x = 0;
        float y = 0;
        if (kind != ExportRequest.Page.FIT) {
            scale = Math.min((pageSize.getWidth() - 2 * MARGIN) / w, (pageSize.getHeight() - 2 * MARGIN) / h);
            x = (pageSize.getWidth() - w * scale) / 2;
            y = oneOfSeveral ? pageSize.getHeight() - MARGIN - h * scale : (pageSize.getHeight() - h * scale) / 2;
        }
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.saveGraphicsState();
            content.transform(new Matrix(scale, 0, 0, scale, x, y));
            content.drawForm(form);
            content.restoreGraphicsState();
        }
    }

    static void describe(PDDocument doc, ExportRequest request) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(Typesetter.clean(request.title()));
        if (request.subtitle() != null) {
            info.setSubject(Typesetter.clean(request.subtitle()));
        }
        info.setCreator("Sectorscope");
        info.setCreationDate(Calendar.getInstance());
    }
}
