package org.sectorscope.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.EvidenceBalance;
import org.sectorscope.logic.FigureCredits;
import org.sectorscope.logic.IntendedMoves;
import org.sectorscope.logic.PlacementCredit;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;

/**
 * The corrections from a re-reading of the report: each test names what the chapter says and fails on
 * the sample as it was before the correction.
 */
class SampleReadingTest {
    private static Project sample;

    @BeforeAll
    static void load() throws ProjectFileException {
        sample = ProjectStore.load(SampleProjectTest.SAMPLE);
    }

    private static Sector sector(String id) {
        return sample.sector(id).orElseThrow(() -> new AssertionError("missing sector " + id));
    }

    private static Evidence item(String sectorId, String evidenceId) {
        return sector(sectorId).evidence().stream().filter(e -> e.id().equals(evidenceId)).findFirst()
                .orElseThrow(() -> new AssertionError(sectorId + " has no item " + evidenceId));
    }

    private static PolicyOption option(String id) {
        return sample.option(id).orElseThrow(() -> new AssertionError("missing option " + id));
    }

    private static String rationale(String optionId, String criterionId) {
        return option(optionId).score(criterionId).orElseThrow().rationale();
    }

    private static void assertBearing(Bearing expected, String sectorId, String evidenceId) {
        assertEquals(expected, item(sectorId, evidenceId).bearing(), sectorId + "/" + evidenceId);
    }

    private static final Bearing TOWARD_SUCCESS = Bearing.of(AxisId.X, Side.LOW);
    private static final Bearing TOWARD_FAILURE = Bearing.of(AxisId.X, Side.HIGH);
    private static final Bearing TOWARD_CONSTRUCTIVE = Bearing.of(AxisId.Y, Side.HIGH);
    private static final Bearing TOWARD_DESTRUCTIVE = Bearing.of(AxisId.Y, Side.LOW);

    // --- project: author, no source line of Kennedy's over everything, notes on the page reading ---

    /** The figure's source line is composed from who placed what; Kennedy is credited with his five only. */
    @Test
    void theSampleNamesItsAuthorAndNoLongerCreditsKennedyWithEveryPlacement() {
        assertNull(sample.info().sourceLine(), "the report's 'Source: Author's original analysis.' is gone");
        assertEquals("Sample analyst (Sectorscope)", sample.info().author());
        String line = FigureCredits.sourceLine(sample, sample.sectors());
        assertTrue(line.contains("placements of internet services, electric vehicles (new-energy vehicles), "
                + "commercial aircraft and semiconductors: Kennedy, Figure 1.2, CSIS 2020"), line);
        assertTrue(line.contains("placements of robotics and industrial machinery: Kennedy, p. 7, CSIS 2020"), line);
        assertTrue(line.endsWith("other placements: Sample analyst (Sectorscope)."), line);
    }

    @Test
    void theNotesSayThePagesFollowOneOfTwoReadingsOfTheFooters() {
        String notes = sample.info().notes().toLowerCase(Locale.ROOT);
        assertTrue(notes.contains("two readings"), notes);
        assertTrue(notes.contains("drawing-order reading"), notes);
        assertTrue(notes.contains("one page later") || notes.contains("one later"), notes);
        assertFalse(notes.contains("page numbers are given only where the text shows a page footer"), notes);
    }

    // --- placements: where in the report ---

    @Test
    void figureOneTwoPlacementsSayTheyAreFromFigureOneTwo() {
        for (String id : List.of("internet-services", "electric-vehicles", "commercial-aircraft", "semiconductors")) {
            Placement p = sector(id).placement();
            assertEquals(Placement.Basis.REPORT, p.basis(), id);
            assertEquals("ch01", p.sourceId(), id);
            assertEquals("Figure 1.2", p.locator(), id);
            assertNull(p.quote(), id + ": a figure places it, not the text");
            assertTrue(PlacementCredit.of(sample, sector(id)).byReport(), id);
        }
    }

