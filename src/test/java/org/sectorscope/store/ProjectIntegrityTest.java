package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/**
 * The integrity check finds the same problems, in the same order, whether a project is small or large, and
 * whether what it needs of the sectors alone was gathered beforehand (as an open does) or by the check.
 */
class ProjectIntegrityTest {
    @ParameterizedTest
    @ValueSource(ints = {50, 3_000})
    void aSoundProjectHasNoProblems(int sectors) {
        assertEquals(List.of(), ProjectIntegrity.problems(TestProjects.random(7, sectors)));
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 3_000})
    void problemsComeInTheOrderOfTheChecks(int sectors) {
        Project sound = TestProjects.random(8, sectors);
        List<Sector> withEvidence = sound.sectors().stream().filter(s -> !s.evidence().isEmpty()).toList();
        Sector first = withEvidence.get(0);
        Sector last = withEvidence.get(withEvidence.size() - 1);
        String copied = first.evidence().get(0).id();
        // The last sector with evidence repeats the first one's id, and cites a driver no one defined.
        List<Evidence> repeated = new ArrayList<>(last.evidence());
        Evidence e = repeated.get(0);
        repeated.set(0, new Evidence(copied, e.quote(), e.note(), e.sourceId(), e.page(), e.reliability(),
                e.credibility(), e.bearing(), e.tags(), e.added(), e.extras()));
        Project broken = sound.withSector(last.id(), s -> s.withEvidence(repeated).withDriver("driver-nobody"));

        List<String> problems = ProjectIntegrity.problems(broken);

        int at = broken.sectors().indexOf(broken.sector(last.id()).orElseThrow());
        assertEquals(List.of("evidence: id \"" + copied + "\" is used more than once",
                "sectors[" + at + "].driver: no driver with id \"driver-nobody\""), problems);
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 3_000})
    void factsGatheredSectorBySectorFindWhatTheWholeCheckFinds(int sectors) {
        Project sound = TestProjects.random(9, sectors);
        Sector last = sound.sectors().get(sectors - 1);
        Sector cited = sound.sectors().stream().filter(s -> !s.evidence().isEmpty()).reduce((a, b) -> b).orElseThrow();
        List<UnaryOperator<Project>> breakages = List.of(
                p -> p,
                p -> p.withSector(last.id(), s -> s.withDriver("driver-nobody")),
                p -> p.withSector(last.id(), s -> s.withPlacement(new Placement(s.placement().basis(), "src-nobody",
                        s.placement().locator(), s.placement().quote(), s.placement().rationale(),
                        s.placement().extras()))),
                p -> p.withSector(cited.id(), s -> {
                    List<Evidence> items = new ArrayList<>(s.evidence());
                    Evidence e = items.get(items.size() - 1);
                    items.set(items.size() - 1, new Evidence(e.id(), e.quote(), e.note(), "src-nobody", e.page(),
                            e.reliability(), e.credibility(), e.bearing(), e.tags(), e.added(), e.extras()));
                    return s.withEvidence(items);
                }),
                p -> p.withSector(last.id(), s -> s.withFieldValue("field-nobody", FieldValue.of(1))),
                p -> {
                    List<Sector> twice = new ArrayList<>(p.sectors());
                    twice.set(sectors - 1, twice.get(0)); // its id, and any evidence ids, twice
                    return p.withSectors(twice);
                });
        for (int k = 0; k < breakages.size(); k++) {
            Project broken = breakages.get(k).apply(sound);
            ProjectIntegrity.SectorFacts facts = new ProjectIntegrity.SectorFacts();
            broken.sectors().forEach(facts::add);

            List<String> whole = ProjectIntegrity.problems(broken);

            assertEquals(whole, ProjectIntegrity.problems(broken, facts), "breakage " + k);
            assertEquals(k == 0, whole.isEmpty(), "breakage " + k + ": " + whole);
        }
    }
}

