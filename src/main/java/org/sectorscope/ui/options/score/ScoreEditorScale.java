package org.sectorscope.ui.options.score;

import org.sectorscope.model.Score;

/** What the score values 1-5 mean, in the words the cells' tooltips and the score editor show. */
public final class ScoreEditorScale {
    private static final String[] MEANINGS = {"works strongly against the criterion", "works against it", "neutral",
        "serves it", "serves it strongly"};

    /** The whole scale on one line per value, for tooltips. */
    public static final String LEGEND = legend();

    private ScoreEditorScale() {
    }

    /** "serves it" for 4; "" outside 1-5. */
    public static String meaning(int value) {
        return value >= Score.MIN && value <= Score.MAX ? MEANINGS[value - Score.MIN] : "";
    }

    public static boolean isValue(int value) {
        return value >= Score.MIN && value <= Score.MAX;
    }

    private static String legend() {
        StringBuilder out = new StringBuilder("Scale:");
        for (int v = Score.MIN; v <= Score.MAX; v++) {
            out.append('\n').append(v).append("  ").append(meaning(v));
        }
        return out.toString();
    }
}
