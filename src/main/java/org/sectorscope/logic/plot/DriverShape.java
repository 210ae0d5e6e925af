package org.sectorscope.logic.plot;

import org.sectorscope.model.MarkerShape;

/**
 * The marker of a sector's exact position: its driver as a shape (so it reads in greyscale print too)
 * in the driver's colour. Canvas, exports and legends all draw these.
 */
public enum DriverShape {
    SQUARE("State-led", PlotPalette.STATE_LED),
    CIRCLE("Market-oriented", PlotPalette.MARKET),
    DIAMOND("Mixed or other", PlotPalette.OTHER_DRIVER);

    private final String legend;
    private final int rgb;

    DriverShape(String legend, int rgb) {
        this.legend = legend;
        this.rgb = rgb;
    }

    /** The drawing of a project driver's shape (see {@link DriverStyle} for the whole lookup). */
    public static DriverShape of(MarkerShape shape) {
        return switch (shape) {
            case SQUARE -> SQUARE;
            case CIRCLE -> CIRCLE;
            case DIAMOND -> DIAMOND;
        };
    }

    public String legend() {
        return legend;
    }

    /** 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /**
     * The outline of the shape of size {@code s} centred on (cx, cy), as polygon points x0, y0, x1, y1...;
     * the circle as a 16-gon, which is how vector formats without circles would draw it anyway.
     */
    public double[] outline(double cx, double cy, double s) {
        double r = s / 2;
        return switch (this) {
            case SQUARE -> new double[] {cx - r, cy - r, cx + r, cy - r, cx + r, cy + r, cx - r, cy + r};
            case DIAMOND -> {
                double d = r * 1.25; // a diamond of the square's height looks smaller; give it the same ink
                yield new double[] {cx, cy - d, cx + d, cy, cx, cy + d, cx - d, cy};
            }
            case CIRCLE -> {
                double[] pts = new double[32];
                for (int i = 0; i < 16; i++) {
                    double a = Math.PI * 2 * i / 16;
                    pts[2 * i] = cx + r * Math.cos(a);
                    pts[2 * i + 1] = cy + r * Math.sin(a);
                }
                yield pts;
            }
        };
    }
}
