package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/**
 * The integrity check finds the same problems, in the same order, whether a project is small (checked in
 * line) or large (its evidence ids checked on another core while the rest is checked).
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
}
