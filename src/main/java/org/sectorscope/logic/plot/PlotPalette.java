package org.sectorscope.logic.plot;

import java.util.Locale;

/**
 * The colours of the plot, as 0xRRGGBB (alpha apart, 0-255): one palette for the canvas, its stylesheet
 * (through looked-up colours the canvas sets from here) and every export, always the light print look.
 */
public final class PlotPalette {
    public static final int INK = 0x1f2933;
    public static final int MUTED = 0x52606d;
    public static final int LINE = 0x9aa5b1;
    public static final int DIVIDER = 0x52606d;
    public static final int QUADRANT_NAME = 0x323f4b;
    public static final int PAPER = 0xffffff;

    public static final int CARD_FILL = 0xffffff;
    public static final int CARD_FILL_ALPHA = 245;
    public static final int CARD_BORDER = 0x7b8794;
    public static final int CARD_SHADOW_ALPHA = 28;
    public static final int LEADER = 0x52606d;
    public static final int MARKER_HALO = 0xffffff;

    public static final int STATE_LED = 0x9b2c2c;
    public static final int MARKET = 0x2f855a;
    public static final int OTHER_DRIVER = 0x323f4b;

    /**
     * The colours of a text field's values, when markers are coloured by one: Paul Tol's "muted" scheme,
     * whose nine colours stay apart for the common colour-vision deficiencies and read on white; ordered
     * so that the first few, which most fields use, differ most.
     */
    private static final int[] CATEGORIES = {0x332288, 0xcc6677, 0x44aa99, 0xddcc77, 0x882255, 0x117733, 0x88ccee,
        0x999933, 0xaa4499};
    /** A sector without a value of the field that colours the markers: a neutral grey, no hue to confuse. */
    public static final int NO_VALUE = 0xa3a3a3;
    /** The values beyond the palette, sharing one colour (named "other values" in the legend). */
    public static final int OTHER_VALUES = 0x5c5c5c;
    /** The driver shapes' key while colour shows a field: the shape alone, in a neutral colour. */
    public static final int SHAPE_KEY = 0x52606d;

    public static final int CONFIDENCE = 0x1c5d99;
    /** An empty meter: lighter than a filled one, yet 4.5:1 on a card (WCAG AA; the old #9aa5b1 was 2.5:1). */
    public static final int CONFIDENCE_NONE = 0x616e7c;
    public static final int WARNING = 0xab091e;

    public static final int SELECTION = 0x1c5d99;
    public static final int OPTION = 0x7c5e10;
    /** Alpha of the broad arrows drawn between quadrant centres. */
    public static final int OPTION_FAINT_ALPHA = 140;

    private PlotPalette() {
    }

    /** How many values of a text field get a colour of their own. */
    public static int categoryCount() {
        return CATEGORIES.length;
    }

    /** The colour of the {@code i}th value of a text field (0-based, below {@link #categoryCount()}). */
    public static int category(int i) {
        return CATEGORIES[i];
    }

    /** "#rrggbb", for CSS and SVG. */
    public static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }

    /** 0xRRGGBB from "#RRGGBB", as the model stores quadrant colours. */
    public static int parse(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }
}
