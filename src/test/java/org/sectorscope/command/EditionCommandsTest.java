package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.Editions;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

class EditionCommandsTest {
    private final Project p = TestProjects.small();
    private final Edition dec = Editions.take(p, "Brief, December 2026", Instant.parse("2026-12-02T10:00:00Z"));

    @Test
    void takingRenamingAndDeletingAnEditionEachUndo() {
        EditEditionsCommand take = EditEditionsCommand.add(p, dec);
        Project taken = take.apply(p);
        assertEquals(List.of(dec), taken.teamwork().editions());
        assertEquals("Take edition Brief, December 2026", take.description());
        assertEquals(p, take.revert(taken));

        EditEditionsCommand rename = EditEditionsCommand.rename(taken, dec.id(), "  December brief ");
        Project renamed = rename.apply(taken);
        assertEquals("December brief", renamed.teamwork().editions().get(0).name());
        assertEquals(dec.sectors(), renamed.teamwork().editions().get(0).sectors());
        assertEquals(taken, rename.revert(renamed));

        Edition other = Editions.take(p, "Other", Instant.parse("2027-01-01T00:00:00Z"));
        Project two = EditEditionsCommand.add(renamed, other).apply(renamed);
        EditEditionsCommand delete = EditEditionsCommand.delete(two, dec.id());
        Project deleted = delete.apply(two);
        assertEquals(List.of(other), deleted.teamwork().editions());
        assertEquals(two, delete.revert(deleted), "undo puts it back in its place");
        assertThrows(IllegalArgumentException.class, () -> EditEditionsCommand.add(two, other));
        assertThrows(IllegalArgumentException.class, () -> EditEditionsCommand.delete(deleted, dec.id()));
    }

    @Test
    void restoringPutsBackPositionsAndBasisOfSectorsStillThereAsOneUndoableStep() {
        Project withEdition = EditEditionsCommand.add(p, dec).apply(p);
        Sector robots = new Sector("sector-robots", "Robotics", "", null, new Position(-0.2, -0.2),
                Placement.analyst(""), List.of(), Extras.NONE);
        List<Sector> sectors = new java.util.ArrayList<>(withEdition.sectors());
        sectors.remove(2); // biotech deleted since
        sectors.add(robots);
        Project now = withEdition.withSectors(sectors)
                .withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.3, -0.7)))
                .withSector(TestProjects.SOLAR, s -> s.withPlacement(Placement.analyst("mine now")));
        RestoreEditionCommand restore = RestoreEditionCommand.of(now, dec.id());
        assertEquals(2, restore.changedCount());
        assertEquals("Restore edition Brief, December 2026", restore.description());
        Project restored = restore.apply(now);
        assertEquals(new Position(-0.4, -0.7), restored.sector(TestProjects.CHIPS).orElseThrow().position());
        assertEquals(Placement.Basis.REPORT, restored.sector(TestProjects.SOLAR).orElseThrow().placement().basis());
        assertEquals("mine now", restored.sector(TestProjects.SOLAR).orElseThrow().placement().rationale());
        assertEquals(robots, restored.sector("sector-robots").orElseThrow(), "a sector the edition lacks stays");
        assertEquals(4, restored.sectors().size(), "a sector the project lost is not brought back");
        assertEquals(now, restore.revert(restored));
    }

    @Test
    void restoringPutsBackTheScoresTheEditionRecordedKeepingTheirRationale() {
        Project withEdition = EditEditionsCommand.add(p, dec).apply(p);
        PolicyOption subsidy = withEdition.option(TestProjects.SUBSIDY).orElseThrow();
        List<Score> rescored = subsidy.scores().stream().map(s -> s.criterionId().equals(TestProjects.GROWTH)
                ? new Score(s.criterionId(), 1, "Rethought", s.evidenceIds(), s.extras()) : s).toList();
        Project now = withEdition.withOptions(withEdition.options().stream().map(o -> o.id().equals(subsidy.id())
                ? new PolicyOption(o.id(), o.name(), o.description(), o.sourceId(), o.targets(), o.intendedEffect(),
                        rescored, o.extras()) : o).toList());

        RestoreEditionCommand restore = RestoreEditionCommand.of(now, dec.id());
        assertEquals(0, restore.changedCount());
        assertEquals(1, restore.rescoredCount());
        Project restored = restore.apply(now);
        Score growth = restored.option(TestProjects.SUBSIDY).orElseThrow().score(TestProjects.GROWTH).orElseThrow();
        assertEquals(4, growth.value(), "the edition's value");
        assertEquals("Rethought", growth.rationale(), "the rationale written since is kept");
        assertEquals(withEdition.options(), restored.options().stream().map(o -> o.id().equals(subsidy.id())
                ? new PolicyOption(o.id(), o.name(), o.description(), o.sourceId(), o.targets(), o.intendedEffect(),
                        subsidy.scores(), o.extras()) : o).toList());
        assertEquals(now, restore.revert(restored));
    }
}
