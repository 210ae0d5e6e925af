package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.TestProjects;
import org.sectorscope.model.TestTeams;

class ConsensusTest {
    private final Consensus team = Consensus.of(TestTeams.threeAnalysts());

    private Consensus.SectorConsensus sector(Consensus c, String id) {
        return c.sector(id).orElseThrow();
    }

    private static List<String> letters(List<Quadrant> qs) {
        return qs.stream().map(Quadrant::letter).toList();
    }

    /** The small project with one more layer placing the given sectors. */
    private static Project withLayer(AnalystLayer... layers) {
        Project p = TestProjects.small();
        return p.withTeamwork(p.teamwork().withAnalysts(List.of(layers)));
    }

    @Test
    void theProjectCountsAsOneAnalystNamedByItsAuthorOrProject() {
        assertEquals(List.of("Project", "Lin Wei", "Ngozi Okafor"),
                team.analysts().stream().map(Consensus.Analyst::name).toList());
        assertTrue(team.analysts().get(0).isProject());
        Project authored = TestTeams.threeAnalysts();
        ProjectInfo i = authored.info();
        authored = authored.withInfo(new ProjectInfo(i.id(), i.title(), i.subtitle(), "Ada Lovelace", i.sourceLine(),
                i.notes(), Extras.NONE));
        Consensus c = Consensus.of(authored);
        assertEquals("Ada Lovelace", c.analysts().get(0).name());
        assertEquals("AL", c.analysts().get(0).initials());
        assertEquals("Consensus of 3 analysts (median)", c.legend());
    }