    /** Kennedy, p. 7: "new sectors such as electric vehicles and robotics" are the most common Category B. */
    @Test
    void roboticsIsPlacedInBByKennedysOwnText() {
        Sector robotics = sector("robotics");
        Placement p = robotics.placement();
        assertEquals(Placement.Basis.REPORT, p.basis());
        assertEquals("ch01", p.sourceId());
        assertEquals("p. 7", p.locator());
        assertNotNull(p.quote());
        assertTrue(p.quote().contains("new sectors such as electric vehicles and robotics"), p.quote());
        assertTrue(p.quote().contains("Category B"), p.quote());
        assertEquals("B", sample.quadrantOf(robotics).orElseThrow().letter());
        assertFalse(PlotLocation.of(sample.framework(), robotics.position()).onLine(), "inside B, as the report puts it");
        assertTrue(PlacementCredit.of(sample, robotics).byReport());
        assertTrue(p.rationale().contains("not in Figure 1.2"), p.rationale());
        assertTrue(p.rationale().toLowerCase(Locale.ROOT).contains("analyst"),
                "the rationale says the point within B is the analyst's: " + p.rationale());
    }

    // --- artificial intelligence: Failure side, global effect unresolved ---

    /** Lu argues costs to China; the one Destructive-sounding item is Xi's ambition, which Kennedy's method sets aside. */
    @Test
    void artificialIntelligenceIsOnTheFailureSideWithItsGlobalEffectUnresolved() {
        Sector ai = sector("artificial-intelligence");
        PlotLocation at = PlotLocation.of(sample.framework(), ai.position());
        assertTrue(ai.position().x() > PlotLocation.ON_LINE, "Failure side, off the vertical line: " + ai.position());
        assertEquals(Side.HIGH, at.quadrant().x(), "the Failure side");
        assertFalse(at.vertical());
        assertTrue(at.horizontal() || "C".equals(at.quadrant().letter()), "on the C/D line or in C: " + at.label());
        assertEquals("on the C/D line", at.label());
        assertBearing(Bearing.NONE, "artificial-intelligence", "ev-ai-5");
        assertTrue(item("artificial-intelligence", "ev-ai-5").note().contains("aspiration"));
        String why = ai.placement().rationale();
        assertTrue(why.contains("C/D line"), why);
        assertTrue(why.contains("unresolved"), why);
        assertTrue(why.contains("focuses less on Chinese ambitions"), why);
        assertTrue(why.contains("Chapter 6"), why);
    }

    // --- semiconductor manufacturing equipment: the conflict with Kennedy's D said out loud ---

    @Test
    void semiconductorManufacturingEquipmentNamesItsConflictWithKennedysLoseLose() {
        Sector sme = sector("semiconductor-manufacturing-equipment");
        String why = sme.placement().rationale();
        String letter = sample.quadrantOf(sme).orElseThrow().letter();
        if (!letter.equals("D")) {
            assertTrue(why.contains("conflict"), why);
            assertTrue(why.contains("Kennedy") && why.contains("D (Lose-Lose)"), why);
            assertTrue(why.contains("manufacturing equipment"), why);
        }
        // "these initiatives" are the state push Kennedy calls distorting: no longer counted as Constructive.
        assertBearing(Bearing.NONE, "semiconductor-manufacturing-equipment", "ev-sme-2");
        assertTrue(item("semiconductor-manufacturing-equipment", "ev-sme-2").note().contains("distorting"));
        // Hammer's "strengthen its overall place" is about U.S. firms moving abroad, and is said so.
        assertTrue(item("semiconductor-manufacturing-equipment", "ev-sme-5").note().contains("U.S. firms"));
        assertTrue(why.contains("U.S. firms moving production abroad"), why);
        // Kennedy's D is on the balance as evidence toward Destructive.
        assertTrue(sme.evidence().stream().anyMatch(e -> e.bearing().equals(TOWARD_DESTRUCTIVE)
                && "ch01".equals(e.sourceId()) && e.quote().contains("hurt the global industry")));
    }

    // --- 5G networks ---

