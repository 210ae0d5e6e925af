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
}
