package org.sectorscope.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.sectorscope.model.Project;
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

    static ExportRequest request(Project p, ExportRequest.Format format) {
        return ExportRequest.defaults(p, format).withDate(DATE);
    }

    static byte[] bytes(Project p, ExportRequest r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (r.format()) {
            case PNG -> PngExporter.write(p, r, out, Progress.NONE);
            case SVG -> SvgExporter.write(p, r, out, Progress.NONE);
            case PDF -> PdfExporter.write(p, r, out, Progress.NONE);
            case PPTX -> PptxExporter.write(p, r, out, Progress.NONE);
            case XLSX -> XlsxWorkbook.write(p, out);
            case MD -> MarkdownMemo.write(p, r, out);
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
