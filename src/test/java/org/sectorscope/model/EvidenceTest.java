package org.sectorscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTest {

    private static Evidence evidence(String quote, String note, int credibility, Bearing bearing) {
        return new Evidence("ev-1", quote, note, null, null, Reliability.B, credibility, bearing, null, null, null);
    }

    @Test
    void needsAQuoteOrANote() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> evidence(null, null, 2, Bearing.NONE));
        assertEquals("evidence ev-1 needs a quote or a note", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> evidence("", " \n\t", 2, Bearing.NONE));
    }

    @Test
    void quoteOrNoteAloneIsEnough_textPrefersTheQuote() {
        assertEquals("a quote", evidence("a quote", null, 2, Bearing.NONE).text());
        assertEquals("a note", evidence(null, "a note", 2, Bearing.NONE).text());
        assertEquals("a note", evidence("  ", "a note", 2, Bearing.NONE).text());
        assertEquals("q", evidence("q", "n", 2, Bearing.NONE).text());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, -1, Integer.MAX_VALUE})
    void credibilityOutside1To6IsRejected(int bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> evidence("q", null, bad, Bearing.NONE));
        assertEquals("credibility must be 1-6, found " + bad, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void credibility1To6IsAccepted(int ok) {
        assertEquals("B" + ok, evidence("q", null, ok, Bearing.NONE).grade());
    }

    @Test
    void credibilityMeanings() {
        assertEquals("Confirmed by other sources", Credibility.meaning(1));
        assertEquals("Truth cannot be judged", Credibility.meaning(6));
        assertThrows(IllegalArgumentException.class, () -> Credibility.meaning(0));
    }

    @Test
    void reliabilityFromKey() {
        assertEquals(Reliability.A, Reliability.fromKey("A"));
        assertEquals(Reliability.F, Reliability.fromKey("F"));
        for (Reliability r : Reliability.values()) {
            assertEquals(r, Reliability.fromKey(r.name()), "every letter is its own grade");
        }
        for (String bad : new String[] {"G", "a", "", "AB", "@", null}) {
            assertThrows(IllegalArgumentException.class, () -> Reliability.fromKey(bad), String.valueOf(bad));
        }
    }

    @Test
    void bearingRules() {
        IllegalArgumentException noDirection = assertThrows(IllegalArgumentException.class,
                () -> new Bearing(AxisId.X, null));
        assertEquals("evidence bearing on the x-axis needs a direction", noDirection.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Bearing(AxisId.Y, null));
        IllegalArgumentException contextWithDirection = assertThrows(IllegalArgumentException.class,
                () -> new Bearing(AxisId.NONE, Side.HIGH));
        assertEquals("evidence that bears on no axis has no direction", contextWithDirection.getMessage());
        assertThrows(NullPointerException.class, () -> new Bearing(null, Side.LOW));

        assertSame(Bearing.NONE, Bearing.of(AxisId.NONE, Side.HIGH), "of() drops the direction for NONE");
        assertEquals(new Bearing(AxisId.Y, Side.LOW), Bearing.of(AxisId.Y, Side.LOW));
    }

    @Test
    void nullBearingMeansNoneAndTagsAreCopied() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Evidence e = new Evidence("ev", "q", null, null, null, Reliability.C, 3, null, tags, null, null);
        tags.add("b");
        assertSame(Bearing.NONE, e.bearing());
        assertEquals(List.of("a"), e.tags());
        assertSame(Extras.NONE, e.extras());
    }

    @Test
    void blankIdIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Evidence(" ", "q", null, null, null, Reliability.B, 2, null, null, null, null));
    }

    @Test
    void keysOfEnums() {
        assertEquals(AxisId.NONE, AxisId.fromKey("none"));
        assertEquals("x", AxisId.X.key());
        assertEquals(Side.LOW, Side.fromKey("low"));
        assertThrows(IllegalArgumentException.class, () -> Side.fromKey("LOW"));
        assertThrows(IllegalArgumentException.class, () -> AxisId.fromKey("z"));
    }
}
