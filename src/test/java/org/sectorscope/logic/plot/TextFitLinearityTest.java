package org.sectorscope.logic.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.logic.PlacementConfidence;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;

/**
 * Issue 12, point 8: one long text must not freeze the window. No clock here: the work is counted as
 * the characters the fitting asks to measure, which is what a real measure costs, and must stay within
 * a constant times the text's length (or within a constant at all, where the result is a few lines).
 */
class TextFitLinearityTest {
    private static final double SIZE = 12;
    private static final int UNLIMITED = Integer.MAX_VALUE - 1;
    /** Measured characters per character of text, at most. */
    private static final long PER_CHAR = 16;

    /** Measures 0.6 of the size per code point, like FakeMetrics, and counts; fails fast past its budget. */
    private static final class Counting implements ToDoubleFunction<String> {
        private final long budget;
        long measured;

        Counting(long budget) {
            this.budget = budget;
        }

        @Override
        public double applyAsDouble(String t) {
            measured += t.length();
            if (measured > budget) {
                throw new AssertionError("measured more than " + budget + " characters");
            }
            return t.codePointCount(0, t.length()) * 0.6 * SIZE;
        }
    }

    private static String word(int n) {
        return "x".repeat(n);
    }

    /** Words of 1 to 12 letters, single spaces. */
    private static String words(int n, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(n + 12);
        while (sb.length() < n) {
            sb.append("abcdefghijkl", 0, 1 + r.nextInt(12)).append(' ');
        }
        return sb.substring(0, n);
    }

    private static Counting linear(int n) {
        return new Counting(PER_CHAR * n);
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000, 1_000_000})
    void oneWordWithoutALineLimitIsLinear(int n) {
        Counting width = linear(n);
        List<String> lines = TextFit.wrap(word(n), 180, UNLIMITED, SIZE, width);
        assertEquals(n, String.join("", lines).length(), "every character, on some line");
        assertTrue(lines.stream().allMatch(l -> l.length() * 0.6 * SIZE <= 180));
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000, 1_000_000})
    void manyWordsWithoutALineLimitAreLinear(int n) {
        Counting width = linear(n);
        List<String> lines = TextFit.wrap(words(n, n), 180, UNLIMITED, SIZE, width);
        assertEquals(words(n, n).replace(" ", ""), String.join("", lines).replace(" ", ""));
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000, 1_000_000})
    void veryWideLinesAreLinearToo(int n) {
        // Thousands of words a line: measuring each longer prefix of a line would be quadratic in it.
        Counting width = linear(n);
        List<String> lines = TextFit.wrap(words(n, n), 30_000, UNLIMITED, SIZE, width);
        assertTrue(lines.size() >= n * 0.6 * SIZE / 30_000, lines.size() + " lines");
        assertTrue(lines.stream().allMatch(l -> l.length() * 0.6 * SIZE <= 30_000));
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000, 1_000_000})
    void aWordOfMillionsOfCharactersWithoutSpacesAtWideLinesIsLinear(int n) {
        Counting width = linear(n);
        List<String> lines = TextFit.wrap(word(n), 30_000, UNLIMITED, SIZE, width);
        assertEquals(n, String.join("", lines).length());
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000, 1_000_000})
    void aFewLinesCostTheSameWhateverTheLength(int n) {
        // The text is cut to what three lines could hold before anything is measured.
        for (String text : new String[] {word(n), words(n, 7)}) {
            Counting width = new Counting(5_000);
            List<String> lines = TextFit.wrap(text, 180, 3, SIZE, width);
            assertEquals(3, lines.size());
            assertTrue(lines.get(2).endsWith("\u2026"), lines.get(2));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000, 1_000_000})
    void ellipsizingCostsTheSameWhateverTheLength(int n) {
        for (String text : new String[] {word(n), words(n, 11)}) {
            Counting width = new Counting(5_000);
            String cut = TextFit.ellipsize(text, 180, SIZE, width);
            assertTrue(cut.endsWith("\u2026") && cut.length() * 0.6 * SIZE <= 180, cut);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000, 1_000_000})
    void aWideEllipsisCostsNoMoreThanItsWidth(int n) {
        // 30,000 px hold 4,000 characters: the search for the cut measures a few times that, not n.
        Counting width = new Counting(200_000);
        String cut = TextFit.ellipsize(word(n), 30_000, SIZE, width);
        assertEquals(4_166, cut.length(), "4,165 characters and the ellipsis");
    }

    @Test
    void aLabelOfAMillionCharactersIsLaidOutAsCheaplyAsAShortOne() {
        // A layout's marks, not the model: a name and a driver of any length, measured only as far as a label holds.
        long[] measured = new long[2];
        for (int i = 0; i < 2; i++) {
            String name = i == 0 ? words(200, 5) : words(1_000_000, 5);
            String driver = i == 0 ? "State-led" : word(1_000_000);
            long[] count = {0};
            TextMetrics counting = new TextMetrics() {
                public double width(String text, TextStyle style) {
                    count[0] += text.length();
                    return FakeMetrics.INSTANCE.width(text, style);
                }

                public double ascent(TextStyle style) {
                    return FakeMetrics.INSTANCE.ascent(style);
                }

                public double lineHeight(TextStyle style) {
                    return FakeMetrics.INSTANCE.lineHeight(style);
                }
            };
            SectorMark mark = new SectorMark("s1", name, driver, DriverShape.SQUARE, new Position(-0.5, 0.5),
                    "\u25AE\u25AF\u25AF 2", PlacementConfidence.Level.LOW, false, true);
            PlotLayout layout = PlotLayout.compute(Framework.sectoralOutcomes(), List.of(mark),
                    new PlotGeometry(60, 50, 1000, 700), counting);
            assertTrue(layout.sector("s1").labelled());
            measured[i] = count[0];
        }
        assertTrue(measured[1] <= 3 * measured[0] + 5_000, Arrays.toString(measured));
    }

    @Test
    void theWorkGrowsNoFasterThanTheText() {
        // The same texts ten and a hundred times longer cost about ten and a hundred times as much.
        long[] costs = new long[3];
        int[] sizes = {10_000, 100_000, 1_000_000};
        for (int i = 0; i < sizes.length; i++) {
            Counting width = linear(sizes[i]);
            TextFit.wrap(words(sizes[i], 3), 600, UNLIMITED, SIZE, width);
            TextFit.wrap(word(sizes[i]), 600, UNLIMITED, SIZE, width);
            costs[i] = width.measured;
        }
        assertTrue(costs[1] <= 12 * costs[0] && costs[2] <= 12 * costs[1], Arrays.toString(costs));
    }
}
