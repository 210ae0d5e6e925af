package org.sectorscope.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTableCell;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAnchoringType;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextWrappingType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.sectorscope.model.Project;

/**
 * The briefing deck as a PowerPoint file of native, editable shapes: each slide's title in its title
 * placeholder, text as text boxes (one per sector, so a card can be moved or retyped), the options as
 * PowerPoint tables, the colours as rectangles; the figure's slide is {@link PptxExporter#figureSlide}'s.
 * Laid out by {@link DeckSlides}: every box is as tall as its lines in the bundled DejaVu fonts at a fixed
 * line height, and the slide's theme font is narrower, so no text overflows its box.
 */
final class DeckPptx {
    /** PowerPoint's own left and right inset of a text box, which the title placeholder keeps. */
    static final double INSET = 7.2;

    static {
        LibraryLogging.quiet();
    }

    private DeckPptx() {
    }

    static void write(Project project, ExportRequest request, OutputStream out, DoubleConsumer progress)
            throws IOException {
        Dimension size = PptxExporter.slideSize(request);
        List<DeckSlide> slides = DeckSlides.of(project, request, progress);
        try (XMLSlideShow show = PptxExporter.newShow(size)) {
            DeckSlides.each(slides, progress, (s, p) -> slide(show, project, request, s, size, p));
            PptxExporter.finish(show, request, out);
        }
    }

    private static void slide(XMLSlideShow show, Project project, ExportRequest request, DeckSlide s, Dimension size,
                              DoubleConsumer progress) throws IOException {
        if (s.figure()) {
            PptxExporter.figureSlide(show, project, figureRequest(request), progress);
            return;
        }
        SlideLayout layout = s.title() == null ? SlideLayout.BLANK : SlideLayout.TITLE_ONLY;
        XSLFSlide slide = show.createSlide(show.getSlideMasters().get(0).getLayout(layout));
        if (s.title() != null) {
            PptxExporter.title(slide, s.title(), size);
        }
        for (DeckSlide.Item item : s.items()) {
            if (item instanceof DeckSlide.Text t) {
                text(slide, t);
            } else if (item instanceof DeckSlide.Table t) {
                table(slide, t);
            } else if (item instanceof DeckSlide.Band b) {
                band(slide, b);
            }
        }
        if (s.footer() != null) {
            Rectangle2D box = DeckSlides.footerBox(size);
            DeckSlide.Para p = new DeckSlide.Para(s.footer(), DeckSlide.FOOTER, Palette.MUTED, 1);
            text(slide, new DeckSlide.Text(box, List.of(new DeckSlide.Laid(p, List.of(s.footer()), s.footer()))));
        }
    }

    /** The canvas figure of the deck's request: its size, title and date, every placed sector. */
    static ExportRequest figureRequest(ExportRequest request) {
        return request.withFormat(ExportRequest.Format.PPTX).withView(ExportRequest.View.CANVAS);
    }

