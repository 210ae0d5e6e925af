package org.sectorscope.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
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
 * PDF through PDFBox and pdfbox-graphics2d: one page of vector drawing with the bundled DejaVu fonts
 * embedded (subset), so text prints sharp and can be selected, searched and extracted. The page is the
 * figure's size (FIT, 1 unit = 1 point) or US Letter / A4 landscape with the figure scaled to fit inside
 * half-inch margins, centred.
 */
public final class PdfExporter {
    static final float MARGIN = 36;

    static {
        LibraryLogging.quiet();
    }

    private PdfExporter() {
    }

    public static void write(Project project, ExportRequest request, OutputStream out, DoubleConsumer progress)
            throws IOException {
        Figure figure = Figures.of(project, request);
        progress.accept(0.1);
        try (PDDocument doc = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            registerFonts(doc, fonts);
            PDRectangle pageSize = pageSize(request.page(), figure);
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, figure.width(), figure.height());
            g.setFontTextDrawer(fonts);
            try {
                figure.paint(g, Progress.range(progress, 0.1, 0.7));
            } finally {
                g.dispose();
            }
            place(doc, page, g.getXFormObject(), figure, pageSize);
            describe(doc, request);
            progress.accept(0.8);
            doc.save(out);
        }
    }

    /**
     * Maps the bundled fonts by the names pdfbox-graphics2d looks them up by, so text is drawn as text in
     * an embedded font; without them (logical font fallback) it would be drawn as outlines.
     */
    private static void registerFonts(PDDocument doc, PdfBoxGraphics2DFontTextDrawer fonts) throws IOException {
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

    static PDRectangle pageSize(ExportRequest.Page page, Figure figure) {
        return switch (page) {
            case FIT -> new PDRectangle(figure.width(), figure.height());
            case LETTER_LANDSCAPE -> new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
            case A4_LANDSCAPE -> new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        };
    }

    /** Draws the figure's form on the page: as is for FIT, else scaled to the margins and centred. */
    private static void place(PDDocument doc, PDPage page, PDFormXObject form, Figure figure, PDRectangle pageSize)
            throws IOException {
        float w = figure.width();
        float h = figure.height();
        float scale = 1;
        float x = 0;
        float y = 0;
        if (pageSize.getWidth() != w || pageSize.getHeight() != h) {
            scale = Math.min((pageSize.getWidth() - 2 * MARGIN) / w, (pageSize.getHeight() - 2 * MARGIN) / h);
            x = (pageSize.getWidth() - w * scale) / 2;
            y = (pageSize.getHeight() - h * scale) / 2;
        }
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.saveGraphicsState();
            content.transform(new Matrix(scale, 0, 0, scale, x, y));
            content.drawForm(form);
            content.restoreGraphicsState();
        }
    }

    private static void describe(PDDocument doc, ExportRequest request) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(Typesetter.clean(request.title()));
        if (request.subtitle() != null) {
            info.setSubject(Typesetter.clean(request.subtitle()));
        }
        info.setCreator("Sectorscope");
        info.setCreationDate(Calendar.getInstance());
    }
}
