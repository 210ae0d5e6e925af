package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

class SectorQueriesTest {
    private final Project p = TestProjects.small();

    private List<String> matching(String filter) {
        return p.sectors().stream().filter(s -> SectorQueries.matches(p, s, filter)).map(Sector::id).toList();
    }

    @Test
    void blankFilterMatchesAll() {
        List<String> all = List.of(TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.BIOTECH, TestProjects.AIRCRAFT);
        assertEquals(all, matching(null));
        assertEquals(all, matching(""));
        assertEquals(all, matching("   "));
    }

    @Test
    void matchesNameCaseInsensitively() {
        assertEquals(List.of(TestProjects.CHIPS), matching("semi"));
        assertEquals(List.of(TestProjects.CHIPS), matching("SEMICONDUCTORS"));
        assertEquals(List.of(), matching("steel"));
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of(TestProjects.SOLAR), matching("solar state"));
        assertEquals(List.of(TestProjects.SOLAR), matching("  state   solar "));
        assertEquals(List.of(), matching("solar market"));
        assertEquals(List.of(TestProjects.AIRCRAFT), matching("aircraft lose-lose"));
    }

    @Test
    void matchesDriver() {
        assertEquals(List.of(TestProjects.BIOTECH), matching("market-oriented"));
        assertEquals(List.of(TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.AIRCRAFT), matching("state-led"));
    }

    @Test
    void matchesQuadrantLetterAndName() {
        assertEquals(List.of(TestProjects.SOLAR), matching("win-win"));
        assertEquals(List.of(TestProjects.CHIPS), matching("destructive victory"));
        assertEquals(List.of(TestProjects.BIOTECH), matching("harmless"));
        assertEquals(List.of(TestProjects.CHIPS), matching("b)"));
        assertEquals(List.of(TestProjects.AIRCRAFT), matching("D)"));
    }

    @Test
    void filterFollowsTheSectorIntoItsNewQuadrant() {
        Project moved = MoveSectorsCommand.of(p, TestProjects.BIOTECH, new Position(-0.5, 0.5)).apply(p);
        Sector biotech = moved.sector(TestProjects.BIOTECH).orElseThrow();
        assertTrue(SectorQueries.matches(moved, biotech, "win-win"));
        assertFalse(SectorQueries.matches(moved, biotech, "harmless"));
    }

    private List<String> addressing(Project project, String sectorId) {
        return SectorQueries.optionsAddressing(project, sectorId).stream().map(PolicyOption::id).toList();
    }

    @Test
    void aSectorOnALineIsFoundByTheLinesName() {
        Project online = p.withSector(TestProjects.SOLAR, s -> s.withPosition(new Position(-0.6, 0.05)));
        Sector solar = online.sector(TestProjects.SOLAR).orElseThrow();
        assertTrue(SectorQueries.matches(online, solar, "A/B line"));
        assertTrue(SectorQueries.matches(online, solar, "win-win"), "and still by the quadrant its signs give");
        assertFalse(SectorQueries.matches(p, p.sector(TestProjects.SOLAR).orElseThrow(), "line"));
    }

    @Test
    void optionsAddressingBySectorIdAndByQuadrant() {
        // SUBSIDY names CHIPS and quadrant B (where CHIPS is); OPENNESS targets quadrant D
        assertEquals(List.of(TestProjects.SUBSIDY), addressing(p, TestProjects.CHIPS));
        assertEquals(List.of(TestProjects.OPENNESS), addressing(p, TestProjects.AIRCRAFT));
        assertEquals(List.of(), addressing(p, TestProjects.SOLAR));
        assertEquals(List.of(), addressing(p, TestProjects.BIOTECH));
        assertEquals(List.of(), addressing(p, "no-such-sector"));
    }

    @Test
    void optionsAddressingFollowsAMoveAcrossQuadrants() {
        // SOLAR (A) moves into D: OPENNESS now addresses it through quadrant D
        Project inD = MoveSectorsCommand.of(p, TestProjects.SOLAR, new Position(0.3, -0.3)).apply(p);
        assertEquals(List.of(TestProjects.OPENNESS), addressing(inD, TestProjects.SOLAR));
        // AIRCRAFT (D) moves into B: SUBSIDY by quadrant B instead of OPENNESS
        Project inB = MoveSectorsCommand.of(p, TestProjects.AIRCRAFT, new Position(-0.3, -0.3)).apply(p);
        assertEquals(List.of(TestProjects.SUBSIDY), addressing(inB, TestProjects.AIRCRAFT));
        // CHIPS moves out of B into D: still named by SUBSIDY, and now in OPENNESS's quadrant; project order kept
        Project chipsInD = MoveSectorsCommand.of(p, TestProjects.CHIPS, new Position(0.2, -0.7)).apply(p);
        assertEquals(List.of(TestProjects.SUBSIDY, TestProjects.OPENNESS), addressing(chipsInD, TestProjects.CHIPS));
        // moving onto the vertical line (x = 0) puts AIRCRAFT on the high side: still D
        Project onLine = MoveSectorsCommand.of(p, TestProjects.AIRCRAFT, new Position(0, -0.3)).apply(p);
        assertEquals(List.of(TestProjects.OPENNESS), addressing(onLine, TestProjects.AIRCRAFT));
    }

    @Test
    void summaryCounts() {
        ProjectSummary s = ProjectSummary.of(p);
        assertEquals(new ProjectSummary(4, 5, 2), s);
        assertEquals("4 sectors, 5 evidence items, 2 policy options", s.toString());
    }

    @Test
    void tagsAndFieldValuesMatchToo() {
        Project tagged = p.withFields(List.of(new CustomField("field-agency", "Lead agency", CustomField.Kind.TEXT, null),
                        new CustomField("field-size", "Output", CustomField.Kind.NUMBER, "USD bn")))
                .withSector(TestProjects.CHIPS, s -> s.withTags(List.of("export-controls"))
                        .withFieldValue("field-agency", FieldValue.of("MIIT")))
                .withSector(TestProjects.BIOTECH, s -> s.withFieldValue("field-size", FieldValue.of(42)));
        List<String> byTag = tagged.sectors().stream().filter(s -> SectorQueries.matches(tagged, s, "export-controls"))
                .map(Sector::id).toList();
        assertEquals(List.of(TestProjects.CHIPS), byTag);
        assertEquals(List.of(TestProjects.CHIPS), tagged.sectors().stream()
                .filter(s -> SectorQueries.matches(tagged, s, "miit")).map(Sector::id).toList());
        assertEquals(List.of(TestProjects.BIOTECH), tagged.sectors().stream()
                .filter(s -> SectorQueries.matches(tagged, s, "42 usd")).map(Sector::id).toList());
    }
}
