package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;

/**
 * Positions are held rounded to 4 decimals (see Position); the figure must not change by it: every
 * coordinate stays on its side of the dividing line and of the edge of the on-line band.
 */
class PositionRoundingTest {
    private static final Framework F = Framework.sectoralOutcomes();

    @ParameterizedTest
    @CsvSource({
        "0.5599999999999999, 0.56", // what 0.55 + 0.01 gives in doubles
        "0.12345, 0.1234", "0.12355, 0.1236", "-0.98765432, -0.9877", "1, 1", "-1, -1",
        "0, 0", "-0.0, 0", // no "-0.0" in a file
        "0.00003, 0", "-0.00003, -0.0001", "-0.00005, -0.0001", "-1e-300, -0.0001", // still the low side
        "0.05, 0.05", "-0.05, -0.05", // on the line, stays on it
        "0.04999, 0.0500", "0.050049, 0.0501", "-0.050049, -0.0501", "0.05000001, 0.0501", // off it, stays off
    })
    void roundsToFourDecimalsWithoutCrossingABoundary(double raw, double expected) {
        assertEquals(expected, Position.round(raw), 0.0);
        assertEquals(Double.doubleToRawLongBits(expected == 0 ? 0.0 : expected),
                Double.doubleToRawLongBits(new Position(raw, raw).x()), "the model holds the rounded value");
    }

    @Test
    void theModelsBandIsTheFiguresBand() {
        assertEquals(PlotLocation.ON_LINE, Position.LINE_BAND, 0.0);
    }

    /** Near every boundary, rounding keeps the quadrant and whether the sector is on a line. */
    @Test
    void roundingNeverChangesWhereAPositionIsShown() {
        Random r = new Random(14);
        double[] boundaries = {0, PlotLocation.ON_LINE, -PlotLocation.ON_LINE};
        for (int i = 0; i < 200_000; i++) {
            double b = boundaries[i % 3];
            double v = b + (r.nextDouble() - 0.5) * Math.pow(10, -1 - r.nextInt(12));
            double u = r.nextDouble() * 2 - 1;
            Position p = new Position(v, u);
            boolean onLine = Math.abs(v) <= PlotLocation.ON_LINE;
            assertEquals(v < 0, p.x() < 0, () -> "side of " + v);
            assertEquals(onLine, PlotLocation.onVerticalLine(p), () -> "on-line band for " + v);
            assertEquals(u < 0, p.y() < 0, () -> "side of " + u);
            assertEquals(Math.abs(u) <= PlotLocation.ON_LINE, PlotLocation.onHorizontalLine(p), () -> "band for " + u);
            assertTrue(BigDecimal.valueOf(p.x()).stripTrailingZeros().scale() <= 4, () -> p.x() + " has 4 decimals");
            assertEquals(PlotLocation.of(F, p).letters(), lettersOf(v, u), () -> v + ", " + u);
        }
    }

    /** The letters PlotLocation would give the unrounded coordinates, worked out without Position. */
    private static String lettersOf(double x, double y) {
        boolean vertical = Math.abs(x) <= PlotLocation.ON_LINE;
        boolean horizontal = Math.abs(y) <= PlotLocation.ON_LINE;
        StringBuilder out = new StringBuilder();
        for (String letter : new String[] {"A", "B", "C", "D"}) {
            Quadrant q = F.byLetter(letter).orElseThrow();
            boolean xFits = vertical || q.x() == Side.of(x);
            boolean yFits = horizontal || q.y() == Side.of(y);
            if (xFits && yFits) {
                out.append(out.isEmpty() ? "" : "/").append(letter);
            }
        }
        return out.toString();
    }
}
