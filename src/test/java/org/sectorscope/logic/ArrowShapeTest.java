package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** An arrow, once made, is a value: nothing its maker or a drawer does to an array changes it. */
class ArrowShapeTest {
    private static final double[] CORNERS = {100, 50, 85.6, 57.2, 85.6, 42.8};

    @Test
    void changingTheArrayPassedInChangesNothing() {
        double[] head = CORNERS.clone();
        ArrowShape arrow = new ArrowShape(0, 50, 91, 50, head);
        head[0] = -1;
        head[5] = -1;
        assertArrayEquals(CORNERS, arrow.head());
    }

    @Test
    void changingTheArrayHandedOutChangesNothing() {
        ArrowShape arrow = ArrowShape.between(0, 50, 100, 50);
        double[] before = arrow.head();
        arrow.head()[0] = -1;
        double[] drawn = arrow.head();
        drawn[1] = -1;
        assertArrayEquals(before, arrow.head());
        assertEquals(100, arrow.head()[0], 1e-9, "the tip is the arrow's end");
    }

    @Test
    void equalShapesAreEqualByTheirCorners() {
        ArrowShape a = new ArrowShape(0, 50, 91, 50, CORNERS.clone());
        ArrowShape b = new ArrowShape(0, 50, 91, 50, CORNERS.clone());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        double[] other = CORNERS.clone();
        other[2] = 80;
        assertNotEquals(a, new ArrowShape(0, 50, 91, 50, other));
    }

    @Test
    void aHeadIsThreeCorners() {
        assertThrows(IllegalArgumentException.class, () -> new ArrowShape(0, 0, 1, 1, new double[4]));
        assertThrows(IllegalArgumentException.class, () -> new ArrowShape(0, 0, 1, 1, null));
    }
}
