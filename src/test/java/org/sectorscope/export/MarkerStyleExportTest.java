package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotPalette;
import org.sectorscope.logic.plot.PlotStyle;
import org.sectorscope.model.Driver;
import org.sectorscope.model.MarkerFixtures;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** Exports draw markers in their driver's stored colour, or as the project's encoding says, and key them. */
class MarkerStyleExportTest {
    @Test
    void aPngMarkerHasItsDriversStoredColour() throws Exception {
        Project p = TestProjects.small().withDrivers(List.of(
                new Driver(Driver.STATE_LED, "State-led", MarkerShape.SQUARE, "#1f77b4"),
                new Driver(Driver.MARKET, "Market-oriented", MarkerShape.CIRCLE, "#ff7f0e")));
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.PNG).withScale(2);
        FigureRenderer figure = new FigureRenderer(p, r);
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(p, r));
        PlacedSector solar = figure.layout().sector(TestProjects.SOLAR); // State-led, filled: the report's
        assertEquals(ExportFixtures.rgb("#1f77b4"), ExportFixtures.pixel(image, solar.markerX() * 2, solar.markerY() * 2));
        PlacedSector biotech = figure.layout().sector(TestProjects.BIOTECH); // hollow: its rim
        double rim = PlotStyle.MARKER / 2 - PlotStyle.HOLLOW_WIDTH / 2;
        assertEquals(ExportFixtures.rgb("#ff7f0e"), ExportFixtures.pixel(image, (biotech.markerX() + rim) * 2,
                biotech.markerY() * 2));
    }

    @Test
    void aPngColoursByTheTextFieldAndSizesByTheNumberField() throws Exception {
        Project p = MarkerFixtures.encoded();
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.PNG).withScale(2);
        FigureRenderer figure = new FigureRenderer(p, r);
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(p, r));
        PlacedSector solar = figure.layout().sector(TestProjects.SOLAR); // Asia, the largest output, a square
        assertEquals(PlotStyle.MARKER_MAX, solar.mark().size(), 1e-9);
        double inside = PlotStyle.MARKER_MAX / 2 - 2; // well beyond an unsized marker's edge
        assertEquals(PlotPalette.category(0) | 0xff000000,
                ExportFixtures.pixel(image, (solar.markerX() + inside) * 2, (solar.markerY() + inside) * 2).getRGB(),
                "Asia's colour, out to the big marker's corner");
        PlacedSector aircraft = figure.layout().sector(TestProjects.AIRCRAFT); // no region, no output
        assertEquals(PlotStyle.MARKER_NO_VALUE, aircraft.mark().size(), 1e-9);
        assertEquals(PlotPalette.NO_VALUE, aircraft.mark().rgb());
    }

    @Test
    void theSvgLegendNamesTheValuesTheFieldAndTheSizes() throws Exception {
        Project p = MarkerFixtures.encoded();
        String svg = new String(ExportFixtures.bytes(p, ExportFixtures.request(p, ExportRequest.Format.SVG)),
                StandardCharsets.UTF_8);
        for (String text : List.of("Colour: Region", "Asia", "Europe", "no value", "Marker area: Output (USD bn)",
                "100", "300", "State-led")) {
            assertTrue(svg.contains(text), text);
        }
        int europe = PlotPalette.category(1);
        String rgb = "rgb(" + (europe >> 16) + "," + ((europe >> 8) & 0xff) + "," + (europe & 0xff) + ")";
        assertTrue(svg.toLowerCase().contains(PlotPalette.hex(europe)) || svg.contains(rgb), "Europe's colour is drawn");
    }
}
