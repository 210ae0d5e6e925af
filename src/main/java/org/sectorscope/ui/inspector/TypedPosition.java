package org.sectorscope.ui.inspector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;

/**
 * A position typed as two numbers: either a position (rounded to 4 decimals, as the file keeps them)
 * or the reason it is not one. What the inspector shows live, before anything changes.
 */
record TypedPosition(Position position, String problem) {
    static TypedPosition parse(String x, String y) {
        Double px = number(x);
        Double py = number(y);
        if (px == null || py == null) {
            return new TypedPosition(null, "x and y are numbers from -1 to 1, e.g. 0.45 and -0.3");
        }
        if (px < Position.MIN || px > Position.MAX || py < Position.MIN || py > Position.MAX) {
            return new TypedPosition(null, "x and y must lie from -1 to 1");
        }
        return new TypedPosition(new Position(round(px), round(py)), null);
    }

    /** Where the position lies, as every pane says it ("A) Win-Win", "on the A/B line"), or the problem. */
    String place(Framework framework) {
        return position == null ? problem : PlotLocation.of(framework, position).label();
    }

    /** A coordinate as the inspector shows it: at most 4 decimals, no trailing zeros, never "-0". */
    static String show(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
