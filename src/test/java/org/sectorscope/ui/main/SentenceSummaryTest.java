package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSummaryTest {
    @Test
    void aSentenceOfAKindIsItWithoutWhereAndWithoutQuotedNames() {
        assertEquals("source \"\u2026\" does not exist; the citation was removed",
                SentenceSummary.kindOf("sectors[3].evidence[1]: source \"ch99\" does not exist; the citation was removed"));
        assertEquals("criterion \"\u2026\" is already scored in \u2026; the first score was kept and this one was removed",
                SentenceSummary.kindOf("options[2].scores[4]: criterion \"cost\" is already scored in"
                        + " options[2].scores[1]; the first score was kept and this one was removed"));
        assertEquals("the key \"\u2026\" appears more than once; the last one was kept",
                SentenceSummary.kindOf("the top level: the key \"name\" appears more than once; the last one was kept"));
        assertEquals("content after the end of the JSON document (from line 3, column 1) was ignored",
                SentenceSummary.kindOf("content after the end of the JSON document (from line 3, column 1) was ignored"));
    }

    @Test
    void aShortListNeedsNoSummaryAndALongOneCountsItsKindsMostFrequentFirst() {
        List<String> fixes = new ArrayList<>();
        for (int i = 0; i < SentenceSummary.LISTED_WHOLE; i++) {
            fixes.add("sectors[" + i + "]: source \"s" + i + "\" does not exist; the citation was removed");
        }
        assertEquals("", SentenceSummary.of(fixes, "fixes"));
        for (int i = 0; i < 7; i++) {
            fixes.add("options[0].targets.sectors: kind" + i + " \"x\" does not exist; it was removed from the targets");
        }
        fixes.add("options[1].targets.sectors: kind0 \"y\" does not exist; it was removed from the targets");
        assertEquals(String.join("\n", "28 fixes, of 8 kinds:",
                "20 \u00d7 source \"\u2026\" does not exist; the citation was removed",
                "2 \u00d7 kind0 \"\u2026\" does not exist; it was removed from the targets",
                "1 \u00d7 kind1 \"\u2026\" does not exist; it was removed from the targets",
                "1 \u00d7 kind2 \"\u2026\" does not exist; it was removed from the targets",
                "1 \u00d7 kind3 \"\u2026\" does not exist; it was removed from the targets",
                "and 3 other kinds"), SentenceSummary.of(fixes, "fixes"));
    }
}
