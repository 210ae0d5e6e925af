package org.sectorscope.logic.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;
import org.sectorscope.model.Text;

/**
 * Breaking and cutting text to a width, for any way of measuring it. Linear in the text's length: a
 * text is first cut to what could possibly fit, nothing longer than a line could hold is ever measured,
 * and each line is found by a search from the previous line's length (galloping, then halving), not by
 * measuring every longer prefix. So a name of a million characters costs no more than a short one, and
 * a million characters wrapped without a line limit cost a few million characters of measuring.
 */
public final class TextFit {
    /** No glyph of the plot's fonts is narrower than this many pixels per point of size. */
    private static final double NARROWEST_GLYPH = 0.25;
    /** Zero-width marks (accents, joiners) break the bound above; a line may have this many times as many chars. */
    private static final int MARKS_ALLOWANCE = 4;
    /** An ordinary glyph's width per point of size: only where a search starts, never what it finds. */
    private static final double TYPICAL_GLYPH = 0.55;
    private static final char REPLACEMENT = '\uFFFD';

    private TextFit() {
    }

    /**
     * Text fit to draw on one line: line breaks and tabs become spaces, DEL and C1 controls go, and what
     * XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF, a lone surrogate) becomes U+FFFD, so no export
     * format is ever handed a character it cannot hold; trimmed.
     */
    public static String clean(String s) {
        return cleaned(s, Integer.MAX_VALUE - 1);
    }

    /**
     * {@link #clean} of {@code s} cut to what could fit in {@code room} at font size {@code size} (as
     * {@link #couldFit}), without cleaning more of {@code s} than that: so a text of any length costs
     * what one that fills the room does.
     */
    public static String clean(String s, double room, double size) {
        return cleaned(s, capacity(room, size) + 1);
    }

    /** {@code clean(s)}, cut to {@code max} chars (one less rather than split a pair), reading no further than that. */
    private static String cleaned(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder((int) Math.min(s.length(), max + 2L));
        int i = 0;
        for (; i < s.length() && out.length() <= max; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (out.length() > 0) { // leading spaces go, as in strip()
                    out.append(' ');
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                continue; // invisible, and allowed in XML: dropped as before
            } else if (out.length() > 0 || c < 0x20 || !Character.isWhitespace(c)) {
                i = appendSafe(out, s, i);
            }
        }
        // Trailing spaces go too, unless something visible follows where reading stopped.
        String t = visibleFrom(s, i) ? out.toString() : out.toString().stripTrailing();
        if (t.length() <= max) {
            return t;
        }
        return t.substring(0, Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max);
    }

