package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Targets;
import org.sectorscope.model.TestProjects;

class CommandsTest {
    private final Project p = TestProjects.small();

    private static List<String> ids(Project project) {
        return project.sectors().stream().map(Sector::id).toList();
    }

    private static Position at(Project project, String id) {
        return project.sector(id).orElseThrow().position();
    }

    @Test
    void moveOneSector() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:15:30.5Z"),
                ZoneOffset.UTC);
        MoveSectorsCommand move = MoveSectorsCommand.of(p, TestProjects.SOLAR, new Position(0.2, -0.8), clock);
        assertEquals("Move Solar PV", move.description());
        MoveSectorsCommand.Move m = move.moves().get(0);
        assertEquals(new Position(-0.6, 0.5), m.from());
        assertEquals(new Position(0.2, -0.8), m.to());
        Project moved = move.apply(p);
        assertEquals(new Position(0.2, -0.8), at(moved, TestProjects.SOLAR));
        assertEquals("D", moved.quadrantOf(moved.sector(TestProjects.SOLAR).orElseThrow()).orElseThrow().letter());
        var history = moved.sector(TestProjects.SOLAR).orElseThrow().history();
        assertEquals(1, history.size(), "crossing from A to D is recorded");
        assertEquals("2026-11-29T10:15:30Z", history.get(0).at());
        assertEquals("A", history.get(0).fromQuadrant());
        assertEquals("D", history.get(0).toQuadrant());
        assertEquals(new Position(-0.6, 0.5), history.get(0).from());
        assertEquals(null, history.get(0).reason());
        assertEquals(at(p, TestProjects.CHIPS), at(moved, TestProjects.CHIPS));
        assertEquals(p, move.revert(moved));
    }

    @Test
    void moveSeveralSectorsAsOneStep() {
        MoveSectorsCommand move = new MoveSectorsCommand("Move 2 sectors", List.of(
                new MoveSectorsCommand.Move(TestProjects.SOLAR, new Position(-0.6, 0.5), new Position(-0.5, 0.4)),
                new MoveSectorsCommand.Move(TestProjects.BIOTECH, new Position(0.5, 0.6), new Position(0.4, 0.5))));
        Project moved = move.apply(p);
        assertEquals(new Position(-0.5, 0.4), at(moved, TestProjects.SOLAR));
        assertEquals(new Position(0.4, 0.5), at(moved, TestProjects.BIOTECH));
        assertEquals(ids(p), ids(moved), "order unchanged");
        assertEquals(p, move.revert(moved));
    }

    @Test
    void moveOfUnknownSectorFails() {
        assertThrows(IllegalArgumentException.class, () -> MoveSectorsCommand.of(p, "ghost", new Position(0, 0)));
        MoveSectorsCommand stale = new MoveSectorsCommand("Move ghost",
                List.of(new MoveSectorsCommand.Move("ghost", new Position(0, 0), new Position(0.1, 0.1))));
        assertThrows(IllegalArgumentException.class, () -> stale.apply(p));
    }

    @Test
    void revertOfRepeatedMovesOfOneSectorRestoresTheStart() {
        Position a = at(p, TestProjects.SOLAR);
        Position b = new Position(0.1, 0.1);
        Position c = new Position(0.2, 0.2);
        MoveSectorsCommand twice = new MoveSectorsCommand("Move twice", List.of(
                new MoveSectorsCommand.Move(TestProjects.SOLAR, a, b), new MoveSectorsCommand.Move(TestProjects.SOLAR, b, c)));
        Project moved = twice.apply(p);
        assertEquals(c, at(moved, TestProjects.SOLAR));
        assertEquals(a, at(twice.revert(moved), TestProjects.SOLAR), "revert leaves it at b");
    }

    @Test
    void rename() {
        RenameSectorCommand rename = RenameSectorCommand.of(p, TestProjects.CHIPS, "  Chips  ");
        assertEquals(new RenameSectorCommand(TestProjects.CHIPS, "Semiconductors", "Chips"), rename);
        assertEquals("Rename Semiconductors", rename.description());
        Project renamed = rename.apply(p);
        assertEquals("Chips", renamed.sector(TestProjects.CHIPS).orElseThrow().name());
        assertEquals("Solar PV", renamed.sector(TestProjects.SOLAR).orElseThrow().name());
        assertEquals(p, rename.revert(renamed));
        assertThrows(IllegalArgumentException.class, () -> RenameSectorCommand.of(p, "ghost", "x"));
    }

    @Test
    void addAppendsAndRevertRemoves() {
        Sector steel = new Sector("sector-steel", "Steel", Driver.STATE_LED, null, new Position(0.1, -0.9),
                Placement.analyst("Overcapacity"), List.of(), null);
        AddSectorCommand add = new AddSectorCommand(steel);
        assertEquals("Add Steel", add.description());
        Project added = add.apply(p);
        assertEquals(List.of(TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.BIOTECH, TestProjects.AIRCRAFT,
                "sector-steel"), ids(added));
        assertEquals(steel, added.sectors().get(4));
        assertEquals(p, add.revert(added));
    }

    @Test
    void addingADuplicateIdFails() {
        Sector dup = p.sectors().get(0).withName("Copy");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AddSectorCommand(dup).apply(p));
        assertEquals("a sector with id sector-solar already exists", e.getMessage());
    }

    @Test
    void removeDropsTheSectorAndItsTargetsAndRevertRestoresBothExactly() {
        RemoveSectorsCommand remove = RemoveSectorsCommand.of(p, List.of(TestProjects.CHIPS));
        assertEquals("Delete Semiconductors", remove.description());
        Project removed = remove.apply(p);
        assertEquals(List.of(TestProjects.SOLAR, TestProjects.BIOTECH, TestProjects.AIRCRAFT), ids(removed));
        PolicyOption subsidy = removed.option(TestProjects.SUBSIDY).orElseThrow();
        assertEquals(List.of(), subsidy.targets().sectorIds());
        assertEquals(List.of("B"), subsidy.targets().quadrantLetters(), "quadrant targets stay");
        assertEquals(p.option(TestProjects.SUBSIDY).orElseThrow().scores(), subsidy.scores());
        assertEquals(p.option(TestProjects.OPENNESS), removed.option(TestProjects.OPENNESS), "untouched option");

        Project restored = remove.revert(removed);
        assertEquals(p, restored);
        assertEquals(ids(p), ids(restored), "back at index 1");
        assertEquals(p.options(), restored.options());
    }

    @Test
    void removeFirstAndLastRestoreTheirIndex() {
        for (String id : List.of(TestProjects.SOLAR, TestProjects.AIRCRAFT)) {
            RemoveSectorsCommand remove = RemoveSectorsCommand.of(p, List.of(id));
            Project removed = remove.apply(p);
            assertEquals(3, removed.sectors().size());
            assertNotEquals(p, removed);
            assertEquals(p, remove.revert(removed), id);
        }
    }

    @Test
    void removeKeepsOtherSectorTargetsInOrder() {
        PolicyOption wide = new PolicyOption("opt-wide", "Wide", null, null,
                new Targets(List.of(TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.AIRCRAFT),
                        List.of(), null), null, List.of(), null);
        Project q = p.withOptions(List.of(wide));
        RemoveSectorsCommand remove = RemoveSectorsCommand.of(q, List.of(TestProjects.CHIPS));
        Project removed = remove.apply(q);
        assertEquals(List.of(TestProjects.SOLAR, TestProjects.AIRCRAFT),
                removed.option("opt-wide").orElseThrow().targets().sectorIds());
        assertEquals(q, remove.revert(removed));
    }

    @Test
    void removeUnknownSectorFails() {
        assertThrows(IllegalArgumentException.class, () -> RemoveSectorsCommand.of(p, List.of("ghost")));
    }
}
