package org.sectorscope.logic;

import java.util.Arrays;
import java.util.Objects;

/**
 * An intended-move arrow in pixels: the shaft stops where the head begins, and the head is a
 * triangle with its tip at the arrow's end. The canvas and the exports draw it from this one shape,
 * so the two look the same.
 *
 * <p>{@code head} is the triangle's three corners as x, y pairs, tip first. The array is copied on the
 * way in and on the way out, so the shape cannot change once made; equality compares its values.
 */
public record ArrowShape(double x0, double y0, double shaftEndX, double shaftEndY, double[] head) {
    /** Head length in pixels: the triangle is 1.6 heads long and 1.6 heads wide. */
    public static final double HEAD = 9;

    public ArrowShape {
        if (head == null || head.length != 6) {
            throw new IllegalArgumentException("an arrow head is three corners, six numbers; found "
                    + (head == null ? "none" : head.length));
        }
        head = head.clone();
    }

    /** A copy of the head's corners (tip x, tip y, then the other two corners); changing it changes nothing here. */
    @Override
    public double[] head() {
        return head.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrowShape a && Double.compare(x0, a.x0) == 0 && Double.compare(y0, a.y0) == 0
                && Double.compare(shaftEndX, a.shaftEndX) == 0 && Double.compare(shaftEndY, a.shaftEndY) == 0
                && Arrays.equals(head, a.head);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(x0, y0, shaftEndX, shaftEndY) + Arrays.hashCode(head);
    }

    @Override
    public String toString() {
        return "ArrowShape[x0=" + x0 + ", y0=" + y0 + ", shaftEndX=" + shaftEndX + ", shaftEndY=" + shaftEndY
                + ", head=" + Arrays.toString(head) + "]";
    }

    /** The arrow from (x0, y0) to (x1, y1) in pixels; null when it is too short to draw. */
    public static ArrowShape between(double x0, double y0, double x1, double y1) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 1) {
            return null;
        }
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        double back = HEAD * 1.6;
        double side = HEAD * 0.8;
        double[] head = {x1, y1, x1 - ux * back - uy * side, y1 - uy * back + ux * side,
            x1 - ux * back + uy * side, y1 - uy * back - ux * side};
        return new ArrowShape(x0, y0, x1 - ux * HEAD, y1 - uy * HEAD, head);
    }

    /** The arrow of a move in framework coordinates, placed by {@code g}. */
    public static ArrowShape of(IntendedMoves.Arrow a, PlotGeometry g) {
        return between(g.toPixelX(a.from().x()), g.toPixelY(a.from().y()), g.toPixelX(a.to().x()),
                g.toPixelY(a.to().y()));
    }
}
