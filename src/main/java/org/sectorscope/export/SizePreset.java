package org.sectorscope.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Export sizes named as analysts think of them (issue 16, point 3). A slide is a fixed pixel size; a page
 * is its paper size times the dpi, so an A4 at 300 dpi is 2480 x 3508 pixels and prints as A4.
 *
 * <p>{@link #apply} turns a preset into the request's base size and scale, whose product is the pixel
 * size. A slide is drawn at scale 1. A page keeps one unit of the figure near 1/150 inch: the scale is
 * dpi / 150 (1 to 4) when it divides the pixel size, else the next smaller one that does, so A4 at 150 and
 * at 300 dpi have the same layout, the second twice as sharp. CUSTOM is the width and height typed.
 */
public enum SizePreset {
    SLIDE_16_9("slide-16x9", "Slide 16:9", 1920, 1080, 0, 0),
    /** 1440 x 1080: the 16:9 slide's height, so both kinds of slide draw text at the same size. */
    SLIDE_4_3("slide-4x3", "Slide 4:3", 1440, 1080, 0, 0),
    A4_PORTRAIT("a4-portrait", "A4 portrait", 0, 0, 210, 297),
    A4_LANDSCAPE("a4-landscape", "A4 landscape", 0, 0, 297, 210),
    LETTER_PORTRAIT("letter-portrait", "Letter portrait", 0, 0, 215.9, 279.4),
    LETTER_LANDSCAPE("letter-landscape", "Letter landscape", 0, 0, 279.4, 215.9),
    CUSTOM("custom", "Custom", 0, 0, 0, 0);

    /** The print resolution; {@link ExportRequest#DEFAULT_DPI} is the screen one. */
    public static final int PRINT_DPI = 300;
    /** A page's figure keeps one unit near 1/150 inch whatever the dpi. */
    static final int UNITS_PER_INCH = 150;
    private static final double MM_PER_INCH = 25.4;

    /** A size in pixels. */
    public record Pixels(int width, int height) {
        @Override
        public String toString() {
            return width + " x " + height;
        }
    }

    private final String word;
    private final String label;
    private final int slideWidth;
    private final int slideHeight;
    private final double paperWidthMm;
    private final double paperHeightMm;

    SizePreset(String word, String label, int slideWidth, int slideHeight, double paperWidthMm, double paperHeightMm) {
        this.word = word;
        this.label = label;
        this.slideWidth = slideWidth;
        this.slideHeight = slideHeight;
        this.paperWidthMm = paperWidthMm;
        this.paperHeightMm = paperHeightMm;
    }

    /** The command line's word: "slide-16x9", "a4-portrait"... */
    public String word() {
        return word;
    }

    /** The dialog's name: "Slide 16:9", "A4 portrait"... */
    public String label() {
        return label;
    }

    public boolean isPaper() {
        return paperWidthMm > 0;
    }

    /** The preset of this command-line word (any case); empty for none, and for "custom" (give WxH). */
    public static Optional<SizePreset> ofWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p != CUSTOM && p.word.equals(w)).findFirst();
    }

    /** The pixel size at {@code dpi}; a slide's does not depend on it. Not for CUSTOM. */
    public Pixels pixels(int dpi) {
        if (this == CUSTOM) {
            throw new IllegalStateException("a custom size is the width and height typed");
        }
        if (!isPaper()) {
            return new Pixels(slideWidth, slideHeight);
        }
        return new Pixels((int) Math.round(paperWidthMm / MM_PER_INCH * dpi),
                (int) Math.round(paperHeightMm / MM_PER_INCH * dpi));
    }

    /** The scale that draws {@link #pixels(int)} (see the class comment). Not for CUSTOM. */
    public int scale(int dpi) {
        Pixels px = pixels(dpi);
        if (!isPaper()) {
            return 1;
        }
        int s = Math.max(1, Math.min(ExportRequest.MAX_SCALE, dpi / UNITS_PER_INCH));
        while (s > 1 && (px.width() % s != 0 || px.height() % s != 0
                || Math.min(px.width(), px.height()) / s < ExportRequest.MIN_SIZE)) {
            s--;
        }
        return s;
    }

    /** The request with this preset's size and scale and the dpi; CUSTOM changes only the dpi. */
    public ExportRequest apply(ExportRequest request, int dpi) {
        ExportRequest r = request.withDpi(dpi);
        if (this == CUSTOM) {
            return r;
        }
        Pixels px = pixels(dpi);
        int s = scale(dpi);
        return r.withSize(px.width() / s, px.height() / s).withScale(s);
    }

    /** "Slide 16:9 (1920 x 1080 px)", "A4 portrait (2480 x 3508 px at 300 dpi)", "Custom". */
    public String describe(int dpi) {
        if (this == CUSTOM) {
            return label;
        }
        return label + " (" + pixels(dpi) + " px" + (isPaper() ? " at " + dpi + " dpi" : "") + ")";
    }
}
