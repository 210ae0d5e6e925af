package org.sectorscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PositionTest {

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0000001, -1.0000001,
        5, -5, Double.MAX_VALUE})
    void rejectsXOutsideRangeOrNotFinite(double bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Position(bad, 0));
        assertTrue(e.getMessage().startsWith("x must be a number from -1 to 1"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0000001, -1.0000001})
    void rejectsYOutsideRangeOrNotFinite(double bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Position(0, bad));
        assertTrue(e.getMessage().startsWith("y must be a number from -1 to 1"), e.getMessage());
    }

    @Test
    void acceptsTheClosedRange() {
        Position corner = new Position(-1, 1);
        assertEquals(-1.0, corner.x());
        assertEquals(1.0, corner.y());
        Position other = new Position(1, -1);
        assertEquals(1.0, other.x());
        assertEquals(-1.0, other.y());
        assertEquals(0.25, new Position(0.25, -0.75).x());
    }

    @Test
    void clampedPullsOvershootIntoRange() {
        assertEquals(new Position(1, -1), Position.clamped(5, -5));
        assertEquals(new Position(1, -1), Position.clamped(1.0000001, -1.0000001));
        assertEquals(new Position(-1, 1), Position.clamped(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertEquals(new Position(0.3, -0.4), Position.clamped(0.3, -0.4));
    }

    @Test
    void clampedTurnsNaNIntoZero() {
        assertEquals(new Position(0, 0.5), Position.clamped(Double.NaN, 0.5));
        assertEquals(new Position(-0.5, 0), Position.clamped(-0.5, Double.NaN));
    }

    /**
     * The round skips the decimal conversion for a value already on the grid; it must give what the
     * conversion gives for every value: on the grid, a bit off it, at the halfway points, anywhere.
     */
    @Test
    void roundingGivesWhatTheDecimalConversionGivesForEveryValue() {
        java.util.Random random = new java.util.Random(4);
        int onGrid = 0;
        for (int n = 0; n < 1_000_000; n++) {
            double v = switch (n % 4) {
                case 0 -> (random.nextInt(20_001) - 10_000) / 10_000.0; // on the grid
                case 1 -> Math.nextUp((random.nextInt(20_000) - 10_000) / 10_000.0); // a bit off it
                case 2 -> (random.nextInt(20_000) * 2 - 19_999) / 20_000.0; // halfway between two grid values
                default -> random.nextDouble() * 2 - 1;
            };
            onGrid += Position.onGrid(v) ? 1 : 0;
            assertEquals(roundedByTheDecimalConversion(v), Position.round(v), "v = " + v);
        }
        assertTrue(onGrid >= 250_000 && onGrid < 300_000, "both paths were taken: " + onGrid + " on the grid");
    }

    /** {@link Position#round} as it was written before the shortcut, with the decimal conversion for every value. */
    private static double roundedByTheDecimalConversion(double v) {
        double r = java.math.BigDecimal.valueOf(v).setScale(Position.DECIMALS, java.math.RoundingMode.HALF_EVEN).doubleValue();
        if (v < 0 && r == 0) {
            return -0.0001;
        }
        if (Math.abs(v) > Position.LINE_BAND && Math.abs(r) == Position.LINE_BAND) {
            return Math.copySign(0.0501, v);
        }
        return r == 0 ? 0.0 : r;
    }
}
