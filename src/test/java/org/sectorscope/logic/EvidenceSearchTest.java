package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Side;
import org.sectorscope.model.Source;
import org.sectorscope.model.TestProjects;

/**
 * Evidence search on {@link TestProjects#small()}, whose five items are, in project order:
 * ev-solar-1 (Kennedy, p. 12, B2, x low, tag supply-chain), ev-solar-2 (no source, C3, y high),
 * ev-chips-1 (Naughton, B3, y low, tags capacity and prices), ev-chips-2 (no source, F6, context) and
 * ev-biotech-1 (Kennedy, p. 40, A1, x high).
 */
class EvidenceSearchTest {
    private final Project p = TestProjects.small();

    private List<String> ids(EvidenceQuery q) {
        return EvidenceSearch.find(p, q).stream().map(h -> h.evidence().id()).toList();
    }

    private List<String> text(String text) {
        return ids(new EvidenceQuery(text, null, null, null, null, null, null));
    }

    private List<String> source(String sourceId) {
        return ids(new EvidenceQuery(null, sourceId, null, null, null, null, null));
    }

    private List<String> reliability(Reliability worst) {
        return ids(new EvidenceQuery(null, null, worst, null, null, null, null));
    }

    private List<String> credibility(int worst) {
        return ids(new EvidenceQuery(null, null, null, worst, null, null, null));
    }

    private List<String> tag(String tag) {
        return ids(new EvidenceQuery(null, null, null, null, tag, null, null));
    }

    private List<String> bearing(AxisId axis, Side toward) {
        return ids(new EvidenceQuery(null, null, null, null, null, axis, toward));
    }

