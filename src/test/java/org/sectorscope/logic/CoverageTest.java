package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.Coverage.QuadrantCoverage;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Framework;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Targets;
import org.sectorscope.model.TestProjects;

class CoverageTest {
    private static List<String> ids(List<?> items) {
        return items.stream().map(i -> i instanceof Sector s ? s.id() : ((PolicyOption) i).id()).toList();
    }

    private static Sector sector(String id, String name, Position position) {
        return new Sector(id, name, "", null, position, null, List.of(), Extras.NONE);
    }

    private static PolicyOption option(String id, List<String> sectorIds, List<String> letters) {
        return new PolicyOption(id, id, null, null, new Targets(sectorIds, letters, Extras.NONE), null, List.of(),
                Extras.NONE);
    }

    /**
     * The report's framework with: steel and chips in B, rail in D, drones in C, robotics unplaced, nothing
     * in A. Options: "by-id" targets chips and robotics; "letter-a" targets quadrant A; "drones" targets
     * drones and an unknown letter Q; "unplaced-only" targets only robotics.
     */
    private static Project handBuilt() {
        List<Sector> sectors = List.of(
                sector("steel", "Steel and aluminum", new Position(-0.45, -0.85)),
                sector("chips", "Semiconductors", new Position(-0.4, -0.7)),
                sector("rail", "High-speed rail", new Position(0.6, -0.2)),
                sector("robotics", "Robotics", null),
                sector("drones", "Drones", new Position(0.3, 0.3)));
        List<PolicyOption> options = List.of(
                option("by-id", List.of("chips", "robotics"), List.of()),
                option("letter-a", List.of(), List.of("A")),
                option("drones", List.of("drones"), List.of("Q")),
                option("unplaced-only", List.of("robotics"), List.of()));
        return TestProjects.small().withSectors(sectors).withOptions(options);
    }

    @Test
    void smallProjectCoverage() {
        // small(): Solar in A, Semiconductors (chips) in B, Biotech in C, Commercial aircraft in D.
        // Subsidies targets chips and B; openness targets D.
        Project p = TestProjects.small();
        List<QuadrantCoverage> coverage = Coverage.of(p, Coverage.DEFAULT_WATCHED);
        assertEquals(List.of("A", "B", "C", "D"), coverage.stream().map(c -> c.quadrant().letter()).toList());

        QuadrantCoverage a = coverage.get(0);
        assertEquals(List.of(), a.byQuadrant());
        assertEquals(List.of(), a.bySector());
        assertEquals(List.of(TestProjects.SOLAR), ids(a.sectors()));
        assertEquals(List.of(), a.unaddressedSectors(), "A is not watched");
        assertFalse(a.addressed());

        QuadrantCoverage b = coverage.get(1);
        assertEquals(List.of(TestProjects.SUBSIDY), ids(b.byQuadrant()));
        assertEquals(List.of(TestProjects.SUBSIDY), ids(b.bySector()));
        assertEquals(List.of(TestProjects.CHIPS), ids(b.sectors()));
        assertEquals(List.of(), b.unaddressedSectors());

        QuadrantCoverage c = coverage.get(2);
        assertEquals(List.of(TestProjects.BIOTECH), ids(c.sectors()));
        assertFalse(c.addressed());

        QuadrantCoverage d = coverage.get(3);
        assertEquals(List.of(TestProjects.OPENNESS), ids(d.byQuadrant()));
        assertEquals(List.of(), d.bySector());
        assertEquals(List.of(TestProjects.AIRCRAFT), ids(d.sectors()));
        assertEquals(List.of(), d.unaddressedSectors(), "targeting D by letter covers aircraft");
        assertTrue(d.addressed());

        assertEquals(List.of("No option addresses quadrant A (Win-Win)",
                "No option addresses quadrant C (Harmless Failure)"), Coverage.warnings(p, Coverage.DEFAULT_WATCHED));
    }

    @Test
    void watchedLettersAreAParameter() {
        Project p = TestProjects.small();
        assertEquals(List.of("No option addresses quadrant A (Win-Win)", "No option addresses Solar PV (A, Win-Win)",
                "No option addresses quadrant C (Harmless Failure)", "No option addresses Biotech (C, Harmless Failure)"),
                Coverage.warnings(p, Set.of("A", "C")));
        assertEquals(List.of("No option addresses quadrant A (Win-Win)",
                "No option addresses quadrant C (Harmless Failure)"), Coverage.warnings(p, Set.of()));
    }

