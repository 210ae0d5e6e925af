package org.sectorscope.model;

/** A continuous position on the framework; both coordinates lie in [-1, 1]. */
public record Position(double x, double y) {
    public static final double MIN = -1.0;
    public static final double MAX = 1.0;

    public Position {
        requireInRange("x", x);
        requireInRange("y", y);
    }

    private static void requireInRange(String name, double value) {
        if (!Double.isFinite(value) || value < MIN || value > MAX) {
            throw new IllegalArgumentException(name + " must be a number from -1 to 1, found " + value);
        }
    }

    /** A position clamped into range, for gestures that overshoot the canvas. */
    public static Position clamped(double x, double y) {
        return new Position(clamp(x), clamp(y));
    }

    private static double clamp(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        return Math.max(MIN, Math.min(MAX, v));
    }
}