    @Test
    void fiveGBansBearOnChinasSuccessAndTheExclusionOptionSaysWhyItAimsAtAWinWinSector() {
        assertBearing(TOWARD_FAILURE, "5g-networks", "ev-5g-5");
        String why = sector("5g-networks").placement().rationale();
        assertFalse(why.contains("espionage concerns behind U.S. pressure on allies; the analyst places"), why);
        assertTrue(why.contains("a cost to China"), why);

        PolicyOption vendors = option("trusted-5g-vendors");
        assertEquals(List.of(), vendors.targets().quadrantLetters(), "not all of quadrant A");
        assertEquals(List.of("5g-networks"), vendors.targets().sectorIds());
        assertTrue(vendors.intendedEffect().contains("Win-Win"), vendors.intendedEffect());
        assertTrue(vendors.intendedEffect().contains("security"), vendors.intendedEffect());
        assertEquals(List.of(), IntendedMoves.arrows(sample, vendors), "no move on the framework is intended");
    }

    // --- high-speed rail ---

    @Test
    void highSpeedRailSaysWhereTheAppShowsItAndTheAircraftItemBearsOnNothing() {
        Sector rail = sector("high-speed-rail");
        String shown = PlotLocation.of(sample.framework(), rail.position()).label();
        assertEquals("on the A/B line", shown);
        assertTrue(rail.placement().rationale().contains(shown), rail.placement().rationale());
        assertBearing(Bearing.NONE, "high-speed-rail", "ev-hsr-3");
        assertTrue(item("high-speed-rail", "ev-hsr-3").note().contains("commercial aircraft"));
    }

    // --- internet services ---

    @Test
    void internetServicesQuotesKennedysSentenceWholeAndQiusRAndDItemBearsOnNothing() {
        Evidence closed = item("internet-services", "ev-internet-6");
        assertTrue(closed.quote().endsWith(", but there is substantial room for international firms."), closed.quote());
        assertBearing(TOWARD_CONSTRUCTIVE, "internet-services", "ev-internet-6");
        assertBearing(Bearing.NONE, "internet-services", "ev-internet-8");
    }

    // --- autonomous vehicles ---

    @Test
    void autonomousVehicleDataRulesCostChinasOwnSector() {
        assertBearing(TOWARD_FAILURE, "autonomous-vehicles", "ev-av-4");
        String why = sector("autonomous-vehicles").placement().rationale();
        assertTrue(why.contains("less attractive destination for testing"), why);
    }

    // --- items that were about another sector ---

    @Test
    void replacedItemsAreAboutTheirOwnSector() {
        Pattern robotics = Pattern.compile("robot|industrial machinery");
        Pattern mobility = Pattern.compile("mobility|ride-?hailing|ridesharing");
        Pattern steel = Pattern.compile("steel");
        assertTrue(robotics.matcher(item("robotics", "ev-robotics-4").quote()).find());
        assertTrue(mobility.matcher(item("mobility-services", "ev-mobility-5").quote()).find());
        assertTrue(steel.matcher(item("steel-aluminum", "ev-steel-3").quote()).find());
        // The report's only passage on steel is one sentence of Kennedy's: ev-steel-4 had nothing left to quote.
        assertTrue(sector("steel-aluminum").evidence().stream().noneMatch(e -> e.id().equals("ev-steel-4")));
        for (Evidence e : sector("steel-aluminum").evidence()) {
            assertTrue(steel.matcher(e.quote()).find(), e.id() + ": " + e.quote());
        }
        for (Evidence e : sector("robotics").evidence()) {
            assertFalse(e.quote().contains("factory automation"), e.id() + " is about 5G");
        }
        for (Evidence e : sector("mobility-services").evidence()) {
            assertFalse(e.quote().contains("China Unicom"), e.id() + " is about 5G carriers");
        }
    }

    // --- solar panels ---

