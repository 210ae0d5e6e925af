package org.sectorscope.logic.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TextFitTest {
    private static final double SIZE = 12;
    private static final int UNLIMITED = Integer.MAX_VALUE - 1;
    private static final ToDoubleFunction<String> FAKE = t -> t.codePointCount(0, t.length()) * 0.6 * SIZE;

    /** Narrow and wide letters, a little off additive (as kerning is), and still growing with every character. */
    private static final ToDoubleFunction<String> UNEVEN = t -> {
        double w = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            w += cp == 'i' || cp == 'l' || cp == '.' ? 3.3 : cp == 'W' || cp == 'M' ? 11.5 : cp > 0x2000 ? 12 : 6.7;
            w -= i > 0 && cp == 'o' && t.charAt(i - 1) == 'T' ? 0.8 : 0;
            i += Character.charCount(cp);
        }
        return w;
    };

    @Test
    void cleaningReplacesWhatXmlForbidsAndKeepsValidPairs() {
        assertEquals("a\uFFFDb", TextFit.clean("a\u0001b"));
        assertEquals("\uFFFD \uFFFD", TextFit.clean("\uFFFE \uFFFF"));
        assertEquals("x\uFFFDy", TextFit.clean("x\uD800y"), "a lone high surrogate");
        assertEquals("x\uFFFDy", TextFit.clean("x\uDC00y"), "a lone low surrogate");
        assertEquals("x\uFFFD", TextFit.clean("x\uD800"), "a high surrogate at the end");
        assertEquals("\uFFFD\uD83D\uDE00", TextFit.clean("\uD800\uD83D\uDE00"), "the pair after it kept");
        assertEquals("a b  c", TextFit.clean("\ta\nb\r c \n"), "line breaks and tabs are spaces, then trimmed");
        assertEquals("ab", TextFit.clean("a\u007F\u0085b"), "DEL and C1 controls, allowed in XML, still go");
        assertEquals("", TextFit.clean(null));
    }

    @Test
    void cleaningAsFarAsTheRoomGoesIsCleaningAllThenCutting() {
        String pieces = " \n\t\r\u0001\u001C\u0085\u007F\u2003\u00A0\uFFFE\uD800\uDC00ab.";
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(60); n > 0; n--) {
                sb.append(r.nextInt(3) == 0 ? "\uD83D\uDE00" : String.valueOf(pieces.charAt(r.nextInt(pieces.length()))));
            }
            String s = sb.toString();
            double room = r.nextInt(120);
            assertEquals(TextFit.couldFit(TextFit.clean(s), room, 4), TextFit.clean(s, room, 4), i + ": " + s);
        }
    }

    @Test
    void xmlSafeKeepsLineBreaksAndReturnsAnAllowedTextItself() {
        String fine = "Line one\nline two\t\u4e2d\uD83D\uDE00\uFFFD";
        assertSame(fine, TextFit.xmlSafe(fine));
        assertEquals("a\n\uFFFD\uFFFD\uFFFD\uFFFDb", TextFit.xmlSafe("a\n\u0001\uFFFE\uFFFF\uD800b"));
        assertNull(TextFit.xmlSafe(null));
    }

    @Test
    void ordinaryTextIsUntouched() {
        assertEquals("Internet services", TextFit.ellipsize("Internet services", 400, SIZE, FAKE));
        assertEquals(List.of("Internet services"), TextFit.wrap("Internet services", 400, 3, SIZE, FAKE));
        assertEquals(List.of("Semiconductors and", "integrated circuits"),
                TextFit.wrap("Semiconductors and integrated circuits", 150, 3, SIZE, FAKE));
    }

    @Test
    void aLongWordIsCutBetweenCodePointsIntoPiecesThatFit() {
        String emoji = "\uD83D\uDE00".repeat(5_000);
        List<String> lines = TextFit.wrap(emoji, 100, UNLIMITED, SIZE, FAKE);
        assertEquals(emoji, String.join("", lines));
        for (String line : lines) {
            assertTrue(FAKE.applyAsDouble(line) <= 100, line);
            assertTrue(Character.isHighSurrogate(line.charAt(0)) && line.length() % 2 == 0, "no pair is split");
        }
        String cut = TextFit.ellipsize(emoji, 100, SIZE, FAKE);
        assertTrue(cut.endsWith("\u2026") && FAKE.applyAsDouble(cut) <= 100, cut);
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 2)), "no half pair before the ellipsis");
    }

    @Test
    void aGlyphWiderThanTheLineStandsAloneOnIt() {
        ToDoubleFunction<String> wideW = t -> t.chars().map(c -> c == 'W' ? 10 : 3).sum();
        assertEquals(List.of("W", "W", "ab"), TextFit.wrap("WW ab", 8, UNLIMITED, SIZE, wideW));
    }

    @Test
    void theSearchFindsWhatTryingEveryLongerPrefixFinds() {
        Random r = new Random(12);
        for (int i = 0; i < 4_000; i++) {
            String text = randomText(r);
            double maxWidth = 4 + r.nextInt(700) + r.nextDouble();
            int maxLines = r.nextInt(4) == 0 ? UNLIMITED : 1 + r.nextInt(4);
            for (ToDoubleFunction<String> width : List.of(FAKE, UNEVEN)) {
                String t = TextFit.clean(text);
                assertEquals(GreedyFit.wrap(t, maxWidth, maxLines, SIZE, width),
                        TextFit.wrap(t, maxWidth, maxLines, SIZE, width), i + ": " + maxWidth + ", " + maxLines);
                assertEquals(GreedyFit.ellipsize(t, maxWidth, SIZE, width), TextFit.ellipsize(t, maxWidth, SIZE, width));
            }
        }
    }

    /** Words of ordinary length, some long ones, a few runs of spaces, line breaks, wide and narrow letters, emoji. */
    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int words = r.nextInt(r.nextInt(8) == 0 ? 150 : 10);
        for (int i = 0; i < words; i++) {
            int len = r.nextInt(15) == 0 ? 40 + r.nextInt(r.nextInt(4) == 0 ? 1_500 : 200) : 1 + r.nextInt(12);
            for (int j = 0; j < len; j++) {
                switch (r.nextInt(30)) {
                    case 0 -> sb.appendCodePoint(0x1F600 + r.nextInt(40));
                    case 1 -> sb.append("il.".charAt(r.nextInt(3)));
                    case 2 -> sb.append("WMTo".charAt(r.nextInt(4)));
                    default -> sb.append((char) ('a' + r.nextInt(26)));
                }
            }
            sb.append(r.nextInt(10) == 0 ? "   " : r.nextInt(30) == 0 ? "\n" : " ");
        }
        return sb.toString();
    }

    /** The fitting as it was, trying every longer prefix: quadratic, the reference for short texts. */
    static final class GreedyFit {
        static List<String> wrap(String text, double maxWidth, int maxLines, double size, ToDoubleFunction<String> width) {
            String t = TextFit.couldFit(TextFit.clean(text), maxWidth * ((double) maxLines + 1), size);
            List<String> lines = new ArrayList<>();
            String line = "";
            for (String word : t.split(" +")) {
                if (word.isEmpty() || lines.size() > maxLines) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width.applyAsDouble(candidate) <= maxWidth) {
                    line = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                String rest = word;
                while (width.applyAsDouble(rest) > maxWidth && lines.size() <= maxLines) {
                    int end = rest.offsetByCodePoints(0, 1);
                    while (end < rest.length()
                            && width.applyAsDouble(rest.substring(0, rest.offsetByCodePoints(end, 1))) <= maxWidth) {
                        end = rest.offsetByCodePoints(end, 1);
                    }
                    lines.add(rest.substring(0, end));
                    rest = rest.substring(end);
                }
                line = rest;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            if (lines.size() <= maxLines) {
                return lines;
            }
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1) + " " + lines.get(maxLines), maxWidth, size, width));
            return kept;
        }

        static String ellipsize(String text, double maxWidth, double size, ToDoubleFunction<String> width) {
            if (width.applyAsDouble(text) <= maxWidth) {
                return text;
            }
            String cut = TextFit.couldFit(text, maxWidth, size);
            while (!cut.isEmpty() && width.applyAsDouble(cut.strip() + "\u2026") > maxWidth) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            return cut.strip() + "\u2026";
        }
    }
}
