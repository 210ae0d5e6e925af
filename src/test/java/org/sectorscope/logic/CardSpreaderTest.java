package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.CardSpreader.Box;
import org.sectorscope.model.Sector;
import org.sectorscope.store.ProjectStore;

class CardSpreaderTest {
    private static final Box BOUNDS = new Box(0, 0, 800, 600);

    @Test
    void cardsThatDoNotOverlapStayExactlyWhereTheyAre() {
        List<Box> in = List.of(new Box(10, 10, 100, 30), new Box(200, 10, 100, 30), new Box(10, 100, 100, 30));
        assertEquals(in, CardSpreader.spread(in, BOUNDS, 4));
    }

    @Test
    void theLaterOfTwoOverlappingCardsMovesTheShortWayOut() {
        // 14 px down (10 px of overlap plus the 4 px gap) is shorter than any way sideways or up.
        List<Box> out = CardSpreader.spread(List.of(new Box(100, 100, 100, 30), new Box(110, 120, 100, 30)), BOUNDS, 4);
        assertEquals(new Box(100, 100, 100, 30), out.get(0));
        assertEquals(new Box(110, 134, 100, 30), out.get(1));
    }

    @Test
    void aCardIsNeverPushedOutOfTheBounds() {
        // Going up would leave the plot, so the second card goes down below the first.
        List<Box> out = CardSpreader.spread(List.of(new Box(0, 10, 100, 30), new Box(0, 0, 100, 30)), BOUNDS, 4);
        assertEquals(new Box(0, 10, 100, 30), out.get(0));
        assertEquals(new Box(0, 44, 100, 30), out.get(1));
    }

    @Test
    void aCardOutsideTheBoundsIsBroughtInside() {
        List<Box> out = CardSpreader.spread(List.of(new Box(-30, 590, 100, 30)), BOUNDS, 4);
        assertEquals(new Box(0, 570, 100, 30), out.get(0));
    }

    @Test
    void fixedLabelsPushCardsAwayAndNeverMove() {
        Box label = new Box(0, 0, 150, 20);
        List<Box> out = CardSpreader.spread(List.of(new Box(10, 5, 100, 30)), List.of(label), BOUNDS, 4);
        // It needs 19 px to clear the label and the gap; the search moves in 2 px steps, so 20.
        assertEquals(new Box(10, 25, 100, 30), out.get(0));
    }

    @Test
    void theSampleProjectsCardsEndWithoutOverlapAtASmallAndALargeSize() throws Exception {
        List<Sector> sectors = ProjectStore.loadSample().sectors();
        // Card sizes as the canvas makes them: compact (name only) on the small plot, two lines on the large.
        for (double[] size : new double[][] {{440, 350}, {900, 620}}) {
            boolean compact = size[0] < 640;
            PlotGeometry g = new PlotGeometry(0, 0, size[0], size[1]);
            List<Box> desired = new ArrayList<>();
            for (Sector s : sectors) {
                double w = compact ? Math.min(118, 7 * s.name().length() + 20) : Math.min(170, 8 * s.name().length() + 24);
                double h = compact ? (7 * s.name().length() + 20 > 118 ? 34 : 20) : (8 * s.name().length() + 24 > 170 ? 50 : 36);
                desired.add(new Box(g.toPixelX(s.position().x()) - w / 2, g.toPixelY(s.position().y()) - h / 2, w, h));
            }
            assertNoOverlap(CardSpreader.spread(desired, new Box(0, 0, size[0], size[1]), 4), size);
        }
    }

    @Test
    void randomCrowdsAreSeparatedWhenThereIsRoom() {
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            List<Box> desired = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                desired.add(new Box(random.nextDouble() * 300, random.nextDouble() * 200, 60, 20));
            }
            assertNoOverlap(CardSpreader.spread(desired, BOUNDS, 2), new double[] {800, 600});
        }
    }

    private static void assertNoOverlap(List<Box> boxes, double[] size) {
        for (int i = 0; i < boxes.size(); i++) {
            Box a = boxes.get(i);
            assertTrue(a.x() >= -1e-9 && a.y() >= -1e-9 && a.x() + a.w() <= size[0] + 1e-9
                    && a.y() + a.h() <= size[1] + 1e-9, "inside the plot: " + a);
            for (int j = i + 1; j < boxes.size(); j++) {
                Box b = boxes.get(j);
                boolean overlap = a.x() < b.x() + b.w() && b.x() < a.x() + a.w() && a.y() < b.y() + b.h()
                        && b.y() < a.y() + a.h();
                assertTrue(!overlap, "cards " + i + " and " + j + " overlap: " + a + " / " + b);
            }
        }
    }

    @Test
    void whenThePlotIsFullTheLastCardGetsNoSpot() {
        // Room for two 100x30 cards (with the 4 px gap) in a 100x70 plot, not three.
        Box small = new Box(0, 0, 100, 70);
        List<Box> wishes = List.of(new Box(0, 0, 100, 30), new Box(0, 20, 100, 30), new Box(0, 40, 100, 30));
        List<Box> placed = CardSpreader.place(wishes, List.of(), small, 4);
        assertEquals(new Box(0, 0, 100, 30), placed.get(0));
        assertEquals(new Box(0, 34, 100, 30), placed.get(1));
        assertEquals(null, placed.get(2), "no free spot left");
        assertEquals(new Box(0, 40, 100, 30), CardSpreader.spread(wishes, small, 4).get(2),
                "spread keeps such a card at its own place");
    }
}
