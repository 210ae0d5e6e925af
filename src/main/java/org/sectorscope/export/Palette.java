package org.sectorscope.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import org.sectorscope.logic.plot.PlotPalette;

/**
 * The export's print look in Java2D terms: the colours of {@link PlotPalette}, which the canvas uses
 * too, and the strokes; always light whatever the window shows, so a figure reads the same on paper
 * and on a slide.
 */
final class Palette {
    static final Color INK = rgb(PlotPalette.INK);
    static final Color MUTED = rgb(PlotPalette.MUTED);
    static final Color LINE = rgb(PlotPalette.LINE);
    static final Color DIVIDER = rgb(PlotPalette.DIVIDER);
    static final Color QUADRANT_NAME = rgb(PlotPalette.QUADRANT_NAME);
    static final Color PAPER = rgb(PlotPalette.PAPER);
    static final Color PANEL = hex("#f5f7fa");
    static final Color GRID = hex("#d9e2ec");
    static final Color TOTAL = hex("#e4e7eb");

    static final Color CARD_FILL = new Color(PlotPalette.CARD_FILL | (PlotPalette.CARD_FILL_ALPHA << 24), true);
    static final Color CARD_BORDER = rgb(PlotPalette.CARD_BORDER);
    static final Color CARD_SHADOW = new Color(0, 0, 0, PlotPalette.CARD_SHADOW_ALPHA);

    static final Color CONFIDENCE = rgb(PlotPalette.CONFIDENCE);
    static final Color CONFIDENCE_NONE = rgb(PlotPalette.CONFIDENCE_NONE);
    static final Color WARNING = rgb(PlotPalette.WARNING);

    static final Color OPTION = rgb(PlotPalette.OPTION);
    static final Color OPTION_FAINT = new Color(PlotPalette.OPTION | (PlotPalette.OPTION_FAINT_ALPHA << 24), true);
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

    static Color rgb(int rgb) {
        return new Color(rgb);
    }

    /** A "#RRGGBB" colour, as the model stores quadrant colours. */
    static Color hex(String rgb) {
        return new Color(PlotPalette.parse(rgb));
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
