package org.sectorscope.logic.plot;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * The longest line of whole words that fits, for {@link TextFit#wrap}: the line is built only as far as
 * the search asks, never past what a line could hold, and the search starts at the previous line's
 * number of words, so a text of many lines costs a few measures of each line, not one per word.
 */
final class LineOfWords {
    private final String[] words;
    private final int limit;
    private final double maxWidth;
    private final ToDoubleFunction<String> width;
    private final StringBuilder line = new StringBuilder();
    /** {@code ends[k]}: the line's length with the first word and {@code k} more. */
    private int[] ends = new int[16];
    private int first;
    private int added;
    private boolean full;
    private int taken;
    private int start = 1;

    LineOfWords(String[] words, int limit, double maxWidth, ToDoubleFunction<String> width) {
        this.words = words;
        this.limit = limit;
        this.maxWidth = maxWidth;
        this.width = width;
    }

    /** The line from char {@code off} of word {@code w} (which fits alone) and as many words after it as fit. */
    String longest(int w, int off) {
        first = w;
        line.setLength(0);
        line.append(words[w], off, words[w].length());
        ends[0] = line.length();
        added = 0;
        full = false;
        taken = TextFit.search(null, 0, words.length - w, start, this::fits);
        start = Math.max(1, taken);
        return line.substring(0, ends[taken]);
    }

    /** How many words after the first the last line took. */
    int taken() {
        return taken;
    }

    private boolean fits(int k) {
        while (added < k && !full) {
            String next = words[first + added + 1];
            if (line.length() + 1 + next.length() > limit) {
                full = true; // too many chars to fit, whatever they are: not worth measuring
                break;
            }
            line.append(' ').append(next);
            added++;
            if (added == ends.length) {
                ends = Arrays.copyOf(ends, 2 * added);
            }
            ends[added] = line.length();
        }
        return added >= k && width.applyAsDouble(line.substring(0, ends[k])) <= maxWidth;
    }
}
