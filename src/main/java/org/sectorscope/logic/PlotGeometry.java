package org.sectorscope.logic;

import org.sectorscope.model.Position;

/**
 * Maps framework positions ([-1, 1] on both axes, y up) to pixels of a plot rectangle (y down) and
 * back. Shared by the canvas and by anything else that draws the framework at a given size.
 */
public record PlotGeometry(double left, double top, double width, double height) {
    public PlotGeometry {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a plot needs a positive size, found " + width + "x" + height);
        }
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    public double centerX() {
        return left + width / 2;
    }

    public double centerY() {
        return top + height / 2;
    }

    public double toPixelX(double x) {
        return left + (x - Position.MIN) / (Position.MAX - Position.MIN) * width;
    }

    public double toPixelY(double y) {
        return top + (Position.MAX - y) / (Position.MAX - Position.MIN) * height;
    }

    /** The position under a pixel, clamped to the framework's range. */
    public Position toPosition(double px, double py) {
        double x = Position.MIN + (px - left) / width * (Position.MAX - Position.MIN);
        double y = Position.MAX - (py - top) / height * (Position.MAX - Position.MIN);
        return Position.clamped(x, y);
    }
}
