package org.sectorscope.logic.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.MarkerEncoding;
import org.sectorscope.model.MarkerFixtures;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/** Marker colours and sizes under each encoding, their key, and the fallback when a field is gone. */
class MarkerStylesTest {
    private static Sector sector(Project p, String id) {
        return p.sector(id).orElseThrow();
    }

    private static MarkerStyles styles(Project p) {
        return MarkerStyles.of(p, p.sectors());
    }

    private static double area(double size) {
        return size * size;
    }

    @Test
    void byDefaultEachMarkerHasItsDriversStoredColourAndTheUsualSize() {
        Project p = TestProjects.small().withDrivers(List.of(
                new Driver(Driver.STATE_LED, "Provincial state", MarkerShape.SQUARE, "#123456"),
                new Driver(Driver.MARKET, "Market-oriented", MarkerShape.CIRCLE, "#abcdef")));
        MarkerStyles s = styles(p);
        assertEquals(0x123456, s.rgb(sector(p, TestProjects.SOLAR)));
        assertEquals(0xabcdef, s.rgb(sector(p, TestProjects.BIOTECH)));
        assertEquals(PlotStyle.MARKER, s.size(sector(p, TestProjects.SOLAR)));
        MarkerKey key = s.key();
        assertNull(key.colorTitle());
        assertEquals(List.of(new MarkerKey.Entry("Provincial state", DriverShape.SQUARE, 0x123456, PlotStyle.MARKER),
                new MarkerKey.Entry("Market-oriented", DriverShape.CIRCLE, 0xabcdef, PlotStyle.MARKER)), key.colors(),
                "one entry per driver drawn, with its shape and colour, in the project's order");
        assertEquals(List.of(), key.shapes());
        assertNull(key.sizeTitle());
        assertEquals(List.of(), key.sizes());
    }

    @Test
    void aSectorWhoseDriverTheProjectLacksIsKeyedAsOther() {
        Project p = TestProjects.small().withSector(TestProjects.CHIPS, s -> s.withDriver(""));
        List<MarkerKey.Entry> colors = styles(p).key().colors();
        assertEquals(new MarkerKey.Entry("other", DriverShape.DIAMOND, PlotPalette.OTHER_DRIVER, PlotStyle.MARKER),
                colors.get(colors.size() - 1));
        Project mixed = p.withSector(TestProjects.SOLAR, s -> s.withDriver(Driver.MIXED));
        assertEquals(List.of("State-led", "Market-oriented", "Mixed or other"),
                styles(mixed).key().colors().stream().map(MarkerKey.Entry::label).toList(),
                "the report's dark diamond is Mixed and other alike: one entry");
    }

    @Test
    void driversThatLookAlikeShareAnEntry() {
        Project p = TestProjects.small().withDrivers(List.of(
                new Driver(Driver.STATE_LED, "Government-led", MarkerShape.SQUARE, "#123456"),
                new Driver(Driver.MARKET, "Guild-led", MarkerShape.SQUARE, "#123456")));
        assertEquals(List.of(new MarkerKey.Entry("Government-led / Guild-led", DriverShape.SQUARE, 0x123456,
                PlotStyle.MARKER)), styles(p).key().colors());
    }

    @Test
    void byATextFieldEachValueHasAPaletteColourAndNoValueIsGrey() {
        Project p = MarkerFixtures.fields().withMarkerEncoding(new MarkerEncoding(MarkerFixtures.REGION, null));
        MarkerStyles s = styles(p);
        assertEquals(PlotPalette.category(0), s.rgb(sector(p, TestProjects.SOLAR)), "Asia, first alphabetically");
        assertEquals(PlotPalette.category(0), s.rgb(sector(p, TestProjects.CHIPS)), "one value, one colour");
        assertEquals(PlotPalette.category(1), s.rgb(sector(p, TestProjects.BIOTECH)), "Europe");
        assertEquals(PlotPalette.NO_VALUE, s.rgb(sector(p, TestProjects.AIRCRAFT)), "no region");
        MarkerKey key = s.key();
        assertEquals("Region", key.colorTitle());
        assertEquals(List.of("Asia", "Europe", "no value"), key.colors().stream().map(MarkerKey.Entry::label).toList());
        assertNull(key.colors().get(0).shape(), "a value's colour is a swatch, not a driver's shape");
        assertEquals(List.of("State-led", "Market-oriented"), key.shapes().stream().map(MarkerKey.Entry::label).toList(),
                "the shapes still say the drivers");
        assertTrue(key.shapes().stream().allMatch(e -> e.rgb() == PlotPalette.SHAPE_KEY));
    }

