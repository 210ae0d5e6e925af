package org.sectorscope.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A continuous position on the framework; both coordinates lie in [-1, 1] and are held rounded to
 * {@link #DECIMALS} places.
 *
 * <p>Rounding lives here, not in the writer, so that every command, the canvas, the exports and the
 * saved file agree on one value: a nudge of 0.01 from 0.55 gives 0.56, not 0.5599999999999999, and what
 * is drawn is what is saved and read back. A ten-thousandth of the axis is far below a pixel.
 *
 * <p>Rounding must never move a sector across a boundary the figure shows: the dividing lines (x &lt; 0
 * is the low side, 0 itself the high side) and the edges of the on-line band of half-width
 * {@link #LINE_BAND} (inclusive), which logic.PlotLocation uses. Those boundaries are themselves on the
 * 4-decimal grid, so rounding to the nearest grid value can only land on a boundary, never jump past
 * one; when it would land on one the value was not on, it goes to the neighbouring grid value on the
 * value's own side instead (-0.00003 becomes -0.0001, not 0; 0.05004 becomes 0.0501, not 0.05).
 */
public record Position(double x, double y) {
    public static final double MIN = -1.0;
    public static final double MAX = 1.0;
    public static final int DECIMALS = 4;
    /** Half-width of the band around each dividing line that counts as on the line, inclusive. */
    public static final double LINE_BAND = 0.05;
    private static final double STEP = 0.0001;
    private static final double JUST_OFF_LINE = 0.0501;

    public Position {
        requireInRange("x", x);
        requireInRange("y", y);
        x = round(x);
        y = round(y);
    }

    private static void requireInRange(String name, double value) {
        if (!Double.isFinite(value) || value < MIN || value > MAX) {
            throw new IllegalArgumentException(name + " must be a number from -1 to 1, found " + value);
        }
    }

    /** {@code v} on the 4-decimal grid, on the same side of every boundary (see the class comment). */
    public static double round(double v) {
        double r = onGrid(v) ? v : BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
        if (v < 0 && r == 0) {
            return -STEP; // still on the low side
        }
        if (Math.abs(v) > LINE_BAND && Math.abs(r) == LINE_BAND) {
            return Math.copySign(JUST_OFF_LINE, v); // still off the line
        }
        return r == 0 ? 0.0 : r; // never -0.0, which would print as "-0.0"
    }

    private static final double GRID = 10_000; // 10^DECIMALS

    /**
     * Whether {@code v} is already the double nearest some multiple of 10^-{@link #DECIMALS}, as every value
     * read from a file or made by a command is: the decimal rounding would give it back unchanged, so it
     * is skipped (it costs a decimal conversion, and every sector of an opened file has coordinates). The
     * division is correctly rounded and 10^4 is exact, so equality means exactly that.
     */
    static boolean onGrid(double v) {
        return Math.rint(v * GRID) / GRID == v;
    }

    /**
     * A coordinate as people read and type it: at most {@link #DECIMALS} decimals, no trailing zeros,
     * never "-0" ("0.35", "-0.6", "1", "0").
     */
    public static String text(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_UP);
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
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
