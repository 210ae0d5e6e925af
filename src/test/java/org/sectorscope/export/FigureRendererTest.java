package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.CardSpreader;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

class FigureRendererTest {
    private static boolean overlap(CardSpreader.Box a, CardSpreader.Box b) {
        return a.x() < b.x() + b.w() && b.x() < a.x() + a.w() && a.y() < b.y() + b.h() && b.y() < a.y() + a.h();
    }

    private static boolean contains(CardSpreader.Box b, double x, double y) {
        return x >= b.x() && x <= b.x() + b.w() && y >= b.y() && y <= b.y() + b.h();
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
    void everyPlacedSectorGetsALabelledCardOverItsOwnPosition() {
        Project p = TestProjects.small();
        FigureRenderer f = new FigureRenderer(p, ExportFixtures.request(p, ExportRequest.Format.PNG));
        List<FigureRenderer.PlacedCard> cards = f.cards();
        assertEquals(List.of(TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.BIOTECH, TestProjects.AIRCRAFT),
                cards.stream().map(FigureRenderer.PlacedCard::sectorId).toList());
        for (FigureRenderer.PlacedCard c : cards) {
            Position pos = p.sector(c.sectorId()).orElseThrow().position();
            assertTrue(c.labelled(), c.sectorId());
            assertTrue(contains(c.box(), f.geometry().toPixelX(pos.x()), f.geometry().toPixelY(pos.y())),
                    c.sectorId() + " is drawn where it is placed");
        }
    }

    @Test
    void crowdedCardsAreSpreadSoNoneOverlaps() {
        // Twelve sectors on one spot: the spreader must give each a place of its own.
        Project base = TestProjects.small();
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sectors.add(new Sector("s" + i, "Sector number " + i, "Mixed", null, new Position(0.3, 0.3), null,
                    List.of(), null));
        }
        Project p = base.withSectors(sectors);
        FigureRenderer f = new FigureRenderer(p, ExportFixtures.request(p, ExportRequest.Format.PNG));
        List<FigureRenderer.PlacedCard> cards = f.cards();
        assertEquals(12, cards.size());
        for (int i = 0; i < cards.size(); i++) {
            assertTrue(cards.get(i).labelled());
            for (int j = i + 1; j < cards.size(); j++) {
                assertFalse(overlap(cards.get(i).box(), cards.get(j).box()), cards.get(i) + " / " + cards.get(j));
            }
        }
    }

    @Test
    void sectorIdsChooseTheSectorsAndUnplacedOnesAreLeftOut() {
        Project p = TestProjects.small().withSector(TestProjects.BIOTECH, s -> s.withPosition(null));
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.PNG)
                .withSectorIds(List.of(TestProjects.CHIPS, TestProjects.BIOTECH, "no-such-sector"));
        assertEquals(List.of(TestProjects.CHIPS),
                new FigureRenderer(p, r).cards().stream().map(FigureRenderer.PlacedCard::sectorId).toList());
        assertEquals(3, new FigureRenderer(p, r.withSectorIds(null)).cards().size());
    }

    @Test
    void anUnknownArrowsOptionIsRefusedInTheAnalystsWords() {
        Project p = TestProjects.small();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FigureRenderer(p,
                ExportFixtures.request(p, ExportRequest.Format.PNG).withArrowsOptionId("opt-gone")));
        assertEquals("the project has no policy option with id opt-gone", e.getMessage());
    }

    @Test
    void aThousandSectorsOnA4kFigureAreShownAsShapesInsideThePlot() {
        Project p = TestProjects.random(42, 1000);
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.PNG).withSize(1920, 1080).withScale(2);
        FigureRenderer f = new FigureRenderer(p, r);
        List<FigureRenderer.PlacedCard> cards = f.cards();
        assertEquals(p.sectors().stream().filter(Sector::isPlaced).count(), cards.size());
        PlotGeometry g = f.geometry();
        for (FigureRenderer.PlacedCard c : cards) {
            assertFalse(c.labelled(), "too crowded for labels");
            assertTrue(c.box().x() >= g.left() && c.box().x() + c.box().w() <= g.right()
                    && c.box().y() >= g.top() && c.box().y() + c.box().h() <= g.bottom(), c.toString());
        }
    }
}