    @Test
    void medianIsCoordinateWiseAndModalQuadrantCountsAnalysts() {
        Consensus.SectorConsensus chips = sector(team, TestProjects.CHIPS);
        assertEquals(3, chips.count());
        // x: -0.4, 0.2, 0.3; y: -0.7, -0.6, -0.2
        assertEquals(new Position(0.2, -0.6), chips.median());
        assertEquals("D", chips.modal().letter());
        assertEquals(2, chips.inModal());
        assertEquals(2.0 / 3, chips.agreement(), 1e-9);
        assertEquals((Math.hypot(0.6, 0.1) + 0.1 + 0.4) / 3, chips.spread(), 1e-9);
        assertEquals("2 of 3 in D \u00b7 spread 0.37", chips.summary());
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleTwo() {
        Consensus.SectorConsensus biotech = sector(team, TestProjects.BIOTECH);
        assertEquals(2, biotech.count());
        assertEquals(new Position(0.45, 0.65), biotech.median());
        assertEquals("2 of 2 in C \u00b7 spread 0.07", biotech.summary());
    }

    @Test
    void sectorsMissingFromALayerCountOnlyTheAnalystsWhoPlacedThem() {
        Consensus.SectorConsensus aircraft = sector(team, TestProjects.AIRCRAFT);
        assertEquals(1, aircraft.count());
        assertEquals("Project", aircraft.opinions().get(0).analyst().name());
        assertEquals(0, aircraft.spread());
        assertEquals(1.0, aircraft.agreement());
        Consensus.Analyst okafor = team.analyst(TestTeams.OKAFOR).orElseThrow();
        assertTrue(aircraft.of(okafor).isEmpty());
    }

    @Test
    void sectorsALayerNamesThatTheProjectLacksAreFlaggedNotDropped() {
        assertEquals(1, team.orphans().size());
        assertEquals(TestTeams.BATTERIES, team.orphans().get(0).sectorId());
        assertEquals("Lin Wei", team.orphans().get(0).analyst().name());
        assertTrue(team.sector(TestTeams.BATTERIES).isEmpty(), "no consensus is made up for it");
    }

    @Test
    void aTieNamesTheMediansQuadrantAndSaysWhatItIsTiedWith() {
        // Project: Solar at (-0.6, 0.5) in A; the layer puts it in B. Median (-0.6, 0.1) lies in A.
        Consensus c = Consensus.of(withLayer(new AnalystLayer("layer-b", "Bea", List.of(
                TestTeams.placement(TestProjects.SOLAR, -0.6, -0.3, null)), Extras.NONE)));
        Consensus.SectorConsensus solar = sector(c, TestProjects.SOLAR);
        assertTrue(solar.isTie());
        assertEquals(List.of("A", "B"), letters(solar.tied()));
        assertEquals("A", solar.modal().letter());
        assertEquals(0.5, solar.agreement());
        assertEquals("1 of 2 in A, tied with B \u00b7 spread 0.40", solar.summary());
    }

    @Test
    void aTieAwayFromTheMediansQuadrantNamesTheFirstTiedByLetter() {
        // Two in A, two in D: the median is the centre, which the framework puts in C.
        Project p = withLayer(
                new AnalystLayer("l1", "One", List.of(TestTeams.placement(TestProjects.SOLAR, -0.5, 0.6, null)), null),
                new AnalystLayer("l2", "Two", List.of(TestTeams.placement(TestProjects.SOLAR, 0.5, -0.5, null)), null),
                new AnalystLayer("l3", "Three", List.of(TestTeams.placement(TestProjects.SOLAR, 0.6, -0.6, null)), null));
        Consensus.SectorConsensus solar = sector(Consensus.of(p), TestProjects.SOLAR);
        assertEquals(new Position(0, 0), solar.median());
        assertEquals("C", p.framework().quadrantOf(solar.median()).letter());
        assertEquals(List.of("A", "D"), letters(solar.tied()));
        assertEquals("A", solar.modal().letter());
        assertEquals(0.5, solar.agreement());
    }

    @Test
    void quadrantsFollowTheFrameworksOwnRuleOnTheLine() {
        // x = 0 is the high side: the rule the figure draws by.
        Consensus c = Consensus.of(withLayer(new AnalystLayer("l", "L", List.of(
                TestTeams.placement(TestProjects.SOLAR, 0, 0.5, null)), null)));
        Consensus.Opinion atLine = sector(c, TestProjects.SOLAR).opinions().get(1);
        assertEquals(TestProjects.small().framework().quadrantOf(new Position(0, 0.5)), atLine.quadrant());
        assertEquals("C", atLine.quadrant().letter());
    }

    @Test
    void hullIsConvexAnticlockwiseAndDropsInnerAndCollinearPoints() {
        List<Position> square = Consensus.hull(List.of(new Position(0, 0), new Position(1, 0), new Position(0.5, 0.5),
                new Position(1, 1), new Position(0, 1), new Position(0.5, 0)));
        assertEquals(List.of(new Position(0, 0), new Position(1, 0), new Position(1, 1), new Position(0, 1)), square);
        assertEquals(List.of(new Position(0, 0), new Position(1, 1)),
                Consensus.hull(List.of(new Position(1, 1), new Position(0, 0), new Position(0.5, 0.5))));
        assertEquals(List.of(new Position(0.2, 0.2)),
                Consensus.hull(List.of(new Position(0.2, 0.2), new Position(0.2, 0.2))));
        assertEquals(3, sector(team, TestProjects.CHIPS).hull().size());
    }

    @Test
    void mostDisputedFirstSortsByAgreementThenSpread() {
        List<String> order = team.sectors().stream().sorted(Consensus.MOST_DISPUTED_FIRST)
                .map(Consensus.SectorConsensus::sectorId).toList();
        assertEquals(List.of(TestProjects.CHIPS, TestProjects.SOLAR, TestProjects.BIOTECH, TestProjects.AIRCRAFT), order);
    }

    @Test
    void aProjectWithoutLayersIsNoTeam() {
        Consensus alone = Consensus.of(TestProjects.small());
        assertFalse(alone.isTeam());
        assertEquals(4, alone.sectors().size());
        assertTrue(team.isTeam());
    }
}
