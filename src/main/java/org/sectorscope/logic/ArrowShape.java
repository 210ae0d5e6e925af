package org.sectorscope.logic;

/**
 * An intended-move arrow in pixels: the shaft stops where the head begins, and the head is a
 * triangle with its tip at the arrow's end. The canvas and the exports draw it from this one shape,
 * so the two look the same.
 */
public record ArrowShape(double x0, double y0, double shaftEndX, double shaftEndY, double[] head) {
    /** Head length in pixels: the triangle is 1.6 heads long and 1.6 heads wide. */
    public static final double HEAD = 9;

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