    @Test
    void aValueKeepsItsColourWhateverTheSectorsOrder() {
        Project p = MarkerFixtures.fields().withMarkerEncoding(new MarkerEncoding(MarkerFixtures.REGION, null));
        List<Sector> reversed = new ArrayList<>(p.sectors());
        java.util.Collections.reverse(reversed);
        Project q = p.withSectors(reversed);
        assertEquals(styles(p).rgb(sector(p, TestProjects.BIOTECH)), styles(q).rgb(sector(q, TestProjects.BIOTECH)));
    }

    @Test
    void thePaletteHasDistinctColoursNoneOfThemTheGreys() {
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < PlotPalette.categoryCount(); i++) {
            int c = PlotPalette.category(i);
            assertTrue(!seen.contains(c) && c != PlotPalette.NO_VALUE && c != PlotPalette.OTHER_VALUES);
            seen.add(c);
        }
    }

    @Test
    void valuesBeyondThePaletteShareOneColourAsOtherValues() {
        Project p = MarkerFixtures.fields().withMarkerEncoding(new MarkerEncoding(MarkerFixtures.REGION, null));
        List<Sector> sectors = new ArrayList<>();
        int n = PlotPalette.categoryCount() + 3;
        for (int i = 0; i < n; i++) {
            Sector base = p.sectors().get(0);
            sectors.add(new Sector("s" + i, "S" + i, base.driver(), null, base.position(), base.placement(), List.of(),
                    List.of(), List.of(), java.util.Map.of(MarkerFixtures.REGION, FieldValue.of("v" + (char) ('a' + i))),
                    null, null));
        }
        // the last value alphabetically, but the only one given twice: the most common keeps a colour
        String last = "v" + (char) ('a' + n - 1);
        sectors.add(new Sector("s-twin", "Twin", "", null, p.sectors().get(0).position(), null, List.of(), List.of(),
                List.of(), java.util.Map.of(MarkerFixtures.REGION, FieldValue.of(last)), null, null));
        Project q = p.withSectors(sectors);
        MarkerStyles s = styles(q);
        List<MarkerKey.Entry> colors = s.key().colors();
        assertEquals(PlotPalette.categoryCount(), colors.size(), "the palette's colours, the last given to other values");
        assertEquals(MarkerStyles.OTHER_VALUES, colors.get(colors.size() - 1).label());
        assertTrue(colors.stream().anyMatch(e -> e.label().equals(last)), "the most common value keeps a colour");
        long others = q.sectors().stream().filter(x -> s.rgb(x) == PlotPalette.OTHER_VALUES).count();
        assertEquals(n + 1 - (PlotPalette.categoryCount() - 1) - 1, others);
    }

    @Test
    void byANumberFieldAreaFollowsTheValueBetweenMinAndMax() {
        Project p = MarkerFixtures.fields().withMarkerEncoding(new MarkerEncoding(null, MarkerFixtures.OUTPUT))
                .withSector(TestProjects.BIOTECH, x -> x.withFieldValue(MarkerFixtures.OUTPUT, FieldValue.of(200)));
        MarkerStyles s = styles(p);
        double small = s.size(sector(p, TestProjects.CHIPS)); // 100, the lowest
        double mid = s.size(sector(p, TestProjects.BIOTECH)); // 200, halfway
        double big = s.size(sector(p, TestProjects.SOLAR)); // 300, the highest
        assertEquals(PlotStyle.MARKER_MIN, small, 1e-9);
        assertEquals(PlotStyle.MARKER_MAX, big, 1e-9);
        assertEquals((area(small) + area(big)) / 2, area(mid), 1e-9, "area, not width, in proportion");
        assertEquals(PlotStyle.MARKER_NO_VALUE, s.size(sector(p, TestProjects.AIRCRAFT)), "no output: smallest of all");
        assertTrue(PlotStyle.MARKER_NO_VALUE < PlotStyle.MARKER_MIN);
        assertEquals(TestProjects.small().driver(Driver.STATE_LED).orElseThrow().color(),
                PlotPalette.hex(s.rgb(sector(p, TestProjects.SOLAR))), "colour stays the driver's");
        MarkerKey key = s.key();
        assertEquals("Output (USD bn)", key.sizeTitle());
        assertEquals(List.of(new MarkerKey.Entry("100", null, PlotPalette.SHAPE_KEY, PlotStyle.MARKER_MIN),
                new MarkerKey.Entry("300", null, PlotPalette.SHAPE_KEY, PlotStyle.MARKER_MAX),
                new MarkerKey.Entry("no value", null, PlotPalette.SHAPE_KEY, PlotStyle.MARKER_NO_VALUE)), key.sizes());
    }

    @Test
    void equalValuesAndALoneSectorAreDrawnHalfway() {
        Project p = MarkerFixtures.fields().withMarkerEncoding(new MarkerEncoding(null, MarkerFixtures.OUTPUT))
                .withSector(TestProjects.SOLAR, x -> x.withFieldValue(MarkerFixtures.OUTPUT, FieldValue.of(100)));
        double halfway = Math.sqrt((area(PlotStyle.MARKER_MIN) + area(PlotStyle.MARKER_MAX)) / 2);
        MarkerStyles s = styles(p);
        assertEquals(halfway, s.size(sector(p, TestProjects.SOLAR)), 1e-9);
        assertEquals(halfway, s.size(sector(p, TestProjects.CHIPS)), 1e-9);
        assertEquals(List.of("100", "no value"), s.key().sizes().stream().map(MarkerKey.Entry::label).toList(),
                "one value, one entry");
        Sector solar = sector(MarkerFixtures.encoded(), TestProjects.SOLAR);
        MarkerStyles alone = MarkerStyles.of(MarkerFixtures.encoded(), List.of(solar));
        assertEquals(halfway, alone.size(solar), 1e-9, "a lone sector's range is its own value");
        assertEquals(List.of("300"), alone.key().sizes().stream().map(MarkerKey.Entry::label).toList());
    }

    @Test
    void anEncodingWhoseFieldIsGoneOrOfTheOtherKindIsDrawnAsTheDefault() {
        Project gone = MarkerFixtures.encoded().withFields(List.of());
        MarkerStyles s = styles(gone);
        assertNull(s.colorField());
        assertNull(s.sizeField());
        Sector solar = sector(gone, TestProjects.SOLAR);
        assertEquals(0x9b2c2c, s.rgb(solar));
        assertEquals(PlotStyle.MARKER, s.size(solar));
        assertNull(s.key().colorTitle());
        assertNull(s.key().sizeTitle());

        Project swapped = MarkerFixtures.fields().withMarkerEncoding(
                new MarkerEncoding(MarkerFixtures.OUTPUT, MarkerFixtures.REGION));
        MarkerStyles w = styles(swapped);
        assertNull(w.colorField(), "a number field does not colour");
        assertNull(w.sizeField(), "a text field does not size");
        assertEquals(PlotStyle.MARKER, w.size(sector(swapped, TestProjects.SOLAR)));
    }

    @Test
    void theMarksCarryTheColourAndSizeOfTheShownSectors() {
        Project p = MarkerFixtures.encoded();
        List<SectorMark> marks = SectorMark.of(p, p.sectors(), false);
        SectorMark solar = marks.get(0);
        assertEquals(PlotPalette.category(0), solar.rgb());
        assertEquals(PlotStyle.MARKER_MAX, solar.size(), 1e-9);
        assertNotEquals(solar.size(), marks.get(1).size());
    }

    @Test
    void keyNumbersArePlain() {
        assertEquals("0.0001", MarkerStyles.number(0.0001));
        assertEquals("1234570", MarkerStyles.number(1_234_567));
        assertEquals("-2.5", MarkerStyles.number(-2.5));
        assertEquals("312.5", MarkerStyles.number(312.5));
    }
}
