package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;
import org.sectorscope.model.TestProjects;

class PlacementCreditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    /** The small project with Solar PV's report placement located in Figure 1.2. */
    private static Project project() {
        Project p = TestProjects.small();
        return p.withSector(TestProjects.SOLAR, s -> new Sector(s.id(), s.name(), s.driver(), s.summary(), s.position(),
                new Placement(Placement.Basis.REPORT, TestProjects.KENNEDY, "Figure 1.2", null, "", Extras.NONE),
                s.evidence(), s.history(), s.extras(), s.positionExtras()));
    }

    private static PlacementCredit credit(Project p, String id) {
        return PlacementCredit.of(p, p.sector(id).orElseThrow());
    }

    @Test
    void aReportPlacementWhereTheReportPutItIsTheReports() {
        PlacementCredit c = credit(project(), TestProjects.SOLAR);
        assertTrue(c.byReport());
        assertEquals("Kennedy, Figure 1.2, CSIS 2020", c.citation());
        assertEquals("placed by the report (Kennedy, Figure 1.2, CSIS 2020)", c.describe());
    }

    @Test
    void aReportPlacementMovedWithinItsQuadrantStaysTheReports() {
        Project p = project();
        p = MoveSectorsCommand.of(p, Map.of(TestProjects.SOLAR, new Position(-0.3, 0.3)), CLOCK).apply(p);
        assertTrue(credit(p, TestProjects.SOLAR).byReport(), "the report places quadrants, and it is still in A");
    }

    @Test
    void aReportPlacementMovedToAnotherQuadrantIsTheAnalysts() {
        Project p = project();
        p = MoveSectorsCommand.of(p, Map.of(TestProjects.SOLAR, new Position(-0.5, -0.5)), CLOCK).apply(p);
        PlacementCredit c = credit(p, TestProjects.SOLAR);
        assertFalse(c.byReport());
        assertTrue(c.fromReport());
        assertEquals("A", c.reportPlace());
        assertEquals("the analyst's reading, moved from the report's A (Kennedy, Figure 1.2, CSIS 2020)", c.describe());
    }

    @Test
    void aReportPlacementMovedOntoALineIsTheAnalysts() {
        Project p = project();
        p = MoveSectorsCommand.of(p, Map.of(TestProjects.SOLAR, new Position(-0.5, 0.04)), CLOCK).apply(p);
        PlacementCredit c = credit(p, TestProjects.SOLAR);
        assertFalse(c.byReport(), "the report never put it on a line");
        assertEquals("A", c.reportPlace());
    }

    @Test
    void anAnalystPlacementFollowingASourceSaysSo() {
        Project p = project().withSector(TestProjects.BIOTECH, s -> new Sector(s.id(), s.name(), s.driver(), s.summary(),
                s.position(), new Placement(Placement.Basis.ANALYST, TestProjects.KENNEDY, "", Extras.NONE), s.evidence(),
                s.history(), s.extras(), s.positionExtras()));
        PlacementCredit c = credit(p, TestProjects.BIOTECH);
        assertFalse(c.byReport());
        assertFalse(c.fromReport());
        assertEquals("the analyst's reading (following Kennedy, ch. 1, CSIS 2020)", c.describe());
        assertEquals("the analyst's reading", credit(p, TestProjects.CHIPS).describe());
        assertNull(credit(p, TestProjects.CHIPS).citation());
    }

    @Test
    void citationsUseTheSurnameThePublishersAcronymAndTheYear() {
        Source s = new Source("s", "Scott Kennedy", "Touching the Elephant", "Report",
                "Center for Strategic and International Studies (CSIS)", "2020-02", null, "1", "1-7", null, Extras.NONE);
        assertEquals("Kennedy, ch. 1, CSIS 2020", PlacementCredit.citation(s, null));
        assertEquals("Kennedy, p. 3, CSIS 2020", PlacementCredit.citation(s, "p. 3"));
        Source bare = new Source("b", "", "Some working paper", null, null, null, null, null, null, null, Extras.NONE);
        assertEquals("Some working paper", PlacementCredit.citation(bare, null), "no author: the title stands in");
    }

    @Test
    void theComposedSourceLineCreditsEachPlacementToWhoeverMadeIt() {
        Project p = project();
        ProjectInfo i = p.info();
        p = p.withInfo(new ProjectInfo(i.id(), i.title(), i.subtitle(), "Jane Doe", null, i.notes(), i.extras()));
        List<Sector> all = p.sectors();
        assertEquals("Sources: placements of solar PV: Kennedy, Figure 1.2, CSIS 2020; other placements: Jane Doe.",
                FigureCredits.sourceLine(p, all));
        assertEquals("Source: Kennedy, Figure 1.2, CSIS 2020.", FigureCredits.sourceLine(p, all.subList(0, 1)),
                "only the report's placement: the report alone");
        assertEquals("Source: Jane Doe.", FigureCredits.sourceLine(p, all.subList(1, 4)));
        assertNull(FigureCredits.sourceLine(p, List.of()));
    }

    @Test
    void theAnalystsOwnWordingWins() {
        Project p = project(); // the small project's info carries "Source: Test fixture."
        assertEquals("Source: Test fixture.", FigureCredits.sourceLine(p, p.sectors()));
    }

    @Test
    void namesRunInASentence() {
        assertEquals("internet services, 5G networks, AI chips and commercial aircraft",
                FigureCredits.list(List.of("Internet services", "5G networks", "AI chips", "Commercial aircraft")));
        assertEquals(FigureCredits.NO_AUTHOR, FigureCredits.author(TestProjects.small()));
    }
}
