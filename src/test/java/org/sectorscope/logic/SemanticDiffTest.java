package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.SemanticDiff.Change;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Framework;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/** The semantic diff on hand-built pairs: each kind of change, said once, on ids. */
class SemanticDiffTest {
    private static final Project SMALL = TestProjects.small();

    private static List<String> kinds(List<Change> changes) {
        return changes.stream().map(Change::kind).toList();
    }

    @Test
    void aProjectEqualToItselfHasNoChangesAndEveryRandomOneToo() {
        assertEquals(List.of(), SemanticDiff.between(SMALL, TestProjects.small()));
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals(List.of(), SemanticDiff.between(TestProjects.random(seed), TestProjects.random(seed)));
        }
    }

    @Test
    void movesSayTheirPositionsAndACrossingIntoAnotherQuadrantIsToldApart() {
        Project b = SMALL.withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.3, -0.7)))
                .withSector(TestProjects.SOLAR, s -> s.withPosition(new Position(-0.5, 0.5)));
        List<Change> changes = SemanticDiff.between(SMALL, b);
        assertEquals(List.of(
                new Change("sector-moved", TestProjects.SOLAR, "Solar PV", "A (-0.6, 0.5)", "A (-0.5, 0.5)", null),
                new Change("sector-changed-quadrant", TestProjects.CHIPS, "Semiconductors", "B (-0.4, -0.7)",
                        "D (0.3, -0.7)", null)), changes);
    }

    @Test
    void sectorsAddedRemovedRenamedAndEdited() {
        List<Sector> sectors = new ArrayList<>(SMALL.sectors());
        sectors.remove(3);
        sectors.add(new Sector("sector-batteries", "Batteries", "", null, null, null, List.of(), Extras.NONE));
        sectors.set(0, sectors.get(0).withName("Solar panels").withDriver(Driver.MIXED).withTags(List.of("energy")));
        List<Change> changes = SemanticDiff.between(SMALL, SMALL.withSectors(sectors));
        assertEquals(List.of("sector-renamed", "sector-edited", "sector-added", "sector-removed"), kinds(changes));
        assertEquals("Solar PV", changes.get(0).from());
        assertEquals("driver, tags", changes.get(1).detail());
        assertEquals("unplaced", changes.get(2).to());
        assertEquals("Commercial aircraft", changes.get(3).name());
    }

    @Test
    void evidenceAddedRemovedAndChangedNameWhatChanged() {
        Project b = SMALL.withSector(TestProjects.SOLAR, s -> {
            List<Evidence> items = new ArrayList<>(s.evidence());
            Evidence first = items.get(0);
            items.set(0, new Evidence(first.id(), "New quote.", first.note(), first.sourceId(), first.page(),
                    Reliability.A, 1, first.bearing(), first.tags(), first.added(), first.extras()));
            items.remove(1);
            items.add(new Evidence("ev-new", null, "Fresh note.", null, null, Reliability.C, 3, null, List.of(), null,
                    null));
            return s.withEvidence(items);
        });
        List<Change> changes = SemanticDiff.between(SMALL, b);
        assertEquals(List.of("evidence-changed", "evidence-added", "evidence-removed"), kinds(changes));
        assertEquals("quote, grade", changes.get(0).detail());
        assertEquals("Solar PV", changes.get(0).name());
        assertEquals("Fresh note.", changes.get(1).to());
    }

    @Test
    void scoresWeightsAndOptionsAreToldWithTheirValues() {
        PolicyOption subsidy = SMALL.option(TestProjects.SUBSIDY).orElseThrow();
        List<Score> scores = new ArrayList<>(subsidy.scores());
        scores.set(0, new Score(TestProjects.GROWTH, 2, "Less than hoped", null, null));
        List<PolicyOption> options = List.of(new PolicyOption(subsidy.id(), subsidy.name(), subsidy.description(),
                subsidy.sourceId(), subsidy.targets(), subsidy.intendedEffect(), scores, subsidy.extras()));
        List<Criterion> criteria = new ArrayList<>(SMALL.criteria());
        Criterion growth = criteria.get(0);
        criteria.set(0, new Criterion(growth.id(), growth.name(), growth.description(), 3, growth.extras()));
        List<Change> changes = SemanticDiff.between(SMALL, SMALL.withOptions(options).withCriteria(criteria));
        assertEquals(List.of("score-changed", "option-removed", "criterion-changed"), kinds(changes));
        assertEquals(new Change("score-changed", "opt-subsidy/crit-growth", "Targeted subsidies / Growth", "4", "2",
                null), changes.get(0));
        assertEquals("Open procurement", changes.get(1).name());
        assertEquals(List.of("2", "3", "weight"), List.of(changes.get(2).from(), changes.get(2).to(),
                changes.get(2).detail()));
    }

    @Test
    void theFrameworkDriversAndDetailsAreToldAsWholes() {
        Framework f = SMALL.framework();
        List<Quadrant> quadrants = f.quadrants().stream().map(q -> q.letter().equals("A")
                ? new Quadrant(q.x(), q.y(), "A", "Both win", q.color()) : q).toList();
        Project b = SMALL.withFramework(new Framework(f.name(), f.xAxis(), f.yAxis(), quadrants))
                .withDrivers(List.of(Driver.defaults().get(0)));
        List<String> kinds = kinds(SemanticDiff.between(SMALL, b));
        assertEquals(List.of("driver-removed", "driver-removed", "framework-changed"), kinds);
        ProjectInfo i = SMALL.info();
        ProjectInfo other = new ProjectInfo(i.id(), "Other", i.subtitle(), i.author(), i.sourceLine(), i.notes(),
                i.extras());
        assertEquals(List.of("project-details-changed"), kinds(SemanticDiff.between(SMALL, SMALL.withInfo(other))));
    }
}
