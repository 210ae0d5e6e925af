package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * The PPTX deck read by a program we did not write: LibreOffice Impress converts it to PDF (one conversion,
 * about 5-10 s), poppler reads the text back (every sector's name and every slide's title is there) and
 * renders the first quadrant's slide (its rule is the quadrant's colour, where the layout put it).
 */
class BriefingDeckReadBackTest {
    @Test
    void libreOfficeShowsEverySectorAndEverySlidesTitle(@TempDir Path dir) throws Exception {
        Project p = ExportFixtures.sample();
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.DECK);
        Path pptx = dir.resolve("deck.pptx");
        Exporter.export(p, r, pptx);
        Path pdf = ExternalReaders.sofficeToPdf(pptx, dir);
        String text = ExternalReaders.pdfText(pdf).replaceAll("\\s+", " ");
        for (Sector s : p.sectors()) {
            assertTrue(text.contains(s.name()), s.name() + " in LibreOffice's text");
        }
        List<String> titles = BriefingDeckPptxTest.laidOutTitles(p, r);
        for (String title : titles) {
            String shown = title == null ? p.info().title() : title;
            assertTrue(text.contains(shown), shown + " in LibreOffice's text");
        }
        int a = titles.indexOf("A) Win-Win");
        Quadrant quadrantA = p.framework().quadrants().stream().filter(q -> q.letter().equals("A")).findFirst()
                .orElseThrow();
        int dpi = 72; // a pixel a point
        BufferedImage page = ImageIO.read(ExternalReaders.pdfPage(pdf, a + 1, dpi).toFile());
        double ruleY = DeckFlow.BODY_TOP - 10 + DeckFlow.RULE_HEIGHT / 2;
        Color seen = new Color(page.getRGB(page.getWidth() / 2, (int) ruleY));
        Color want = Palette.hex(quadrantA.color());
        assertTrue(close(seen, want), "the rule under \"A) Win-Win\" is " + seen + ", the quadrant's " + want);
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 12 && Math.abs(a.getGreen() - b.getGreen()) <= 12
                && Math.abs(a.getBlue() - b.getBlue()) <= 12;
    }
}
