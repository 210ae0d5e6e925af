package org.sectorscope.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * The export's print look: the colours and strokes of the app's light theme (assets/sectorscope.css),
 * always light whatever the window shows, so a figure reads the same on paper and on a slide.
 */
final class Palette {
    static final Color INK = hex("#1f2933");
    static final Color MUTED = hex("#52606d");
    static final Color LINE = hex("#9aa5b1");
    static final Color DIVIDER = hex("#52606d");
    static final Color QUADRANT_NAME = hex("#323f4b");
    static final Color PAPER = Color.WHITE;
    static final Color PANEL = hex("#f5f7fa");
    static final Color GRID = hex("#d9e2ec");
    static final Color TOTAL = hex("#e4e7eb");

    static final Color CARD_FILL = new Color(255, 255, 255, 245);
    static final Color CARD_BORDER = hex("#7b8794");
    static final Color CARD_SHADOW = new Color(0, 0, 0, 28);
    static final Color DOT_FILL = new Color(255, 255, 255, 217);

    static final Color STATE_LED = hex("#9b2c2c");
    static final Color MARKET = hex("#2f855a");
    static final Color OTHER_DRIVER = hex("#323f4b");

    static final Color CONFIDENCE = hex("#1c5d99");
    static final Color CONFIDENCE_NONE = hex("#9aa5b1");
    static final Color WARNING = hex("#ab091e");

    static final Color OPTION = hex("#7c5e10");
    static final Color OPTION_FAINT = new Color(0x7c, 0x5e, 0x10, 140);
    static final Color BEST = hex("#2f6f2b");

    static final Stroke HAIRLINE = new BasicStroke(1f);
    static final Stroke DIVIDER_STROKE = new BasicStroke(1.5f);
    static final Stroke TARGET_STROKE = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {10f, 6f}, 0f);
    static final Stroke TARGET_CARD_STROKE = new BasicStroke(2.5f);
    static final Stroke ARROW_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke QUADRANT_ARROW_STROKE = new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {12f, 8f}, 0f);

    private Palette() {
    }

    /** A "#RRGGBB" colour, as the model stores quadrant colours. */
    static Color hex(String rgb) {
        return new Color(Integer.parseInt(rgb.substring(1), 16));
    }

    /**
     * The options pane's score cells (.score-1 ... .score-5): reds against, greens for, 3 and unscored
     * cells left plain; null means no fill.
     */
    static Color score(Integer value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case 1 -> hex("#f8d7d3");
            case 2 -> hex("#fbe9e6");
            case 4 -> hex("#e3f1df");
            case 5 -> hex("#cbe6c4");
            default -> null;
        };
    }
}
