package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.BriefingDeck.EvidenceBrief;
import org.sectorscope.logic.BriefingDeck.SectorBrief;
import org.sectorscope.logic.BriefingDeck.SectorList;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/** What the briefing deck says: its lists, evidence, rationales, credits and sections, from the model alone. */
class BriefingDeckTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 3);

    private static Project small() {
        return TestProjects.small();
    }

    private static Project withSector(Project p, String id, java.util.function.UnaryOperator<Sector> change) {
        return p.withSector(id, change);
    }

    private static List<String> names(SectorList list) {
        return list.sectors().stream().map(SectorBrief::name).toList();
    }

    @Test
    void everySectorIsListedOnceInTheQuadrantItsPositionGivesByLetter() {
        List<SectorList> lists = BriefingDeck.of(small(), DATE).quadrants();
        assertEquals(List.of("A) Win-Win", "B) Destructive Victory", "C) Harmless Failure", "D) Lose-Lose"),
                lists.stream().map(SectorList::heading).toList());
        assertEquals(List.of("Solar PV"), names(lists.get(0)));
        assertEquals(List.of("Semiconductors"), names(lists.get(1)));
        assertEquals(List.of("Biotech"), names(lists.get(2)));
        assertEquals(List.of("Commercial aircraft"), names(lists.get(3)));
        assertEquals("1 sector \u00B7 Innovation outcomes in China: Success \u00B7 Effect on the global sector:"
                + " Constructive", lists.get(0).description());
        assertEquals("A", lists.get(0).quadrant().letter());
    }

    @Test
    void aSectorOnADividingLineIsClaimedByNoQuadrantAndOneNotPlacedComesLast() {
        Project p = withSector(small(), TestProjects.SOLAR, s -> s.withPosition(new Position(0.03, 0.5)));
        p = withSector(p, TestProjects.BIOTECH, s -> s.withPosition(null));
        List<SectorList> lists = BriefingDeck.of(p, DATE).quadrants();
        assertEquals(6, lists.size());
        assertEquals(List.of(), names(lists.get(0)), "A keeps no sector on the A/C line");
        assertEquals("No sectors \u00B7 Innovation outcomes in China: Success \u00B7 Effect on the global sector:"
                + " Constructive", lists.get(0).description());
        assertEquals(List.of(), names(lists.get(2)), "nor C");
        assertEquals(BriefingDeck.ON_LINE, lists.get(4).heading());
        assertNull(lists.get(4).quadrant());
        assertEquals(List.of("Solar PV"), names(lists.get(4)));
        assertEquals("on the A/C line, in C by its signs (x 0.03, y 0.5)", lists.get(4).sectors().get(0).where());
        assertEquals(BriefingDeck.UNPLACED, lists.get(5).heading());
        assertEquals(List.of("Biotech"), names(lists.get(5)));
        assertEquals("not placed", lists.get(5).sectors().get(0).where());
        long listed = lists.stream().mapToLong(l -> l.sectors().size()).sum();
        assertEquals(p.sectors().size(), listed, "each sector once");
    }

    @Test
    void theStrongestThreeItemsAreQuotedInTheGradesOrderEqualGradesKeepingTheProjectsOrder() {
        List<Evidence> items = new ArrayList<>();
        items.add(item("e1", "weak", Reliability.F, 6));
        items.add(item("e2", "second B2", Reliability.B, 2));
        items.add(item("e3", "strongest", Reliability.A, 1));
        items.add(item("e4", "third B2", Reliability.B, 2));
        items.add(item("e5", "B1 beats B2", Reliability.B, 1));
        Project p = withSector(small(), TestProjects.CHIPS, s -> s.withEvidence(items));
        SectorBrief chips = BriefingDeck.of(p, DATE).quadrants().get(1).sectors().get(0);
        assertEquals(List.of("strongest", "B1 beats B2", "second B2"), chips.evidence().stream()
                .map(EvidenceBrief::text).toList());
        assertEquals(5, chips.evidenceCount(), "the deck says how many it leaves out");
        assertEquals(List.of("A1", "B1", "B2"), chips.evidence().stream().map(EvidenceBrief::grade).toList());
    }

    private static Evidence item(String id, String quote, Reliability r, int credibility) {
        return new Evidence(id, quote, null, TestProjects.KENNEDY, "7", r, credibility, Bearing.NONE, List.of(), null,
                Extras.NONE);
    }

    @Test
    void anItemIsQuotedWithItsSourcePageAndGradeAndANoteStandsInForAMissingQuote() {
        SectorBrief solar = BriefingDeck.of(small(), DATE).quadrants().get(0).sectors().get(0);
        EvidenceBrief quoted = solar.evidence().get(0);
        assertTrue(quoted.quoted());
        assertEquals("Chinese firms dominate every stage of the supply chain.", quoted.text());
        assertEquals("Scott Kennedy, ch. 1, p. 12; graded B2", quoted.citation());
        EvidenceBrief note = solar.evidence().get(1);
        assertFalse(note.quoted());
        assertEquals("Cheaper panels helped buyers everywhere.", note.text());
        assertEquals("graded C3", note.citation(), "no source, no page");
    }

    @Test
    void aRationaleIsOneLineCutToItsLengthWithAnEllipsis() {
        String rationale = "First line\nsecond\tline\r\n  third " + "word ".repeat(200);
        Project p = withSector(small(), TestProjects.CHIPS, s -> s.withPlacement(Placement.analyst(rationale)));
        String line = BriefingDeck.of(p, DATE).quadrants().get(1).sectors().get(0).rationale();
        assertTrue(line.startsWith("First line second line third word word"), line);
        assertFalse(line.matches("(?s).*[\\n\\r\\t].*"), "one line");
        assertTrue(line.length() <= BriefingDeck.RATIONALE_CHARS && line.length() >= BriefingDeck.RATIONALE_CHARS - 2,
                "cut at the limit, a space before the ellipsis dropped: " + line.length());
        assertTrue(line.endsWith("\u2026"));
        assertEquals("", BriefingDeck.oneLine(null, 10));
        assertEquals("a b", BriefingDeck.oneLine(" a \u2028 b ", 10));
        assertEquals("ab\u2026", BriefingDeck.oneLine("ab\uD83D\uDE80cd", 4), "never half a surrogate pair");
        assertEquals("abc\u2026", BriefingDeck.oneLine("abcdef", 4));
        Project none = withSector(small(), TestProjects.CHIPS, s -> s.withPlacement(Placement.analyst("")));
        assertEquals("", BriefingDeck.of(none, DATE).quadrants().get(1).sectors().get(0).rationale());
    }

    @Test
    void eachPlacementIsCreditedAsTheFigureCreditsIt() {
        Project p = small();
        List<SectorList> lists = BriefingDeck.of(p, DATE).quadrants();
        SectorBrief solar = lists.get(0).sectors().get(0);
        assertTrue(solar.byReport());
        assertEquals("placed by the report (Kennedy, ch. 1, CSIS 2020)", solar.credit());
        SectorBrief chips = lists.get(1).sectors().get(0);
        assertFalse(chips.byReport());
        assertEquals("the analyst's reading", chips.credit());
        // The analyst moves the report's sector to another quadrant: the report no longer gets the credit.
        Project moved = withSector(p, TestProjects.SOLAR, s -> s.withPosition(new Position(0.6, 0.5))
                .withChange(new PlacementChange("chg-1", "2026-12-01", s.position(), new Position(0.6, 0.5), "A", "C",
                        "reread", Extras.NONE)));
        SectorBrief after = BriefingDeck.of(moved, DATE).quadrants().get(2).sectors().stream()
                .filter(b -> b.id().equals(TestProjects.SOLAR)).findFirst().orElseThrow();
        assertFalse(after.byReport());
        assertEquals(PlacementCredit.of(moved, moved.sector(TestProjects.SOLAR).orElseThrow()).describe(), after.credit());
        assertTrue(after.credit().startsWith("the analyst's reading, moved from the report's A"), after.credit());
    }

    @Test
    void theSourcesSlideCountsWhoPlacedWhat() {
        BriefingDeck.Sources sources = BriefingDeck.of(small(), DATE).sources();
        assertEquals(List.of("Scott Kennedy, China's uneven high-tech drive, in China's Uneven High-Tech Drive, ch. 1,"
                + " pp. 1-12, CSIS, 2020-02, https://example.org/kennedy", "Barry Naughton, Industrial policy notes,"
                + " 2021"), sources.works());
        assertEquals(List.of("Placed by the report: 1 sector (Kennedy, ch. 1, CSIS 2020).",
                "The analyst's reading: 3 sectors (" + FigureCredits.NO_AUTHOR + ")."), sources.placements());
        assertEquals("Source: Test fixture.", sources.sourceLine());
    }

    @Test
    void aSectionLeftOutIsAbsentAndTheCoverCarriesTheProjectsTexts() {
        BriefingDeck all = BriefingDeck.of(small(), DATE);
        assertEquals(new BriefingDeck.Cover(TestProjects.TITLE, "Four sectors, one per quadrant", null, DATE),
                all.cover());
        assertTrue(all.figure());
        assertNotNull(all.options());
        assertNotNull(all.swaps());
        assertNotNull(all.sources());
        Project p = small().withDeck(DeckSections.of(List.of(DeckSection.FIGURE, DeckSection.SENSITIVITY)));
        BriefingDeck some = BriefingDeck.of(p, DATE);
        assertNull(some.cover());
        assertTrue(some.figure());
        assertEquals(List.of(), some.quadrants());
        assertNull(some.options());
        assertNotNull(some.swaps());
        assertNull(some.sources());
        assertEquals(p.deck(), some.sections());
    }

    @Test
    void theOptionsAreRankedWithSharesTotalsTargetsAndTheTopOnesCompared() {
        BriefingOptions o = BriefingDeck.of(small(), DATE).options();
        assertEquals(List.of("Growth", "Security", "Fiscal cost"), o.criteria().stream()
                .map(BriefingOptions.Column::name).toList());
        assertEquals(0.5, o.criteria().get(0).share(), 1e-12);
        assertEquals(List.of("Targeted subsidies", "Open procurement"), o.rows().stream()
                .map(BriefingOptions.Row::name).toList());
        BriefingOptions.Row subsidy = o.rows().get(0);
        assertEquals(1, subsidy.rank());
        assertEquals(3.75, subsidy.total(), 1e-12);
        assertEquals(List.of(4, 5, 2), subsidy.scores());
        assertEquals("Quadrant B; Semiconductors", subsidy.targets());
        BriefingOptions.Row openness = o.rows().get(1);
        assertEquals(java.util.Arrays.asList(3, 2, null), openness.scores(), "no score on Fiscal cost");
        assertEquals(1.75, openness.gap(), 1e-12);
        assertEquals(o.rows(), o.top(), "two options: both compared");
        assertEquals(List.of(WeightSensitivity.adjacentSwaps(small()).get(0).describe() + "."), o.topSwaps());
        assertEquals(o.topSwaps(), BriefingDeck.of(small(), DATE).swaps().sentences());
    }

    @Test
    void withoutTwoOptionsOrWithEveryWeightZeroTheSwapsSayWhyThereAreNone() {
        Project one = small().withOptions(List.of(small().options().get(0)));
        BriefingDeck.Swaps swaps = BriefingDeck.of(one, DATE).swaps();
        assertEquals(List.of(), swaps.sentences());
        assertTrue(swaps.note().startsWith("The project has fewer than two policy options"), swaps.note());
        assertEquals(List.of(), BriefingDeck.of(one, DATE).options().top());
        Project zero = small().withCriteria(small().criteria().stream()
                .map(c -> new Criterion(c.id(), c.name(), c.description(), 0, c.extras())).toList());
        BriefingDeck.Swaps none = BriefingDeck.of(zero, DATE).swaps();
        assertEquals(List.of(), none.sentences());
        assertTrue(none.note().startsWith("Every criterion weighs 0"), none.note());
    }

    @Test
    void aThousandSectorsAreListedWithAtMostThreeQuotesEach() {
        Project p = TestProjects.random(42, 1000);
        BriefingDeck deck = BriefingDeck.of(p, DATE);
        assertEquals(1000, deck.quadrants().stream().mapToLong(l -> l.sectors().size()).sum());
        assertTrue(deck.quadrants().stream().flatMap(l -> l.sectors().stream())
                .allMatch(s -> s.evidence().size() <= BriefingDeck.EVIDENCE_PER_SECTOR
                        && s.rationale().length() <= BriefingDeck.RATIONALE_CHARS
                        && s.evidence().stream().allMatch(e -> e.text().length() <= BriefingDeck.QUOTE_CHARS)));
    }
}
