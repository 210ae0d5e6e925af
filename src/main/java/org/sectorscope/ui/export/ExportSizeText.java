package org.sectorscope.ui.export;

import java.util.Locale;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.ExportRequest.Background;
import org.sectorscope.export.Figure;
import org.sectorscope.export.PdfExporter;
import org.sectorscope.export.PptxExporter;

/** The size or page of the file an export writes, in words, shown under the preview. */
final class ExportSizeText {
    private ExportSizeText() {
    }

    /** "PNG, 2400 x 1600 px, 150 dpi", "PDF, Letter landscape". */
    static String of(ExportRequest r, Figure figure) {
        int w = figure.width();
        int h = figure.height();
        return switch (r.format()) {
            case PNG -> "PNG, " + w * r.scale() + " x " + h * r.scale() + " px, " + r.dpi() + " dpi"
                    + (r.background() == Background.TRANSPARENT ? ", transparent background" : "");
            case SVG -> "SVG, " + w + " x " + h + " (vector, any size)";
            case PDF -> pdfSize(r, figure);
            case PPTX -> "PowerPoint slide, " + PptxExporter.slideShape(r) + ", editable shapes and text";
            case PPTX_PICTURE -> "PowerPoint slide, " + PptxExporter.slideShape(r) + ", picture " + w * r.scale() + " x "
                    + h * r.scale() + " px";
            case XLSX -> "Excel workbook: options, evidence and sectors";
            case MD -> "Markdown memo";
            case MERMAID -> "Mermaid quadrant chart (text for wikis)";
            case CSV_OPTIONS -> "CSV: the options matrix";
            case CSV_EVIDENCE -> "CSV: the evidence table";
            case DECK -> "Briefing deck, PowerPoint";
            case DECK_PDF -> "Briefing deck, PDF";
        };
    }

    /** "PDF, 1200 x 800 pt", or for a long table "PDF, 3 pages 1200 pt wide (the preview shows the first)". */
    private static String pdfSize(ExportRequest r, Figure figure) {
        int pages = PdfExporter.pages(r.page(), figure).size();
        String many = String.format(Locale.ROOT, "%,d pages", pages);
        String first = pages == 1 ? "" : " (the preview shows the first)";
        return switch (r.page()) {
            case FIT -> pages == 1 ? "PDF, " + figure.width() + " x " + figure.height() + " pt"
                    : "PDF, " + many + " " + figure.width() + " pt wide" + first;
            case LETTER_LANDSCAPE -> "PDF, Letter landscape" + (pages == 1 ? "" : ", " + many) + first;
            case A4_LANDSCAPE -> "PDF, A4 landscape" + (pages == 1 ? "" : ", " + many) + first;
        };
    }
}
