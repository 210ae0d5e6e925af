package org.sectorscope.export;

import java.awt.Font;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;
import org.sectorscope.logic.plot.TextFit;

/**
 * Measures and breaks text for the figures, always in {@link ExportFonts#FRC} so every output format
 * gets the same layout. Characters the bundled font lacks (CJK, say) are set in the logical SansSerif
 * font instead of showing as boxes.
 */
final class Typesetter {
    /** A stretch of text set in one font. */
    record Run(String text, Font font) {
    }

    private Typesetter() {
    }

    /** Text fit to draw on one line (see {@link TextFit#clean}): nothing XML forbids is left in it. */
    static String clean(String s) {
        return TextFit.clean(s);
    }

    /** {@code s} with what XML forbids replaced by U+FFFD, line breaks kept (see {@link TextFit#xmlSafe}). */
    static String safe(String s) {
        return TextFit.xmlSafe(s);
    }

    /** The text split where the font can and cannot display it, the latter in the logical SansSerif. */
    static List<Run> runs(String text, Font font) {
        List<Run> runs = new ArrayList<>(1);
        int start = 0;
        Boolean own = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean can = font.canDisplay(cp) || Character.isWhitespace(cp);
            if (own != null && can != own) {
                runs.add(new Run(text.substring(start, i), own ? font : fallback(font)));
                start = i;
            }
            own = can;
            i += Character.charCount(cp);
        }
        if (own != null) {
            runs.add(new Run(text.substring(start), own ? font : fallback(font)));
        }
        return runs;
    }

    private static Font fallback(Font font) {
        return new Font(Font.SANS_SERIF, font.getStyle(), font.getSize());
    }

    static double width(String text, Font font) {
        double w = 0;
        for (Run r : runs(text, font)) {
            w += r.font().getStringBounds(r.text(), ExportFonts.FRC).getWidth();
        }
        return w;
    }

    static double ascent(Font font) {
        return metrics(font).getAscent();
    }

    static double descent(Font font) {
        return metrics(font).getDescent();
    }

    /** Baseline to baseline. */
    static double lineHeight(Font font) {
        LineMetrics m = metrics(font);
        return m.getAscent() + m.getDescent() + m.getLeading();
    }

    /** Ascent plus descent: the ink height of one line without leading. */
    static double textHeight(Font font) {
        LineMetrics m = metrics(font);
        return m.getAscent() + m.getDescent();
    }

    private static LineMetrics metrics(Font font) {
        return font.getLineMetrics("Hg", ExportFonts.FRC);
    }

    /** Lines of at most {@code maxWidth}, broken between words (see {@link TextFit#wrap}); linear in the text. */
    static List<String> wrap(String text, Font font, double maxWidth) {
        return TextFit.wrap(text, maxWidth, Integer.MAX_VALUE - 1, font.getSize2D(), t -> width(t, font));
    }

    /** At most {@code maxLines} lines; the last one ends in an ellipsis when text was left out. */
    static List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
        return TextFit.wrap(text, maxWidth, maxLines, font.getSize2D(), t -> width(t, font));
    }

    /** The text, cut with an ellipsis if it is wider than {@code maxWidth}. */
    static String ellipsize(String text, Font font, double maxWidth) {
        return TextFit.ellipsize(text, maxWidth, font.getSize2D(), t -> width(t, font));
    }
}
