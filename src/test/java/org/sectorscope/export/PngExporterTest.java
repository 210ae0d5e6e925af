package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotStyle;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

class PngExporterTest {
    private final Project small = TestProjects.small();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void theImageIsTheBaseSizeTimesTheScale(int scale) throws Exception {
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(small,
                ExportFixtures.request(small, ExportRequest.Format.PNG).withScale(scale)));
        assertEquals(1200 * scale, image.getWidth());
        assertEquals(800 * scale, image.getHeight());
    }

    @Test
    void aWhiteBackgroundIsOpaqueWhiteAndATransparentOneIsClear() throws Exception {
        ExportRequest r = ExportFixtures.request(small, ExportRequest.Format.PNG);
        BufferedImage white = ExportFixtures.image(ExportFixtures.bytes(small, r));
        BufferedImage clear = ExportFixtures.image(ExportFixtures.bytes(small,
                r.withBackground(ExportRequest.Background.TRANSPARENT)));
        assertEquals(new Color(255, 255, 255, 255), ExportFixtures.pixel(white, 2, 2));
        assertEquals(new Color(255, 255, 255, 255), ExportFixtures.pixel(white, 1199, 799));
        assertEquals(0, ExportFixtures.pixel(clear, 2, 2).getAlpha());
        assertEquals(0, ExportFixtures.pixel(clear, 1199, 799).getAlpha());
        // The framework itself stays opaque on a transparent background.
        PlotGeometry g = new FigureRenderer(small, r).geometry();
        assertEquals(255, ExportFixtures.pixel(clear, g.toPixelX(-0.95), g.toPixelY(0.05)).getAlpha());
    }

    @Test
    void eachQuadrantIsFilledWithItsModelColourWhereTheGeometryPutsIt() throws Exception {
        ExportRequest r = ExportFixtures.request(small, ExportRequest.Format.PNG).withScale(2);
        FigureRenderer figure = new FigureRenderer(small, r);
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(small, r));
        PlotGeometry g = figure.geometry();
        // Points near the centre of the framework, away from dividers, cards and quadrant names.
        double[][] points = {{-0.15, 0.15}, {-0.15, -0.15}, {0.15, 0.15}, {0.15, -0.15}};
        String[] letters = {"A", "B", "C", "D"};
        for (int i = 0; i < points.length; i++) {
            double x = g.toPixelX(points[i][0]);
            double y = g.toPixelY(points[i][1]);
            for (PlacedSector c : figure.layout().sectors()) {
                for (Box b : c.labelled() ? List.of(c.label(), c.markerBox()) : List.of(c.markerBox())) {
                    assertFalse(x >= b.x() - 2 && x <= b.x() + b.w() + 2 && y >= b.y() - 2 && y <= b.y() + b.h() + 2,
                            "the test point must be free of cards");
                }
            }
            String colour = small.framework().byLetter(letters[i]).orElseThrow().color();
            assertEquals(ExportFixtures.rgb(colour), ExportFixtures.pixel(image, x * 2, y * 2), letters[i]);
        }
        assertEquals(ExportFixtures.rgb("#DCEBD5"), ExportFixtures.rgb(small.framework().byLetter("A").orElseThrow().color()));
    }

    @Test
    void aSectorsLabelIsDrawnWhereTheLayoutPutsIt() throws Exception {
        ExportRequest r = ExportFixtures.request(small, ExportRequest.Format.PNG);
        FigureRenderer figure = new FigureRenderer(small, r);
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(small, r));
        for (PlacedSector c : figure.layout().sectors()) {
            Sector s = small.sector(c.id()).orElseThrow();
            Color quadrant = ExportFixtures.rgb(small.quadrantOf(s).orElseThrow().color());
            Box b = c.label();
            Color centre = ExportFixtures.pixel(image, b.x() + b.w() / 2, b.y() + b.h() / 2);
            assertEquals(255, centre.getAlpha());
            assertNotEquals(quadrant, centre, s.name() + ": the card covers the quadrant's fill");
            // Inside the card, left of the text, the card is near-white.
            Color paper = ExportFixtures.pixel(image, b.x() + 3, b.y() + b.h() / 2);
            assertTrue(paper.getRed() > 240 && paper.getGreen() > 240 && paper.getBlue() > 240, s.name() + " " + paper);
        }
    }

    @Test
    void theMarkerHasTheDriversColourFilledForTheReportHollowForTheAnalyst() throws Exception {
        ExportRequest r = ExportFixtures.request(small, ExportRequest.Format.PNG).withScale(2);
        FigureRenderer figure = new FigureRenderer(small, r);
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(small, r));
        PlacedSector solar = figure.layout().sector(TestProjects.SOLAR); // State-led, placed by the report
        PlacedSector chips = figure.layout().sector(TestProjects.CHIPS); // State-led, the analyst's
        PlacedSector biotech = figure.layout().sector(TestProjects.BIOTECH); // Market-oriented, the analyst's
        assertEquals(ExportFixtures.rgb("#9b2c2c"), ExportFixtures.pixel(image, solar.markerX() * 2, solar.markerY() * 2),
                "a filled State-led square at Solar's exact position");
        assertEquals(Color.WHITE, ExportFixtures.pixel(image, chips.markerX() * 2, chips.markerY() * 2),
                "the analyst's marker is hollow");
        // The middle of the hollow marker's rim, which is HOLLOW_WIDTH wide inside the marker's edge.
        double rim = PlotStyle.MARKER / 2 - PlotStyle.HOLLOW_WIDTH / 2;
        assertEquals(ExportFixtures.rgb("#9b2c2c"), ExportFixtures.pixel(image, (chips.markerX() - rim) * 2,
                chips.markerY() * 2), "its outline in the driver's colour");
        assertEquals(ExportFixtures.rgb("#2f855a"), ExportFixtures.pixel(image, (biotech.markerX() + rim) * 2,
                biotech.markerY() * 2), "Market-oriented");
    }

    @Test
    void aThousandSectorsExportToA4kImage() throws Exception {
        Project p = TestProjects.random(42, 1000);
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.PNG).withSize(1920, 1080).withScale(2);
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(p, r));
        assertEquals(3840, image.getWidth());
        assertEquals(2160, image.getHeight());
        FigureRenderer figure = new FigureRenderer(p, r);
        // Every sector's marker is drawn: its centre is the marker's colour or its white, never the fill.
        List<String> missing = new ArrayList<>();
        for (PlacedSector c : figure.layout().sectors()) {
            Sector s = p.sector(c.id()).orElseThrow();
            Color fill = ExportFixtures.rgb(p.quadrantOf(s).orElseThrow().color());
            Color middle = ExportFixtures.pixel(image, c.markerX() * 2, c.markerY() * 2);
            if (middle.getRGB() == fill.getRGB()) {
                missing.add(c.id());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void anImageBeyondTheLimitIsRefused() {
        ExportRequest r = ExportFixtures.request(small, ExportRequest.Format.PNG).withSize(8000, 8000).withScale(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PngExporter.render(new FigureRenderer(small, r), r.scale()));
        assertEquals("the image would be 16000 x 16000 pixels, more than 64 million; choose a smaller size or scale",
                e.getMessage());
    }
}
