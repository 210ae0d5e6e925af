package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;

class PlotLocationTest {
    private final Framework f = Framework.sectoralOutcomes();

    private PlotLocation at(double x, double y) {
        return PlotLocation.of(f, new Position(x, y));
    }

    @Test
    void theToleranceIsInclusive() {
        assertTrue(PlotLocation.onHorizontalLine(new Position(-0.85, 0.05)), "0.05 is on the line, as the sample's rail");
        assertTrue(PlotLocation.onHorizontalLine(new Position(0.9, -0.05)));
        assertTrue(PlotLocation.onVerticalLine(new Position(0.05, 0.9)));
        assertTrue(PlotLocation.onVerticalLine(new Position(-0.05, -0.9)));
        assertFalse(PlotLocation.onVerticalLine(new Position(0.0501, 0)));
        assertFalse(PlotLocation.onVerticalLine(new Position(-0.0501, 0)));
        assertFalse(PlotLocation.onHorizontalLine(new Position(0, 0.0501)));
        assertFalse(PlotLocation.onVerticalLine(new Position(0.5, 0)), "y does not matter");
        assertFalse(PlotLocation.onHorizontalLine(new Position(0, 0.5)), "x does not matter");
    }

    @Test
    void insideAQuadrantItIsNamedByItsLabel() {
        PlotLocation a = at(-0.5, 0.5);
        assertFalse(a.onLine());
        assertEquals("A", a.letters());
        assertEquals("A) Win-Win", a.label());
        assertEquals("D) Lose-Lose", at(0.5, -0.5).label());
    }

    @Test
    void onALineItNamesBothQuadrants() {
        assertEquals("on the A/B line", at(-0.85, 0.05).label(), "left half of the horizontal line: A above, B below");
        assertEquals("on the C/D line", at(0.6, -0.02).label());
        assertEquals("on the A/C line", at(0.0, 0.7).label(), "top half of the vertical line");
        assertEquals("on the B/D line", at(-0.04, -0.7).label());
        assertEquals("A/B", at(-0.85, 0.05).letters());
    }

    @Test
    void atTheCentreItTouchesAllFour() {
        PlotLocation c = at(0.01, -0.03);
        assertTrue(c.vertical() && c.horizontal());
        assertEquals("A/B/C/D", c.letters());
        assertEquals("at the centre, on both lines", c.label());
    }
}