    @Test
    void aMoveLeavesTheEvidenceAsItWasAndARenameOrAnEvidenceEditDoesNot() {
        Project moved = p.withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.5, -0.5)));
        assertTrue(EvidenceSearch.sameEvidence(p, moved), "only a position changed");
        assertFalse(EvidenceSearch.sameEvidence(p, p.withSector(TestProjects.CHIPS, s -> s.withName("Chips"))),
                "a hit names its sector");
        assertFalse(EvidenceSearch.sameEvidence(p, p.withSector(TestProjects.CHIPS,
                s -> s.withEvidence(s.evidence().subList(1, s.evidence().size())))), "an item removed");
        assertFalse(EvidenceSearch.sameEvidence(p, p.withSources(p.sources().subList(1, p.sources().size()))),
                "a source removed: what an item cites reads otherwise");
    }

    @Test
    void noFiltersFindEverythingInProjectOrder() {
        List<EvidenceHit> hits = EvidenceSearch.find(p, EvidenceQuery.ANY);
        assertEquals(List.of("ev-solar-1", "ev-solar-2", "ev-chips-1", "ev-chips-2", "ev-biotech-1"),
                hits.stream().map(h -> h.evidence().id()).toList());
        assertEquals(TestProjects.CHIPS, hits.get(2).sectorId());
        assertEquals("Semiconductors", hits.get(2).sectorName());
        assertEquals(List.of(), EvidenceSearch.find(Project.empty("Empty"), EvidenceQuery.ANY));
    }

    @Test
    void textMatchesQuoteNoteTagAndPageCaseInsensitively() {
        assertEquals(List.of("ev-solar-1"), text("DOMINATE"), "quote");
        assertEquals(List.of("ev-solar-2"), text("cheaper panels"), "note without a quote");
        assertEquals(List.of("ev-chips-1"), text("overcapacity"), "note beside a quote");
        assertEquals(List.of("ev-chips-1"), text("prices"), "tag only");
        assertEquals(List.of("ev-biotech-1"), text("40"), "page only");
        assertEquals(List.of(), text("steel"));
    }

    @Test
    void textMatchesTheCitedSourcesAuthorAndTitle() {
        assertEquals(List.of("ev-solar-1", "ev-biotech-1"), text("scott"), "Kennedy's first name");
        assertEquals(List.of("ev-solar-1", "ev-biotech-1"), text("Uneven High-Tech"), "Kennedy's title");
        assertEquals(List.of("ev-chips-1"), text("industrial POLICY"), "Naughton's title");
        assertEquals(List.of(), text("CSIS"), "the publisher is not searched");
    }

    @Test
    void blankTextMatchesEverything() {
        assertEquals(5, text("  ").size());
        assertEquals(List.of("ev-solar-1", "ev-biotech-1"), text("  kennedy "), "surrounding spaces are ignored");
    }

    @Test
    void sourceFilter() {
        assertEquals(List.of("ev-solar-1", "ev-biotech-1"), source(TestProjects.KENNEDY));
        assertEquals(List.of("ev-chips-1"), source(TestProjects.NAUGHTON));
        assertEquals(List.of("ev-solar-2", "ev-chips-2"), source(EvidenceQuery.NO_SOURCE));
        assertEquals(List.of(), source("src-unknown"));
    }

    @Test
    void aCitationOfAMissingSourceCountsAsNone() {
        Project dangling = p.withSector(TestProjects.AIRCRAFT, s -> s.withEvidence(List.of(
                new Evidence("ev-air-1", "Behind schedule.", null, "src-gone", null, Reliability.B, 2,
                        Bearing.NONE, List.of(), null, null))));
        List<String> uncited = EvidenceSearch.find(dangling, new EvidenceQuery(null, EvidenceQuery.NO_SOURCE,
                null, null, null, null, null)).stream().map(h -> h.evidence().id()).toList();
        assertEquals(List.of("ev-solar-2", "ev-chips-2", "ev-air-1"), uncited);
        SourceSupport none = EvidenceSearch.bySource(dangling).get(2);
        assertNull(none.source());
        assertEquals(3, none.hits().size());
        assertEquals(2, none.context());
    }

    @Test
    void reliabilityFilterKeepsThatGradeAndBetter() {
        assertEquals(List.of("ev-biotech-1"), reliability(Reliability.A));
        assertEquals(List.of("ev-solar-1", "ev-chips-1", "ev-biotech-1"), reliability(Reliability.B),
                "B keeps A and B, drops C and F");
        assertEquals(List.of("ev-solar-1", "ev-solar-2", "ev-chips-1", "ev-biotech-1"), reliability(Reliability.C));
        assertEquals(List.of("ev-solar-1", "ev-solar-2", "ev-chips-1", "ev-biotech-1"), reliability(Reliability.E));
        assertEquals(5, reliability(Reliability.F).size());
    }

    @Test
    void credibilityFilterKeepsThatGradeAndBetter() {
        assertEquals(List.of("ev-biotech-1"), credibility(1));
        assertEquals(List.of("ev-solar-1", "ev-biotech-1"), credibility(2), "2 keeps 1 and 2, drops 3");
        assertEquals(List.of("ev-solar-1", "ev-solar-2", "ev-chips-1", "ev-biotech-1"), credibility(3));
        assertEquals(List.of("ev-solar-1", "ev-solar-2", "ev-chips-1", "ev-biotech-1"), credibility(5));
        assertEquals(5, credibility(6).size());
    }

    @Test
    void tagFilterIsExactButIgnoresCase() {
        assertEquals(List.of("ev-chips-1"), tag("CAPACITY"));
        assertEquals(List.of("ev-solar-1"), tag("Supply-Chain"));
        assertEquals(List.of(), tag("supply"), "not a substring match");
        assertEquals(5, tag(" ").size(), "a blank tag filters nothing");
    }

    @Test
    void bearingFilter() {
        assertEquals(List.of("ev-solar-1", "ev-biotech-1"), bearing(AxisId.X, null));
        assertEquals(List.of("ev-solar-1"), bearing(AxisId.X, Side.LOW));
        assertEquals(List.of("ev-biotech-1"), bearing(AxisId.X, Side.HIGH));
        assertEquals(List.of("ev-solar-2", "ev-chips-1"), bearing(AxisId.Y, null));
        assertEquals(List.of("ev-chips-1"), bearing(AxisId.Y, Side.LOW));
        assertEquals(List.of("ev-solar-2"), bearing(AxisId.Y, Side.HIGH));
        assertEquals(List.of("ev-chips-2"), bearing(AxisId.NONE, null), "context items");
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("ev-biotech-1"),
                ids(new EvidenceQuery(null, TestProjects.KENNEDY, null, null, null, AxisId.X, Side.HIGH)));
        assertEquals(List.of("ev-biotech-1"),
                ids(new EvidenceQuery("kennedy", null, Reliability.B, 1, null, null, null)));
        assertEquals(List.of("ev-solar-1"), ids(new EvidenceQuery("chain", TestProjects.KENNEDY, Reliability.B, 2,
                "supply-chain", AxisId.X, Side.LOW)), "all seven at once");
        assertEquals(List.of("ev-chips-2"),
                ids(new EvidenceQuery(null, EvidenceQuery.NO_SOURCE, null, null, null, AxisId.NONE, null)));
        assertEquals(List.of(), ids(new EvidenceQuery(null, TestProjects.KENNEDY, null, null, "capacity", null, null)));
        assertEquals(List.of(), ids(new EvidenceQuery("capacity", null, null, 2, null, null, null)),
                "ev-chips-1 matches the text but is graded 3");
    }

    @Test
    void rejectsImpossibleQueries() {
        assertThrows(IllegalArgumentException.class,
                () -> new EvidenceQuery(null, null, null, null, null, null, Side.LOW), "direction without an axis");
        assertThrows(IllegalArgumentException.class,
                () -> new EvidenceQuery(null, null, null, null, null, AxisId.NONE, Side.HIGH),
                "context has no direction");
        assertThrows(IllegalArgumentException.class, () -> new EvidenceQuery(null, null, null, 7, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new EvidenceQuery(null, null, null, 0, null, null, null));
    }

    @Test
    void tagsOfTheSmallProject() {
        assertEquals(List.of("capacity", "prices", "supply-chain"), EvidenceSearch.tags(p));
    }

    @Test
    void tagsAreDistinctAndSortedIgnoringCase() {
        Project tagged = p.withSector(TestProjects.AIRCRAFT, s -> s.withEvidence(List.of(
                tagged("ev-air-1", "beta", "Zeta", "prices"),
                tagged("ev-air-2", "Alpha", "beta", "PRICES", " "))));
        assertEquals(List.of("Alpha", "beta", "capacity", "prices", "supply-chain", "Zeta"),
                EvidenceSearch.tags(tagged), "\"PRICES\" is listed as \"prices\", which came first");
        assertEquals(List.of(), EvidenceSearch.tags(Project.empty("Empty")));
    }

    private static Evidence tagged(String id, String... tags) {
        return new Evidence(id, "quote", null, null, null, Reliability.C, 3, Bearing.NONE, List.of(tags), null, null);
    }

    @Test
    void bySourceCountsEachBearing() {
        List<SourceSupport> groups = EvidenceSearch.bySource(p);
        assertEquals(3, groups.size(), "Kennedy, Naughton, then the uncited items");

        SourceSupport kennedy = groups.get(0);
        assertEquals(TestProjects.KENNEDY, kennedy.source().id());
        assertEquals(List.of("ev-solar-1", "ev-biotech-1"), hitIds(kennedy));
        assertCounts(kennedy, 1, 1, 0, 0, 0);

        SourceSupport naughton = groups.get(1);
        assertEquals(TestProjects.NAUGHTON, naughton.source().id());
        assertEquals(List.of("ev-chips-1"), hitIds(naughton));
        assertCounts(naughton, 0, 0, 1, 0, 0);

        SourceSupport none = groups.get(2);
        assertNull(none.source());
        assertEquals(List.of("ev-solar-2", "ev-chips-2"), hitIds(none));
        assertCounts(none, 0, 0, 0, 1, 1);
    }

    @Test
    void bySourceListsUncitedSourcesAndOmitsAnEmptyNoSourceGroup() {
        List<Source> sources = new ArrayList<>(p.sources());
        sources.add(new Source("src-unused", "Nobody", "Never cited", null, null, null, null, null, null, null, null));
        Project q = p.withSources(sources).withSectors(p.sectors().stream()
                .map(s -> s.withEvidence(s.evidence().stream().filter(e -> e.sourceId() != null).toList()))
                .toList());
        List<SourceSupport> groups = EvidenceSearch.bySource(q);
        assertEquals(List.of(TestProjects.KENNEDY, TestProjects.NAUGHTON, "src-unused"),
                groups.stream().map(g -> g.source().id()).toList());
        assertEquals(List.of(), groups.get(2).hits());
        assertCounts(groups.get(2), 0, 0, 0, 0, 0);
        assertEquals(List.of(), EvidenceSearch.bySource(Project.empty("Empty")));
    }

    private static List<String> hitIds(SourceSupport g) {
        return g.hits().stream().map(h -> h.evidence().id()).toList();
    }

    private static void assertCounts(SourceSupport g, int xLow, int xHigh, int yLow, int yHigh, int context) {
        assertEquals(List.of(xLow, xHigh, yLow, yHigh, context),
                List.of(g.xLow(), g.xHigh(), g.yLow(), g.yHigh(), g.context()));
    }
}
