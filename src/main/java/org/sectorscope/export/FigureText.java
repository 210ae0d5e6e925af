package org.sectorscope.export;

import java.awt.Font;
import java.util.EnumMap;
import java.util.Map;
import org.sectorscope.logic.plot.TextMetrics;
import org.sectorscope.logic.plot.TextStyle;

/**
 * The plot's text measured in the bundled DejaVu fonts with Java2D's fractional metrics. The exports
 * lay out with it, and so does the canvas, which then draws the same lines in the same font: one
 * measure is what makes screen and export agree to the pixel.
 */
public final class FigureText implements TextMetrics {
    public static final FigureText METRICS = new FigureText();

    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);

    private FigureText() {
        for (TextStyle s : TextStyle.values()) {
            fonts.put(s, ExportFonts.of(s.bold(), s.size()));
        }
    }

    static Font font(TextStyle style) {
        return METRICS.fonts.get(style);
    }

    @Override
    public double width(String text, TextStyle style) {
        return Typesetter.width(text, font(style));
    }

    @Override
    public double ascent(TextStyle style) {
        return Typesetter.ascent(font(style));
    }

    @Override
    public double lineHeight(TextStyle style) {
        return Typesetter.lineHeight(font(style));
    }

    /** The font files, for a screen that wants to draw in the very font the layout measured. */
    public static byte[] fontFile(boolean bold) throws java.io.IOException {
        return ExportFonts.bytes(bold);
    }
}
