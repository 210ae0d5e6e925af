package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

class FigureRendererTest {
    private static List<String> ids(FigureRenderer f) {
        return f.layout().sectors().stream().map(PlacedSector::id).toList();
    }

    @Test
    void thePlotFillsTheFigureBetweenTheTitlesAndTheLegend() {
        Project p = TestProjects.small();
        FigureRenderer f = new FigureRenderer(p, ExportFixtures.request(p, ExportRequest.Format.PNG));
        assertEquals(1200, f.width());
        assertEquals(800, f.height());
        PlotGeometry g = f.geometry();
        assertEquals(72, g.left(), 1e-9, "28 margin + 44 for the y-axis title and pole labels");
        assertEquals(1172, g.right(), 1e-9);
        assertTrue(g.top() > 100 && g.top() < 160, "below title, subtitle and x-axis labels: " + g.top());
        assertTrue(g.bottom() > 680 && g.bottom() < 760, "above legend and source line: " + g.bottom());
    }

    @Test
    void everyPlacedSectorGetsAMarkerAtItsPositionAndALabelInItsQuadrant() {
        Project p = TestProjects.small();
        FigureRenderer f = new FigureRenderer(p, ExportFixtures.request(p, ExportRequest.Format.PNG));
        assertEquals(List.of(TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.BIOTECH, TestProjects.AIRCRAFT), ids(f));
        for (PlacedSector c : f.layout().sectors()) {
            Position pos = p.sector(c.id()).orElseThrow().position();
            assertTrue(c.labelled(), c.id());
            assertEquals(f.geometry().toPixelX(pos.x()), c.markerX(), 1e-9, c.id() + "'s marker is where it is placed");
            assertEquals(f.geometry().toPixelY(pos.y()), c.markerY(), 1e-9);
            Box cell = PlotLayout.cell(p.quadrantOf(p.sector(c.id()).orElseThrow())
                    .orElseThrow(), f.geometry());
            assertTrue(cell.contains(c.label()), c.id() + "'s label lies in its quadrant");
        }
    }

    @Test
    void crowdedCardsAreSpreadSoNoneOverlaps() {
        // Twelve sectors on one spot: the spreader must give each a place of its own.
        Project base = TestProjects.small();
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sectors.add(new Sector("s" + i, "Sector number " + i, Driver.MIXED, null, new Position(0.3, 0.3), null,
                    List.of(), null));
        }
        Project p = base.withSectors(sectors);
        FigureRenderer f = new FigureRenderer(p, ExportFixtures.request(p, ExportRequest.Format.PNG));
        List<PlacedSector> cards = f.layout().sectors();
        assertEquals(12, cards.size());
        for (int i = 0; i < cards.size(); i++) {
            assertTrue(cards.get(i).labelled());
            for (int j = i + 1; j < cards.size(); j++) {
                assertFalse(cards.get(i).label().overlaps(cards.get(j).label(), 0), cards.get(i) + " / " + cards.get(j));
            }
        }
    }

    @Test
    void sectorIdsChooseTheSectorsAndUnplacedOnesAreLeftOut() {
        Project p = TestProjects.small().withSector(TestProjects.BIOTECH, s -> s.withPosition(null));
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.PNG)
                .withSectorIds(List.of(TestProjects.CHIPS, TestProjects.BIOTECH, "no-such-sector"));
        assertEquals(List.of(TestProjects.CHIPS), ids(new FigureRenderer(p, r)));
        assertEquals(3, ids(new FigureRenderer(p, r.withSectorIds(null))).size());
    }

    @Test
    void anUnknownArrowsOptionIsRefusedInTheAnalystsWords() {
        Project p = TestProjects.small();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FigureRenderer(p,
                ExportFixtures.request(p, ExportRequest.Format.PNG).withArrowsOptionId("opt-gone")));
        assertEquals("the project has no policy option with id opt-gone", e.getMessage());
    }

    @Test
    void aThousandSectorsOnA4kFigureAreShownAsMarkersInsideThePlot() {
        Project p = TestProjects.random(42, 1000);
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.PNG).withSize(1920, 1080).withScale(2);
        FigureRenderer f = new FigureRenderer(p, r);
        List<PlacedSector> cards = f.layout().sectors();
        assertEquals(p.sectors().stream().filter(Sector::isPlaced).count(), cards.size());
        PlotGeometry g = f.geometry();
        Box plot = new Box(g.left(), g.top(), g.width(), g.height());
        for (PlacedSector c : cards) {
            assertFalse(c.labelled(), "too crowded for labels");
            assertTrue(plot.contains(c.markerBox()), c.toString());
        }
    }
}
