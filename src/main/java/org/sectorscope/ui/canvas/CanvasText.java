package org.sectorscope.ui.canvas;

import org.sectorscope.logic.plot.TextFit;

/**
 * Text for the canvas's JavaFX nodes, cut before JavaFX measures or lays it out: a node given a text of
 * any length then costs no more than one as wide as its room (issue 12, point 8).
 */
final class CanvasText {
    /** Where the room is not known yet: a side no screen's plot or bar exceeds. */
    static final double UNKNOWN_ROOM = 8192;

    private CanvasText() {
    }

    /**
     * {@code s} itself when {@code room} could hold it at font size {@code size}; otherwise the most it
     * could hold, plus one character, and an ellipsis (JavaFX clips or ellipsizes the rest as usual).
     */
    static String fit(String s, double room, double size) {
        String cut = TextFit.couldFit(s, room, size);
        return cut.length() == s.length() ? s : cut + "\u2026";
    }
}
