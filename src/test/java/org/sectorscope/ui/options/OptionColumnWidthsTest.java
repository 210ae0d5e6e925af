package org.sectorscope.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The options matrix's width rule: score columns narrow first, then the names, then the table scrolls. */
class OptionColumnWidthsTest {
    @Test
    void wideTablesGiveTheNamesTheRestAndScoresTheirFullWidth() {
        assertEquals(new OptionColumnWidths(562, 100), OptionColumnWidths.fit(1162, 6, 380));
    }

    @Test
    void scoreColumnsNarrowFirstSoTheLongestNameShowsWhole() {
        // 1280 x 720: 896 px for the name and six scores; the longest name needs 380.
        OptionColumnWidths fit = OptionColumnWidths.fit(896, 6, 380);
        assertEquals(86, fit.criterion());
        assertEquals(380, fit.name());
    }

    @Test
    void belowTheScoresMinimumTheNamesNarrowButNotUnder240() {
        // 1024 x 700: 656 px; scores at their 64 px minimum leave 272 for the names.
        assertEquals(new OptionColumnWidths(272, 64), OptionColumnWidths.fit(656, 6, 380));
        // Narrower still: names keep 240 and the table scrolls sideways.
        OptionColumnWidths tight = OptionColumnWidths.fit(500, 6, 380);
        assertEquals(new OptionColumnWidths(240, 64), tight);
        assertEquals(624, tight.name() + 6 * tight.criterion(), "more than the 500 px there are: the table scrolls");
    }

    @Test
    void shortNamesLeaveTheScoresAtFullWidth() {
        assertEquals(new OptionColumnWidths(296, 100), OptionColumnWidths.fit(896, 6, 90),
                "the name column never goes under 240, and takes what the scores leave");
    }

    @Test
    void aVeryLongNameDoesNotSqueezeTheScoresForever() {
        OptionColumnWidths fit = OptionColumnWidths.fit(1000, 4, 2000);
        assertEquals(100, fit.criterion(), "names past 420 px are cut rather than taking the scores' room");
        assertEquals(600, fit.name());
    }

    @Test
    void noCriteriaGivesTheNamesEverything() {
        assertEquals(700, OptionColumnWidths.fit(700, 0, 300).name());
    }
}