    /** Whether {@code s} from {@code i} on holds anything {@link #clean} would neither drop nor trim. */
    private static boolean visibleFrom(String s, int i) {
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            boolean blank = c == '\n' || c == '\r' || c == '\t' || c >= 0x20 && Character.isWhitespace(c);
            if (!blank && (c < 0x7F || c > 0x9F)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code s} with every character XML 1.0 forbids replaced by U+FFFD (a valid surrogate pair kept,
     * tabs and line breaks kept); the same string when there is none. The last guard before text is
     * written into an SVG, PPTX or PDF; the model's own rule ({@link Text#replaceForbidden}).
     */
    public static String xmlSafe(String s) {
        return s == null ? null : Text.replaceForbidden(s);
    }

    /** Appends the char at {@code i} of {@code s}, or U+FFFD for one XML forbids; returns the last index used. */
    private static int appendSafe(StringBuilder out, String s, int i) {
        if (Text.forbiddenAt(s, i)) {
            out.append(REPLACEMENT);
            return i;
        }
        char c = s.charAt(i);
        out.append(c);
        if (Character.isHighSurrogate(c)) {
            out.append(s.charAt(i + 1));
            return i + 1;
        }
        return i;
    }


    /**
     * At most {@code maxLines} lines no wider than {@code maxWidth}, broken between words (a word wider
     * than a line between characters); the last line ends in an ellipsis when text was left out.
     * {@code size} is the font size, used only to bound the work.
     */
    public static List<String> wrap(String text, double maxWidth, int maxLines, double size,
                                    ToDoubleFunction<String> width) {
        String t = clean(text, maxWidth * ((double) maxLines + 1), size);
        String[] words = t.isEmpty() ? new String[0] : t.split(" +");
        int limit = (int) Math.min(Integer.MAX_VALUE / 2, (long) MARKS_ALLOWANCE * capacity(maxWidth, size));
        List<String> lines = new ArrayList<>();
        LineOfWords line = new LineOfWords(words, limit, maxWidth, width);
        int w = 0;
        int off = 0; // the next line starts at this char of words[w]
        int piece = 0; // the length of the last piece a long word was cut into, where the next search starts
        while (w < words.length && lines.size() <= maxLines) {
            String word = words[w];
            if (word.length() - off > limit || width.applyAsDouble(word.substring(off)) > maxWidth) {
                int start = piece > 0 ? piece : (int) (maxWidth / (TYPICAL_GLYPH * Math.max(1, size)));
                int cut = fitting(word, off, start, maxWidth, limit, width);
                lines.add(word.substring(off, cut));
                piece = cut - off;
                off = cut;
                if (off == word.length()) { // one code point wider than the line, alone on it
                    w++;
                    off = 0;
                }
                continue;
            }
            lines.add(line.longest(w, off));
            w += line.taken() + 1;
            off = 0;
            piece = 0;
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
        String cut = couldFit(text, maxWidth, size);
        if (cut.length() == text.length() && width.applyAsDouble(text) <= maxWidth) {
            return text;
        }
        // The most characters that fit with the ellipsis; none at all gives the ellipsis alone.
        IntPredicate fits = end -> width.applyAsDouble(cut.substring(0, end).strip() + "\u2026") <= maxWidth;
        int start = (int) (maxWidth / (TYPICAL_GLYPH * Math.max(1, size)));
        int end = search(cut, 0, cut.length() + 1, start, fits);
        return cut.substring(0, end).strip() + "\u2026";
    }

    /**
     * {@code text} cut to the most characters that could fit in {@code room} at font size {@code size},
     * plus one, so that more is known to be there; the text itself when it is no longer. For anything
     * that measures or lays out a text of unknown length, before it does.
     */
    public static String couldFit(String text, double room, double size) {
        int max = capacity(room, size) + 1;
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** The most characters {@code room} could hold, at least one. */
    private static int capacity(double room, double size) {
        double chars = Math.ceil(room / (NARROWEST_GLYPH * Math.max(1, size)));
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE - 2, chars));
    }

    /**
     * The end of the longest piece of {@code s} from {@code from} that fits, at least one code point;
     * its whole rest is known not to fit. The search starts {@code start} chars on.
     */
    private static int fitting(String s, int from, int start, double maxWidth, int limit,
                               ToDoubleFunction<String> width) {
        int first = s.offsetByCodePoints(from, 1);
        int bad = (int) Math.min(s.length(), (long) from + limit + 1);
        if (bad <= first) {
            return first;
        }
        return search(s, first, bad, from + start, end -> width.applyAsDouble(s.substring(from, end)) <= maxWidth);
    }

    /**
     * The largest position in [good, bad) that fits, given that {@code good} does (or is taken anyway)
     * and {@code bad} does not; positions are char offsets of {@code s} between code points, or any int
     * when {@code s} is null. Gallops from {@code start} then halves: O(log |answer - start|) probes,
     * the same answer as trying every position when fitting is monotonic.
     */
    static int search(String s, int good, int bad, int start, IntPredicate fits) {
        int step = 1;
        int probe = start;
        boolean galloping = true;
        boolean up = true;
        while (true) {
            int p = within(s, galloping ? probe : good + (bad - good) / 2, good, bad);
            if (p < 0) {
                return good;
            }
            boolean ok = fits.test(p);
            if (ok) {
                good = p;
            } else {
                bad = p;
            }
            if (galloping) {
                if (step == 1) {
                    up = ok; // the first probe says which way the answer lies
                } else if (ok != up) {
                    galloping = false;
                }
                long next = up ? (long) p + step : (long) p - step;
                probe = (int) Math.max(0, Math.min(Integer.MAX_VALUE, next));
                step = (int) Math.min(Integer.MAX_VALUE / 2, 2L * step);
            }
        }
    }

    /** A position strictly between good and bad near {@code p}, on a code point boundary of {@code s}; -1 if none. */
    private static int within(String s, int p, int good, int bad) {
        int q = Math.max(Math.min(p, bad - 1), good + 1);
        if (s != null && q < s.length() && Character.isLowSurrogate(s.charAt(q))
                && Character.isHighSurrogate(s.charAt(q - 1))) {
            q = q - 1 > good ? q - 1 : q + 1;
        }
        return q > good && q < bad ? q : -1;
    }
}
