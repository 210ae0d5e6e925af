package org.sectorscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, points 8 and 13: the model bounds every text and holds no character XML forbids. */
class TextLimitTest {
    private static final String[] FORBIDDEN = {"\u0000", "\u0001", "\u000B", "\u001F", "\uFFFE", "\uFFFF",
        "\uD800", "\uDC00"};

    @Test
    void everyCharacterXmlForbidsIsFoundAndNamed() {
        for (String bad : FORBIDDEN) {
            String s = "ab" + bad + "cd";
            assertEquals(2, Text.firstForbidden(s), () -> "U+" + Integer.toHexString(bad.charAt(0)));
        }
        assertEquals("U+FFFF", Text.describeForbidden("\uFFFF", 0));
        assertEquals("a lone surrogate U+D800", Text.describeForbidden("x\uD800", 1));
        // Allowed: tab, line feed, carriage return, a surrogate pair, U+FFFD, DEL and C1 controls.
        assertEquals(-1, Text.firstForbidden("tab\there\nline\r \uD83D\uDE80 \uFFFD \u007F \u0085 \uFFFC"));
        // A high surrogate at the very end, or followed by anything but a low one, is lone.
        assertEquals(1, Text.firstForbidden("a\uD83D"));
        assertEquals(1, Text.firstForbidden("a\uD83Db"));
    }

    @Test
    void replacingKeepsPairsAndReplacesEachForbiddenCharWithTheReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFD\uD83D\uDE80\uFFFD", Text.replaceForbidden("a\uFFFFb\uD800\uD83D\uDE80\u0001"));
        assertEquals(3, Text.countForbidden("a\uFFFFb\uD800\uD83D\uDE80\u0001"));
        String clean = "nothing to replace";
        assertTrue(clean == Text.replaceForbidden(clean), "a clean text is returned as it is");
    }

    @Test
    void replacingAMillionForbiddenCharactersIsOnePass() {
        String bomb = "\uFFFF".repeat(1_000_000);
        String out = Text.replaceForbidden(bomb);
        assertEquals(1_000_000, out.length());
        assertEquals(-1, Text.firstForbidden(out));
        assertEquals(1_000_000, Text.countForbidden(bomb));
    }

    @Test
    void limitsSayWhatIsTooLongAndByHowMuch() {
        assertNull(TextLimit.NAME.problem("x".repeat(200)));
        assertEquals("is 201 characters long; a name may have at most 200", TextLimit.NAME.problem("x".repeat(201)));
        assertEquals("is 20,001 characters long; a long text may have at most 20,000",
                TextLimit.PROSE.problem("x".repeat(20_001)));
        assertEquals("contains U+FFFE at character 3, which XML, and so every export, cannot hold",
                TextLimit.LINE.problem("ab\uFFFE"));
        assertNull(TextLimit.LINE.problem(null));
    }

    @Test
    void fittingCutsToTheLimitWithAnEllipsisAndNeverSplitsAPair() {
        String fitted = TextLimit.NAME.fit("x".repeat(1_000_000));
        assertEquals(200, fitted.length());
        assertTrue(fitted.endsWith("\u2026"));
        String pairs = "\uD83D\uDE80".repeat(150); // 300 chars of emoji
        String cut = TextLimit.NAME.fit(pairs);
        assertTrue(cut.length() <= 200);
        assertEquals(-1, Text.firstForbidden(cut), "no half pair is left at the cut");
        assertEquals("a\uFFFDb", TextLimit.NAME.fit("a\uFFFFb"));
        assertNull(TextLimit.NAME.problem(TextLimit.NAME.fit("\uD800".repeat(500))));
    }

    @Test
    void everyRecordRefusesATextOverItsLimitOrWithAForbiddenCharacter() {
        String longName = "n".repeat(201);
        List<Runnable> refused = List.of(
                () -> new Sector("s", longName, "", null, null, null, List.of(), Extras.NONE),
                () -> new Sector("s", "ok", "driver\uFFFF", null, null, null, List.of(), Extras.NONE),
                () -> new Sector("s", "ok", "", "x".repeat(20_001), null, null, List.of(), Extras.NONE),
                () -> new Sector("s\uD800", "ok", "", null, null, null, List.of(), Extras.NONE),
                () -> new PolicyOption("o", "name\uFFFE", null, null, null, null, List.of(), Extras.NONE),
                () -> new Criterion("c", longName, null, 1, Extras.NONE),
                () -> new Axis("title\u0001", "low", "high"),
                () -> new Quadrant(Side.LOW, Side.HIGH, "A", longName, "#336699"),
                () -> new ProjectInfo("p", "t".repeat(2_001), null, null, null, Extras.NONE),
                () -> new Placement(Placement.Basis.ANALYST, null, null, "q\uDC00", "", Extras.NONE),
                () -> new Evidence("e", "quote", null, null, null, Reliability.B, 2, Bearing.NONE,
                        List.of("tag\uFFFF"), null, Extras.NONE),
                () -> new Source("src", "author", "x".repeat(2_001), null, null, null, null, null, null, null,
                        Extras.NONE),
                () -> new Score("c", 3, "r\uFFFF", Extras.NONE));
        for (int i = 0; i < refused.size(); i++) {
            Runnable build = refused.get(i);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run, "case " + i);
            assertTrue(e.getMessage().contains("characters long") || e.getMessage().contains("XML"), e.getMessage());
        }
        Sector atTheLimit = new Sector("s", "n".repeat(200), "d".repeat(200), "x".repeat(20_000), null, null,
                List.of(), Extras.NONE);
        assertEquals(200, atTheLimit.name().length());
    }
}