    /** Sinclair, Chapter 9: a monopoly "that weakened the global market, killing firms that could not compete". */
    @Test
    void solarPanelsAreADestructiveVictoryFollowingSinclair() {
        Sector solar = sector("solar-panels");
        assertEquals("Solar panels", solar.name());
        assertEquals("B", sample.quadrantOf(solar).orElseThrow().letter());
        assertFalse(PlotLocation.of(sample.framework(), solar.position()).onLine());
        assertEquals(Placement.Basis.ANALYST, solar.placement().basis());
        assertEquals("ch09", solar.placement().sourceId());
        assertEquals("9", sample.source("ch09").orElseThrow().chapter());
        assertTrue(solar.evidence().size() >= 3, "items: " + solar.evidence().size());
        for (Evidence e : solar.evidence()) {
            assertEquals("ch09", e.sourceId(), e.id());
            assertNotNull(e.quote(), e.id());
        }
        assertTrue(solar.evidence().stream().anyMatch(e -> e.bearing().equals(TOWARD_SUCCESS)
                && e.quote().contains("solar panels, resulted in its gaining a monopoly")));
        assertTrue(solar.evidence().stream().anyMatch(e -> e.bearing().equals(TOWARD_DESTRUCTIVE)
                && e.quote().contains("weakened the global market")));
        assertEquals(List.of(), EvidenceBalance.contradictions(solar));
    }

    // --- policy options ---

    @Test
    void optionRationalesCreditChaptersOnlyWithWhatTheySay() {
        for (String criterion : List.of("allied-support", "china-market-reform")) {
            assertAnalysts(rationale("invest-in-us-capabilities", criterion));
        }
        for (String criterion : List.of("national-security", "low-cost-us-firms", "china-market-reform")) {
            assertAnalysts(rationale("rewrite-global-rules", criterion));
        }
        assertAnalysts(rationale("allied-coordination", "us-innovation"));
        assertAnalysts(rationale("sector-differentiated-response", "allied-support"));

        String wto = rationale("press-wto-commitments", "feasibility");
        assertFalse(wto.contains("China claims compliance 'only in the narrowest"), wto);
        assertTrue(wto.contains("Chinese negotiators say"), wto);
        assertTrue(wto.contains("Allen judges"), wto);

        String vendorsCost = rationale("trusted-5g-vendors", "low-cost-us-firms");
        assertTrue(vendorsCost.contains("British"), vendorsCost);
        assertAnalysts(vendorsCost);

        String controlsAllies = rationale("targeted-export-controls", "allied-support");
        assertTrue(controlsAllies.contains("bans on Huawei equipment, not export controls"), controlsAllies);
        assertAnalysts(controlsAllies);
    }

    private static void assertAnalysts(String rationale) {
        assertTrue(rationale.startsWith("Analyst's judgement") || rationale.contains("(analyst's judgement)")
                || rationale.contains("Analyst's judgement:"), rationale);
    }

    @Test
    void talentExchangesAndNealersWarningAgainstOverreactionAreOptions() {
        PolicyOption talent = option("talent-academic-exchanges");
        assertTrue(talent.name().toLowerCase(Locale.ROOT).contains("talent"));
        assertTrue(talent.name().toLowerCase(Locale.ROOT).contains("exchanges"));
        assertTrue(talent.description().contains("educational exchanges"), talent.description());
        assertTrue(talent.description().contains("access to talent"), talent.description());

        PolicyOption restraint = option("avoid-overreaction");
        assertTrue(restraint.name().toLowerCase(Locale.ROOT).contains("overreaction"));
        assertEquals("ch10", restraint.sourceId());
        assertTrue(restraint.description().contains(
                "the risk is not that U.S. policy will react, but that it will overreact"), restraint.description());

        for (PolicyOption o : List.of(talent, restraint)) {
            assertEquals(sample.criteria().size(), o.scores().size(), o.id());
            assertEquals(List.of(), IntendedMoves.arrows(sample, o), o.id() + " intends no move");
        }
    }

    // --- the evidence and the placements agree ---

    /** No sector sits against the weight of its own evidence (the ⚠ on its card). */
    @Test
    void noPlacementGoesAgainstItsOwnEvidence() {
        for (Sector s : sample.sectors()) {
            assertEquals(List.of(), EvidenceBalance.contradictions(s), s.id());
        }
    }
}