    private static void text(XSLFSlide slide, DeckSlide.Text t) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(t.box());
        box.clearText();
        CTTextBody body = ((CTShape) box.getXmlObject()).getTxBody();
        plain(body.getBodyPr());
        for (DeckSlide.Laid l : t.paras()) {
            paragraph(body.addNewP(), l, l.para().before(), false);
        }
    }

    /** No insets, no autofit, wrapped, from the top: the box is exactly its lines. */
    private static void plain(CTTextBodyProperties body) {
        body.setLIns(0);
        body.setTIns(0);
        body.setRIns(0);
        body.setBIns(0);
        body.setWrap(STTextWrappingType.SQUARE);
        body.setAnchor(STTextAnchoringType.T);
        if (body.isSetSpAutoFit()) {
            body.unsetSpAutoFit();
        }
        if (body.isSetNormAutofit()) {
            body.unsetNormAutofit();
        }
        if (!body.isSetNoAutofit()) {
            body.addNewNoAutofit();
        }
    }

    /**
     * One paragraph at its fixed line height, {@code before} points below the one above. Written straight
     * into the paragraph's XML, and only what differs from the defaults (no space after, left aligned,
     * regular): a deck of a thousand sectors has thousands of paragraphs, and POI's own setters look each
     * property up through the slide's inheritance first, which a fresh JVM pays for dearly.
     */
    private static void paragraph(CTTextParagraph p, DeckSlide.Laid l, double before, boolean centred) {
        DeckSlide.Para para = l.para();
        CTTextParagraphProperties pPr = p.addNewPPr();
        pPr.addNewLnSpc().addNewSpcPts().setVal(hundredths(Typesetter.lineHeight(para.font())));
        if (before > 0) {
            pPr.addNewSpcBef().addNewSpcPts().setVal(hundredths(before));
        }
        if (centred) {
            pPr.setAlgn(STTextAlignType.CTR);
        }
        if (para.indent() > 0) {
            pPr.setMarL(Units.toEMU(para.indent()));
        }
        CTRegularTextRun run = p.addNewR();
        CTTextCharacterProperties rPr = run.addNewRPr();
        rPr.setSz(para.font().getSize() * 100);
        if (para.font().isBold()) {
            rPr.setB(true);
        }
        Color c = para.color();
        rPr.addNewSolidFill().addNewSrgbClr().setVal(new byte[] {(byte) c.getRed(), (byte) c.getGreen(),
            (byte) c.getBlue()});
        run.setT(Typesetter.safe(l.text()));
    }

    /** Points in the hundredths DrawingML counts spacing in. */
    private static int hundredths(double points) {
        return (int) Math.round(points * 100);
    }

    private static void band(XSLFSlide slide, DeckSlide.Band b) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(ShapeType.RECT);
        shape.setAnchor(b.box());
        shape.setFillColor(b.fill());
        shape.setLineColor(null);
    }

    /** The rows of one slide's share of a table, the header rows first, as a PowerPoint table. */
    private static void table(XSLFSlide slide, DeckSlide.Table t) {
        MatrixTable m = t.table();
        List<Integer> shown = new java.util.ArrayList<>();
        for (int r = 0; r < m.headerRows(); r++) {
            shown.add(r);
        }
        for (int r = Math.max(t.from(), m.headerRows()); r < t.to(); r++) {
            shown.add(r);
        }
        XSLFTable table = slide.createTable(shown.size(), m.columnCount());
        table.setAnchor(new Rectangle2D.Double(t.x(), t.y(), m.width(), t.height()));
        for (int c = 0; c < m.columnCount(); c++) {
            table.setColumnWidth(c, m.columnWidth(c));
        }
        for (int i = 0; i < shown.size(); i++) {
            int r = shown.get(i);
            XSLFTableRow row = table.getRows().get(i);
            row.setHeight(m.rowHeight(r));
            for (int c = 0; c < m.columnCount(); c++) {
                cell(row.getCells().get(c), m, r, c, r == m.headerRows() - 1);
            }
        }
        // No updateCellAnchor(): it would re-measure every cell in POI's own fonts and grow rows past the
        // slide; the rows are as tall as the layout measured them.
        table.setAnchor(new Rectangle2D.Double(t.x(), t.y(), m.width(), t.height()));
    }

    private static void cell(XSLFTableCell cell, MatrixTable m, int r, int c, boolean lastHeader) {
        MatrixTable.Cell content = m.content(r, c);
        cell.setInsets(new Insets2D(MatrixTable.PAD_Y, MatrixTable.PAD_X, MatrixTable.PAD_Y, MatrixTable.PAD_X));
        boolean centre = content.align() == MatrixTable.Align.CENTRE;
        cell.setVerticalAlignment(centre ? VerticalAlignment.MIDDLE : VerticalAlignment.TOP);
        cell.setFillColor(content.fill() == null ? Color.WHITE : content.fill());
        for (BorderEdge edge : BorderEdge.values()) {
            cell.setBorderWidth(edge, 1.0);
            cell.setBorderColor(edge, edge == BorderEdge.bottom && lastHeader ? Palette.LINE : Palette.GRID);
        }
        cell.clearText();
        CTTextBody body = ((CTTableCell) cell.getXmlObject()).getTxBody();
        boolean first = true;
        for (int p = 0; p < content.paras().size(); p++) {
            List<String> lines = m.lines(r, c, p);
            if (lines.isEmpty()) {
                continue;
            }
            MatrixTable.Para para = content.paras().get(p);
            DeckSlide.Para as = new DeckSlide.Para(para.text(), para.font(), para.color(), para.maxLines());
            String text = DeckSlide.joined(Typesetter.clean(para.text()), lines);
            paragraph(body.addNewP(), new DeckSlide.Laid(as, lines, text), first ? 0 : MatrixTable.PARA_GAP, centre);
            first = false;
        }
    }
}
