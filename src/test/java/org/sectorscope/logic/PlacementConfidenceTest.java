package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.PlacementConfidence.Level;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;

/** The evidence-support mark, against hand-computed weights. */
class PlacementConfidenceTest {
    private static Evidence item(String id, Reliability r, int c, AxisId axis) {
        return new Evidence(id, "quote " + id, null, null, null, r, c,
                axis == AxisId.NONE ? Bearing.NONE : new Bearing(axis, Side.LOW), List.of(), null, null);
    }

    private static Sector with(List<Evidence> evidence) {
        return new Sector("s", "S", "", null, new Position(0, 0), Placement.analyst(""), evidence, null);
    }

    private static List<Evidence> b2(int n) {
        List<Evidence> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(item("e" + i, Reliability.B, 2, AxisId.X));
        }
        return list;
    }

    @Test
    void weightsAreReliabilityTimesCredibility() {
        assertEquals(1.0, PlacementConfidence.weight(item("a", Reliability.A, 1, AxisId.X)), 1e-12);
        assertEquals(0.64, PlacementConfidence.weight(item("b", Reliability.B, 2, AxisId.Y)), 1e-12);
        assertEquals(0.04, PlacementConfidence.weight(item("e", Reliability.E, 5, AxisId.X)), 1e-12);
        assertEquals(0.25, PlacementConfidence.weight(item("f", Reliability.F, 6, AxisId.X)), 1e-12);
        assertEquals(0.32, PlacementConfidence.weight(item("n", Reliability.B, 2, AxisId.NONE)), 1e-12,
                "context that bears on no axis counts half");
    }

    @Test
    void levelsFollowTheDocumentedThresholds() {
        assertEquals(Level.NONE, PlacementConfidence.of(with(List.of())));
        assertEquals(Level.NONE, PlacementConfidence.of(with(List.of(item("n", Reliability.B, 2, AxisId.NONE)))),
                "0.32 is below 0.5");
        assertEquals(Level.LOW, PlacementConfidence.of(with(b2(1))), "0.64");
        assertEquals(Level.LOW, PlacementConfidence.of(with(b2(2))), "1.28");
        assertEquals(Level.MEDIUM, PlacementConfidence.of(with(b2(3))), "1.92");
        assertEquals(Level.MEDIUM, PlacementConfidence.of(with(b2(4))), "2.56");
        assertEquals(Level.HIGH, PlacementConfidence.of(with(b2(5))), "3.20");
        assertEquals(3.2, PlacementConfidence.support(with(b2(5))), 1e-12);
    }

    @Test
    void manyWeakItemsAreStillWeak() {
        List<Evidence> weak = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            weak.add(item("w" + i, Reliability.E, 5, AxisId.X)); // 0.04 each, 0.48 in all
        }
        assertEquals(Level.NONE, PlacementConfidence.of(with(weak)));
    }
}
