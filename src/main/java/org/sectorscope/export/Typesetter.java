package org.sectorscope.export;

import java.awt.Font;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

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

    /** Text fit to draw: line breaks and tabs become spaces, other control characters go. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().strip();
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

    /**
     * Lines of at most {@code maxWidth}, broken between words; a word wider than a whole line is broken
     * between characters, as the last resort.
     */
    static List<String> wrap(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(text).split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font) > maxWidth) {
                int cut = fitting(rest, font, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** At most {@code maxLines} lines; the last one ends in an ellipsis when text was left out. */
    static List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
        List<String> lines = wrap(text, font, maxWidth);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1) + " " + lines.get(maxLines), font, maxWidth));
        return kept;
    }

    /** The text, cut with an ellipsis if it is wider than {@code maxWidth}. */
    static String ellipsize(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut.strip() + "\u2026", font) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.strip() + "\u2026";
    }

    /** How many chars of {@code s} fit in {@code maxWidth}; at least one code point. */
    private static int fitting(String s, Font font, double maxWidth) {
        int end = s.offsetByCodePoints(0, 1);
        while (end < s.length()) {
            int next = s.offsetByCodePoints(end, 1);
            if (width(s.substring(0, next), font) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }
}
