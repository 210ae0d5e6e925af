package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaking and cutting text to a width, for any way of measuring it. Linear in the text's length: a
 * text is first cut to what could possibly fit, so a name of a million characters costs no more than a
 * short one.
 */
public final class TextFit {
    /** No glyph of the plot's fonts is narrower than this many pixels per point of size. */
    private static final double NARROWEST_GLYPH = 0.25;

    private TextFit() {
    }

    /** Line breaks and tabs become spaces, other control characters go; trimmed. */
    public static String clean(String s) {
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

    /**
     * At most {@code maxLines} lines no wider than {@code maxWidth}, broken between words (a word wider
     * than a line between characters); the last line ends in an ellipsis when text was left out.
     * {@code size} is the font size, used only to bound the work.
     */
    public static List<String> wrap(String text, double maxWidth, int maxLines, double size,
                                    ToDoubleFunction<String> width) {
        String t = bounded(clean(text), maxWidth * (maxLines + 1), size);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : t.split(" +")) {
            if (lines.size() > maxLines) {
                break; // enough to know the text is cut
            }
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > maxWidth && lines.size() <= maxLines) {
                int cut = fitting(rest, maxWidth, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1) + " " + lines.get(maxLines), maxWidth, size, width));
        return kept;
    }

    /** The text, cut with an ellipsis if it is wider than {@code maxWidth}. */
    public static String ellipsize(String text, double maxWidth, double size, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(text) <= maxWidth) {
            return text;
        }
        String cut = bounded(text, maxWidth, size);
        while (!cut.isEmpty() && width.applyAsDouble(cut.strip() + "\u2026") > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.strip() + "\u2026";
    }

    /** The text cut to the most characters that could fit in {@code room}, plus one, so more is known to be there. */
    private static String bounded(String text, double room, double size) {
        int max = (int) Math.min(Integer.MAX_VALUE - 1, Math.ceil(room / (NARROWEST_GLYPH * Math.max(1, size)))) + 1;
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** How many chars of {@code s} fit in {@code maxWidth}; at least one code point. */
    private static int fitting(String s, double maxWidth, ToDoubleFunction<String> width) {
        int end = s.offsetByCodePoints(0, 1);
        while (end < s.length()) {
            int next = s.offsetByCodePoints(end, 1);
            if (width.applyAsDouble(s.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }
}
