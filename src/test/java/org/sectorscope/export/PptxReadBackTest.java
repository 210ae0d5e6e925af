package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * Issue 16, point 1, read by a program we did not write: LibreOffice Impress turns the editable slide into
 * a PDF, poppler renders it and reads its text. The rendering has the quadrants' colours where the PNG
 * export of the same figure has them, and the text names every sector and quadrant; a slide of hostile
 * names converts too. Needs soffice, pdftoppm and pdftotext (see {@link ExternalReaders}).
 */
class PptxReadBackTest {
    /** Pixels per inch of the rendering: a 960 pt slide becomes 1280 pixels. */
    private static final int DPI = 96;

    @TempDir
    Path dir;

    @Test
    void libreOfficeDrawsTheSlideAsThePngExportDrawsTheFigure() throws Exception {
        Project p = ExportFixtures.sample();
        ExportRequest request = ExportFixtures.request(p, ExportRequest.Format.PPTX);
        Path pptx = dir.resolve("sample.pptx");
        Files.write(pptx, ExportFixtures.bytes(p, request));
        Path pdf = ExternalReaders.sofficeToPdf(pptx, dir);
        BufferedImage slide = ImageIO.read(ExternalReaders.pdfPage(pdf, 1, DPI).toFile());
        assertEquals(1280, slide.getWidth(), 2);

        // The PNG export of the very figure the slide draws (no title: the slide has it), and where it sits.
        FigureRenderer figure = (FigureRenderer) Figures.of(p, request, false);
        BufferedImage png = PngExporter.render(figure, 1, Progress.NONE);
        Rectangle2D room = PptxExporter.fitted(figure, PptxExporter.slideSize(request));
        double toSlide = room.getWidth() / figure.width();
        double px = DPI / 72.0;
        int samples = 0;
        int agree = 0;
        for (Quadrant q : p.framework().quadrants()) {
            Rectangle2D cell = FrameworkPainter.cell(q, figure.geometry());
            Color colour = ExportFixtures.rgb(q.color());
            int inColourPng = 0;
            int inColourSlide = 0;
            int n = 0;
            for (int i = 1; i < 20; i++) {
                for (int j = 1; j < 20; j++) {
                    double fx = cell.getX() + cell.getWidth() * i / 20;
                    double fy = cell.getY() + cell.getHeight() * j / 20;
                    Color a = ExportFixtures.pixel(png, fx, fy);
                    Color b = ExportFixtures.pixel(slide, (room.getX() + fx * toSlide) * px,
                            (room.getY() + fy * toSlide) * px);
                    n++;
                    inColourPng += near(a, colour, 12) ? 1 : 0;
                    inColourSlide += near(b, colour, 12) ? 1 : 0;
                    agree += near(a, b, 40) ? 1 : 0;
                }
            }
            samples += n;
            // Cards and names cover some of a cell; most of it shows the quadrant's colour in both.
            assertTrue(inColourPng > n * 0.6, q.letter() + " in the PNG: " + inColourPng + " of " + n);
            assertTrue(inColourSlide > n * 0.6, q.letter() + " on LibreOffice's slide: " + inColourSlide + " of " + n);
        }
        System.out.println("PptxReadBackTest: LibreOffice's slide and the PNG agree at " + agree + " of " + samples
                + " places");
        assertTrue(agree > samples * 0.9, "the slide and the PNG agree at " + agree + " of " + samples + " places");

        String text = ExternalReaders.pdfText(pdf).replaceAll("\\s+", "");
        for (Sector s : p.sectors()) {
            if (s.isPlaced()) {
                assertTrue(text.contains(s.name().replaceAll("\\s+", "")), s.name() + " in LibreOffice's text");
            }
        }
        for (Quadrant q : p.framework().quadrants()) {
            assertTrue(text.contains((q.letter() + ") " + q.name()).replaceAll("\\s+", "")), q.name());
        }
    }

    @Test
    void aSlideOfHostileNamesConverts() throws Exception {
        Project p = ExportFixtures.hostile();
        Path pptx = dir.resolve("hostile.pptx");
        Files.write(pptx, ExportFixtures.bytes(p, ExportFixtures.hostileRequest(p, ExportRequest.Format.PPTX)));
        String text = ExternalReaders.pdfText(ExternalReaders.sofficeToPdf(pptx, dir));
        List<String> missing = new ArrayList<>();
        for (String word : List.of("\u05E9\u05DC\u05D5\u05DD", "\u0627\u0644\u0635\u064A\u0646", "]]>", "<b>&amp;")) {
            if (!text.contains(word)) {
                missing.add(word);
            }
        }
        assertTrue(missing.isEmpty(), "LibreOffice reads " + missing + " off the slide:\n" + text);
    }

    private static boolean near(Color a, Color b, int tolerance) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }
}
