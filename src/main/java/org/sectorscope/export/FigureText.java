package org.sectorscope.export;

import java.awt.Font;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sectorscope.logic.plot.TextMetrics;
import org.sectorscope.logic.plot.TextStyle;

/**
 * The plot's text measured in the bundled DejaVu fonts with Java2D's fractional metrics. The exports
 * lay out with it, and so does the canvas, which then draws the same lines in the same font: one
 * measure is what makes screen and export agree to the pixel.
 */
public final class FigureText implements TextMetrics {
    public static final FigureText METRICS = new FigureText();

    /** Widths already measured: a layout measures the same names again at every size, and Java2D is slow at it. */
    private static final int CACHE_LIMIT = 50_000;
    /** Longer texts are not kept: the layouts measure lines, and one huge key would hold its memory. */
    private static final int CACHE_MAX_CHARS = 1_000;
    private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, Map<String, Double>> widths = new EnumMap<>(TextStyle.class);

    private FigureText() {
        for (TextStyle s : TextStyle.values()) {
            fonts.put(s, ExportFonts.of(s.bold(), s.size()));
            widths.put(s, new ConcurrentHashMap<>());
        }
    }

    static Font font(TextStyle style) {
        return METRICS.fonts.get(style);
    }

    @Override
    public double width(String text, TextStyle style) {
        Map<String, Double> cache = widths.get(style);
        Double known = cache.get(text);
        if (known != null) {
            return known;
        }
        double w = Typesetter.width(text, font(style));
        if (text.length() > CACHE_MAX_CHARS) {
            return w;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear(); // crude, but bounded; refilling costs one layout's worth of measuring
        }
        cache.put(text, w);
        return w;
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
    public static byte[] fontFile(boolean bold) throws IOException {
        return ExportFonts.bytes(bold);
    }
}
