package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.FigureCredits;
import org.sectorscope.logic.IntendedMoves;
import org.sectorscope.logic.PlacementCredit;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.logic.plot.ArrowRoutes;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.logic.plot.TextStyle;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The figure never lies in an export, read back from the file: every sector's name in an SVG sits, as
 * drawn text, inside the quadrant its position gives (across its line when it is on one); in a PNG the
 * pixel at each sector's exact position is its marker; and the source line credits the report only with
 * the report's placements.
 */
class ExportTruthTest {
    /** A {@code <text>} of an SVG: where its baseline starts, its size and weight, and what it says. */
    private record SvgText(double x, double y, int size, boolean bold, String text) {
    }

    private static List<SvgText> texts(byte[] svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList nodes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getElementsByTagName("text");
        List<SvgText> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String style = e.getAttribute("style");
            var size = Pattern.compile("font-size: (\\d+)px").matcher(style);
            out.add(new SvgText(Double.parseDouble(e.getAttribute("x")), Double.parseDouble(e.getAttribute("y")),
                    size.find() ? Integer.parseInt(size.group(1)) : 0, style.contains("font-weight: bold"),
                    e.getTextContent()));
        }
        return out;
    }

    /**
     * Reads the SVG back and checks that each sector's label starts, as real text, inside its area, and
     * that every line of a name in the plot lies wholly inside its sector's area; returns how many
     * sectors' names were found.
     */
    private static int checkSvg(Project p, ExportRequest r) throws Exception {
        byte[] svg = ExportFixtures.bytes(p, r);
        FigureRenderer figure = new FigureRenderer(p, r);
        PlotGeometry g = figure.geometry();
        List<SvgText> texts = texts(svg);
        int found = 0;
        for (Sector s : p.sectors()) {
            PlacedSector placed = figure.layout().sector(s.id());
            if (!placed.labelled()) {
                continue;
            }
            Box area = PlotLayout.cells(PlotLocation.of(p.framework(), s.position()), g);
            String first = placed.nameLines().get(0);
            List<SvgText> lines = texts.stream().filter(t -> t.bold() && t.text().equals(first)
                    && (t.size() == 12 || t.size() == 11)).toList();
            assertFalse(lines.isEmpty(), s.name() + ": its name is drawn as text");
            boolean inside = false;
            for (SvgText t : lines) {
                TextStyle style = t.size() == 12 ? TextStyle.CARD_NAME : TextStyle.CARD_NAME_COMPACT;
                double w = FigureText.METRICS.width(t.text(), style);
                double top = t.y() - FigureText.METRICS.ascent(style);
                inside |= t.x() >= area.x() && t.x() + w <= area.right() && top >= area.y() && t.y() <= area.bottom();
            }
            assertTrue(inside, s.name() + " at " + s.position() + " is drawn in " + PlotLocation.of(p.framework(),
                    s.position()).label() + " (" + area + "): " + lines);
            PlotLocation loc = PlotLocation.of(p.framework(), s.position());
            if (loc.onLine()) {
                Box label = placed.label();
                assertTrue(!loc.horizontal() || (label.y() < g.centerY() && label.bottom() > g.centerY()), s.name());
                assertTrue(!loc.vertical() || (label.x() < g.centerX() && label.right() > g.centerX()), s.name());
            }
            found++;
        }
        return found;
    }

    /** Reads the PNG back: at each sector's exact position there is its marker, never the quadrant's fill. */
    private static void checkPng(Project p, ExportRequest r) throws Exception {
        BufferedImage image = ExportFixtures.image(ExportFixtures.bytes(p, r));
        FigureRenderer figure = new FigureRenderer(p, r);
        PlotGeometry g = figure.geometry();
        int scale = r.scale();
        for (Sector s : p.sectors()) {
            PlacedSector placed = figure.layout().sector(s.id());
            Color at = ExportFixtures.pixel(image, placed.markerX() * scale, placed.markerY() * scale);
            Color fill = ExportFixtures.rgb(p.quadrantOf(s).orElseThrow().color());
            assertFalse(at.getRGB() == fill.getRGB(), s.name() + ": a marker is drawn at its place");
            Box area = PlotLayout.cells(PlotLocation.of(p.framework(), s.position()), g);
            assertTrue(area.contains(placed.markerBox()), s.name() + "'s marker is inside its area");
            if (placed.labelled()) {
                Box b = placed.label();
                Color card = ExportFixtures.pixel(image, (b.x() + 2) * scale, b.centerY() * scale);
                assertTrue(card.getRed() > 235 && card.getGreen() > 235 && card.getBlue() > 235,
                        s.name() + ": its label's card is painted where the layout put it, inside its area");
            }
        }
    }

    /** Forty sectors hugging both dividers and the centre, and one deep in A near the corner (-0.845, 0.937). */
    static Project nearTheLines() {
        Random r = new Random(40);
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double x = i % 3 == 0 ? (r.nextDouble() - 0.5) * 0.24 : r.nextDouble() * 2 - 1;
            double y = i % 3 == 1 ? (r.nextDouble() - 0.5) * 0.24 : i % 3 == 2 ? (r.nextDouble() - 0.5) * 0.3
                    : r.nextDouble() * 2 - 1;
            sectors.add(new Sector("s" + i, "Sector near the lines " + i, i % 2 == 0 ? Driver.STATE_LED : Driver.MIXED, null,
                    Position.clamped(x, y), Placement.analyst(""), List.of(), null));
        }
        sectors.add(new Sector("deep-a", "Deep in A", Driver.MARKET, null, new Position(-0.845, 0.937),
                Placement.analyst(""), List.of(), null));
        return TestProjects.small().withOptions(List.of()).withSectors(sectors); // a valid project: no option names a sector gone
    }

    @Test
    void theSamplesSvgDrawsEveryNameInItsQuadrantAtEverySize() throws Exception {
        Project sample = ExportFixtures.sample();
        for (int[] size : new int[][] {{1200, 800}, {800, 600}, {1920, 1080}, {600, 400}}) {
            ExportRequest r = ExportFixtures.request(sample, ExportRequest.Format.SVG).withSize(size[0], size[1]);
            int found = checkSvg(sample, r);
            // The smallest figure may have room for no label at all: there the check is that any drawn are true.
            int expected = size[0] <= 600 ? 0 : sample.sectors().size() - 3;
            assertTrue(found >= expected, size[0] + "x" + size[1] + ": names drawn, " + found);
        }
    }

    /** Issue 16, point 3: the named sizes, portrait pages too, put every sector where its data says. */
    @Test
    void everySizePresetDrawsTheSampleAndTheCrowdedProjectTrue() throws Exception {
        Project sample = ExportFixtures.sample();
        Project crowded = nearTheLines();
        for (SizePreset preset : SizePreset.values()) {
            if (preset == SizePreset.CUSTOM) {
                continue;
            }
            ExportRequest svg = preset.apply(ExportFixtures.request(sample, ExportRequest.Format.SVG), 150);
            assertTrue(checkSvg(sample, svg) >= sample.sectors().size() - 3, preset + ": names drawn");
            checkPng(sample, preset.apply(ExportFixtures.request(sample, ExportRequest.Format.PNG), 150));
            checkPng(crowded, preset.apply(ExportFixtures.request(crowded, ExportRequest.Format.PNG), 150));
        }
        checkPng(sample, SizePreset.A4_PORTRAIT.apply(ExportFixtures.request(sample, ExportRequest.Format.PNG),
                SizePreset.PRINT_DPI));
    }

    @Test
    void aProjectCrowdedAtTheLinesIsDrawnTrueInSvgAndPng() throws Exception {
        Project p = nearTheLines();
        ExportRequest svg = ExportFixtures.request(p, ExportRequest.Format.SVG);
        assertTrue(checkSvg(p, svg) > 20, "most of the 41 sectors keep a label");
        FigureRenderer figure = new FigureRenderer(p, svg);
        PlacedSector deep = figure.layout().sector("deep-a");
        assertTrue(PlotLayout.cell(p.framework().byLetter("A").orElseThrow(), figure.geometry()).contains(deep.markerBox()),
                "the sector deep in A is drawn in A");
        for (int scale : new int[] {1, 2}) {
            checkPng(p, ExportFixtures.request(p, ExportRequest.Format.PNG).withScale(scale));
        }
        checkPng(ExportFixtures.sample(), ExportFixtures.request(ExportFixtures.sample(), ExportRequest.Format.PNG));
    }

    @Test
    void theSourceLineCreditsTheReportOnlyWithTheReportsPlacements() throws Exception {
        Project sample = ExportFixtures.sample();
        ExportRequest all = ExportFixtures.request(sample, ExportRequest.Format.SVG);
        String line = new FigureRenderer(sample, all).sourceLine();
        List<Sector> byReport = sample.sectors().stream().filter(s -> PlacementCredit.of(sample, s).byReport()).toList();
        List<Sector> byAnalyst = sample.sectors().stream().filter(s -> !PlacementCredit.of(sample, s).byReport()).toList();
        assertFalse(byReport.isEmpty());
        assertFalse(byAnalyst.isEmpty());
        for (Sector s : byReport) {
            assertTrue(line.contains(FigureCredits.inSentence(s.name())), s.name() + " is credited to the report: " + line);
        }
        for (Sector s : byAnalyst) {
            assertFalse(line.contains(FigureCredits.inSentence(s.name())), s.name() + " is not named as the report's");
        }
        assertTrue(line.contains("other placements: " + FigureCredits.author(sample)), line);
        assertTrue(String.join(" ", texts(ExportFixtures.bytes(sample, all)).stream().map(SvgText::text).toList())
                .contains(line.substring(0, 40)), "the SVG prints it");

        ExportRequest reportOnly = all.withSectorIds(byReport.stream().map(Sector::id).toList());
        String own = new FigureRenderer(sample, reportOnly).sourceLine();
        assertFalse(own.contains("other placements"), "only the report's placements: the report alone: " + own);
        assertFalse(own.contains(FigureCredits.author(sample)), own);
        List<String> figure12 = byReport.stream().filter(s -> "Figure 1.2".equals(s.placement().locator()))
                .map(Sector::id).toList();
        assertEquals(4, figure12.size(), "Figure 1.2's four sectors");
        assertEquals("Source: Kennedy, Figure 1.2, CSIS 2020.",
                new FigureRenderer(sample, all.withSectorIds(figure12)).sourceLine(), "Figure 1.2 alone cites Figure 1.2");
    }

    @Test
    void everyIntendedMoveArrowOfTheSampleEndsOutsideEveryLabelWithItsHeadShowing() throws Exception {
        Project sample = ExportFixtures.sample();
        int arrows = 0;
        for (var option : sample.options()) {
            ExportRequest r = ExportFixtures.request(sample, ExportRequest.Format.PNG).withArrowsOptionId(option.id());
            FigureRenderer figure = new FigureRenderer(sample, r);
            var routes = ArrowRoutes.of(
                    IntendedMoves.arrows(sample, option), figure.layout());
            for (var route : routes) {
                double[] head = route.shape().head();
                for (PlacedSector s : figure.layout().sectors()) {
                    if (s.id().equals(route.sectorId())) {
                        continue;
                    }
                    assertFalse(s.labelled() && s.label().contains(head[0], head[1]),
                            option.name() + ": an arrow's head is under " + s.mark().name() + "'s label");
                    assertFalse(s.markerBox().contains(head[0], head[1]), option.name() + ": under a marker");
                }
                arrows++;
            }
        }
        assertTrue(arrows > 0, "the sample's options draw arrows");
    }
}
