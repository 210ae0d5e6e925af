package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

class OptionsMatrixRendererTest {
    private final Project small = TestProjects.small();

    /** Just inside a cell's top-left corner: its fill, clear of the grid lines and the centred text. */
    private static Color fill(BufferedImage image, Rectangle2D cell, int scale) {
        return ExportFixtures.pixel(image, (cell.getX() + 4) * scale, (cell.getY() + 4) * scale);
    }

    @Test
    void theOptionsPngIsTheRequestsWidthAndAsTallAsItsTable() throws Exception {
        ExportRequest r = ExportFixtures.request(small, ExportRequest.Format.PNG).withView(ExportRequest.View.OPTIONS)
                .withScale(2);
        OptionsMatrixRenderer figure = OptionsMatrixRenderer.options(small, r);
        assertEquals(1200, figure.width());
        assertTrue(figure.height() > 250 && figure.height() < 500, "two options: " + figure.height());
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(small, r));
        assertEquals(2400, image.getWidth());
        assertEquals(figure.height() * 2, image.getHeight());
    }

    @Test
    void scoreCellsTakeTheOptionsPanesColours() throws Exception {
        ExportRequest r = ExportFixtures.request(small, ExportRequest.Format.PNG).withView(ExportRequest.View.OPTIONS);
        OptionsMatrixRenderer figure = OptionsMatrixRenderer.options(small, r);
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(small, r));
        // Targeted subsidies: Growth 4 (.score-4), Security 5 (.score-5), Fiscal cost 2 (.score-2).
        assertEquals(ExportFixtures.rgb("#e3f1df"), fill(image, figure.scoreCell(TestProjects.SUBSIDY,
                TestProjects.GROWTH).orElseThrow(), 1));
        assertEquals(ExportFixtures.rgb("#cbe6c4"), fill(image, figure.scoreCell(TestProjects.SUBSIDY,
                TestProjects.SECURITY).orElseThrow(), 1));
        assertEquals(ExportFixtures.rgb("#fbe9e6"), fill(image, figure.scoreCell(TestProjects.SUBSIDY,
                TestProjects.COST).orElseThrow(), 1));
        // Open procurement: Growth 3 is neutral and Fiscal cost is not scored: both plain white.
        assertEquals(Color.WHITE, fill(image, figure.scoreCell(TestProjects.OPENNESS, TestProjects.GROWTH)
                .orElseThrow(), 1));
        assertEquals(Color.WHITE, fill(image, figure.scoreCell(TestProjects.OPENNESS, TestProjects.COST)
                .orElseThrow(), 1));
        assertEquals(Optional.empty(), figure.scoreCell(TestProjects.SUBSIDY, "crit-gone"));
    }

    @Test
    void optionsAreRowsInRankOrder() {
        OptionsMatrixRenderer figure = OptionsMatrixRenderer.options(small,
                ExportFixtures.request(small, ExportRequest.Format.PNG).withView(ExportRequest.View.OPTIONS));
        Rectangle2D first = figure.scoreCell(TestProjects.SUBSIDY, TestProjects.GROWTH).orElseThrow();
        Rectangle2D second = figure.scoreCell(TestProjects.OPENNESS, TestProjects.GROWTH).orElseThrow();
        assertEquals(first.getX(), second.getX(), 1e-9);
        assertTrue(first.getY() < second.getY(), "3.75 ranks above 2.0");
    }

    @Test
    void theComparisonPutsOptionsSideBySideAndMarksTheBest() throws Exception {
        ExportRequest r = ExportFixtures.request(small, ExportRequest.Format.PNG)
                .withCompare(List.of(TestProjects.OPENNESS, TestProjects.SUBSIDY));
        OptionsMatrixRenderer figure = OptionsMatrixRenderer.compare(small, r);
        Rectangle2D subsidy = figure.scoreCell(TestProjects.SUBSIDY, TestProjects.GROWTH).orElseThrow();
        Rectangle2D openness = figure.scoreCell(TestProjects.OPENNESS, TestProjects.GROWTH).orElseThrow();
        assertEquals(subsidy.getY(), openness.getY(), 1e-9, "criteria are rows");
        assertTrue(subsidy.getX() < openness.getX(), "columns in rank order, whatever order was asked");
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(small, r));
        assertEquals(figure.height(), image.getHeight());
        assertEquals(ExportFixtures.rgb("#e3f1df"), fill(image, subsidy, 1));
        String svg = new String(ExportFixtures.bytes(small, r.withFormat(ExportRequest.Format.SVG)),
                StandardCharsets.UTF_8);
        assertTrue(svg.contains(">\u2605 best</text>"), "the best score of a row is marked");
        assertTrue(svg.contains(">More output</text>"), "rationales are shown");
        assertTrue(svg.contains(">Comparing 2 policy options</text>"));
    }

    @Test
    void aComparisonNeedsTwoToFourDifferentOptions() {
        ExportRequest r = ExportFixtures.request(small, ExportRequest.Format.PNG);
        assertEquals("choose 2 to 4 options to compare (1 option was chosen)",
                assertThrows(IllegalArgumentException.class, () -> OptionsMatrixRenderer.compare(small,
                        r.withCompare(List.of(TestProjects.SUBSIDY)))).getMessage());
        assertEquals("Targeted subsidies was chosen twice; choose different options",
                assertThrows(IllegalArgumentException.class, () -> OptionsMatrixRenderer.compare(small,
                        r.withCompare(List.of(TestProjects.SUBSIDY, TestProjects.SUBSIDY)))).getMessage());
        assertEquals("the project has no policy option with id opt-x",
                assertThrows(IllegalArgumentException.class, () -> OptionsMatrixRenderer.compare(small,
                        r.withCompare(List.of(TestProjects.SUBSIDY, "opt-x")))).getMessage());
    }
}