    @Test
    void handBuiltProjectCoverage() {
        Project p = handBuilt();
        List<QuadrantCoverage> coverage = Coverage.of(p, Coverage.DEFAULT_WATCHED);

        QuadrantCoverage a = coverage.get(0);
        assertEquals(List.of("letter-a"), ids(a.byQuadrant()));
        assertEquals(List.of(), a.sectors());
        assertTrue(a.addressed(), "a letter target addresses even an empty quadrant");

        QuadrantCoverage b = coverage.get(1);
        assertEquals(List.of(), b.byQuadrant());
        assertEquals(List.of("by-id"), ids(b.bySector()), "targeting chips by id addresses B");
        assertEquals(List.of("steel", "chips"), ids(b.sectors()));
        assertEquals(List.of("steel"), ids(b.unaddressedSectors()));

        QuadrantCoverage c = coverage.get(2);
        assertEquals(List.of(), c.byQuadrant(), "the unknown letter Q addresses nothing");
        assertEquals(List.of("drones"), ids(c.bySector()));
        assertEquals(List.of("drones"), ids(c.sectors()));

        QuadrantCoverage d = coverage.get(3);
        assertEquals(List.of(), d.byQuadrant());
        assertEquals(List.of(), d.bySector());
        assertEquals(List.of("rail"), ids(d.sectors()));
        assertEquals(List.of("rail"), ids(d.unaddressedSectors()));

        assertEquals(List.of("No option addresses Steel and aluminum (B, Destructive Victory)",
                "No option addresses quadrant D (Lose-Lose)", "No option addresses High-speed rail (D, Lose-Lose)"),
                Coverage.warnings(p, Coverage.DEFAULT_WATCHED));
    }

    @Test
    void anUnplacedSectorIsInNoQuadrant() {
        Project p = handBuilt();
        List<QuadrantCoverage> coverage = Coverage.of(p, Set.of("A", "B", "C", "D"));
        for (QuadrantCoverage c : coverage) {
            assertFalse(ids(c.sectors()).contains("robotics"), c.quadrant().letter());
            assertFalse(ids(c.bySector()).contains("unplaced-only"), c.quadrant().letter());
        }
        // Unplacing chips: by-id now targets only unplaced sectors, so B loses its only option.
        Project unplaced = p.withSector("chips", s -> s.withPosition(null));
        QuadrantCoverage b = Coverage.of(unplaced, Coverage.DEFAULT_WATCHED).get(1);
        assertEquals(List.of("steel"), ids(b.sectors()));
        assertEquals(List.of(), b.bySector());
        assertEquals(List.of("No option addresses quadrant B (Destructive Victory)",
                "No option addresses Steel and aluminum (B, Destructive Victory)",
                "No option addresses quadrant D (Lose-Lose)", "No option addresses High-speed rail (D, Lose-Lose)"),
                Coverage.warnings(unplaced, Coverage.DEFAULT_WATCHED));
    }

    @Test
    void coverageFollowsTheSectorsCurrentQuadrant() {
        // Moving steel from B to C: B is then fully covered through chips, and C gains a sector.
        Project moved = handBuilt().withSector("steel", s -> s.withPosition(new Position(0.5, 0.5)));
        List<QuadrantCoverage> coverage = Coverage.of(moved, Coverage.DEFAULT_WATCHED);
        assertEquals(List.of("chips"), ids(coverage.get(1).sectors()));
        assertEquals(List.of(), coverage.get(1).unaddressedSectors());
        assertEquals(List.of("steel", "drones"), ids(coverage.get(2).sectors()));
        assertEquals(List.of(), coverage.get(2).unaddressedSectors(), "C is not watched");
        assertEquals(List.of("No option addresses quadrant D (Lose-Lose)",
                "No option addresses High-speed rail (D, Lose-Lose)"), Coverage.warnings(moved, Coverage.DEFAULT_WATCHED));
    }

    @Test
    void agreesWithSectorQueries() {
        // A sector is flagged exactly when SectorQueries finds no option addressing it.
        Project p = handBuilt();
        for (QuadrantCoverage c : Coverage.of(p, Set.of("A", "B", "C", "D"))) {
            for (Sector s : c.sectors()) {
                assertEquals(SectorQueries.optionsAddressing(p, s.id()).isEmpty(), c.unaddressedSectors().contains(s),
                        s.id());
            }
        }
    }

    @Test
    void quadrantsComeInFrameworkOrder() {
        Project p = TestProjects.small();
        List<Quadrant> reversed = new ArrayList<>(p.framework().quadrants());
        Collections.reverse(reversed);
        Project flipped = p.withFramework(new Framework(p.framework().name(),
                p.framework().xAxis(), p.framework().yAxis(), reversed));
        assertEquals(List.of("D", "C", "B", "A"),
                Coverage.of(flipped, Coverage.DEFAULT_WATCHED).stream().map(c -> c.quadrant().letter()).toList());
        assertEquals(List.of("No option addresses quadrant C (Harmless Failure)",
                "No option addresses quadrant A (Win-Win)"), Coverage.warnings(flipped, Coverage.DEFAULT_WATCHED));
    }
}
