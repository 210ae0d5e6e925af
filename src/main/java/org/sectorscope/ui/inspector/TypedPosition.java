package org.sectorscope.ui.inspector;

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
        // The model rounds to 4 decimals, never across a line or the on-line band.
        return new TypedPosition(new Position(px, py), null);
    }

    /** Where the position lies, as every pane says it ("A) Win-Win", "on the A/B line"), or the problem. */
    String place(Framework framework) {
        return position == null ? problem : PlotLocation.of(framework, position).label();
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
