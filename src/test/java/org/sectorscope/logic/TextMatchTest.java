package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** Issue 19, point 7: a search says where its text matched, tags included. */
class TextMatchTest {
    private static EvidenceQuery text(String t) {
        return new EvidenceQuery(t, null, null, null, null, null, null);
    }

    @Test
    void aMatchInATagIsFoundAsATagWithItsSpan() {
        Project small = TestProjects.small();
        Evidence chips = small.sector(TestProjects.CHIPS).orElseThrow().evidence().get(0); // tags: capacity, prices
        TextMatch m = text("PRIC").textMatch(small, chips).orElseThrow();
        assertEquals(new TextMatch("tag", "prices", 0, 4), m);
        assertTrue(text("PRIC").matches(small, chips), "matching and saying where agree");
    }

    @Test
    void theQuoteComesFirstAndNoTextOrNoMatchSaysNothing() {
        Project small = TestProjects.small();
        Evidence solar = small.sector(TestProjects.SOLAR).orElseThrow().evidence().get(0);
        TextMatch m = text("supply").textMatch(small, solar).orElseThrow();
        assertEquals("quote", m.field());
        assertEquals("supply", m.text().substring(m.start(), m.end()));
        assertEquals(Optional.empty(), EvidenceQuery.ANY.textMatch(small, solar));
        assertEquals(Optional.empty(), text("zzz-nowhere").textMatch(small, solar));
        // The cited source's title, when nothing of the item holds the text.
        String title = small.source(solar.sourceId()).orElseThrow().title();
        assertEquals("source title", text(title).textMatch(small, solar).orElseThrow().field());
    }

    @Test
    void anExcerptKeepsTheMatchInViewAndMarksItsCuts() {
        String longText = "word ".repeat(30) + "subsidies" + " word".repeat(30);
        int at = longText.indexOf("subsidies");
        TextMatch e = new TextMatch("quote", longText, at, at + 6).excerpt(20);
        assertEquals("subsid", e.text().substring(e.start(), e.end()));
        assertTrue(e.text().startsWith("\u2026") && e.text().endsWith("\u2026"), e.text());
        assertTrue(e.text().length() < 60, e.text());
        TextMatch shortOne = new TextMatch("tag", "prices", 0, 4);
        assertEquals(shortOne, shortOne.excerpt(20), "short text is kept whole");
    }
}
