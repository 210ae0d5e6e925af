package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.TestProjects;
import org.junit.jupiter.api.Test;

class EditEvidenceCommandTest {
    private final Project small = TestProjects.small();

    private static Evidence note(String id, String text) {
        return new Evidence(id, null, text, null, null, Reliability.C, 3, Bearing.NONE, List.of(), "2026-11-29",
                Extras.NONE);
    }

    private List<String> ids(Project p, String sectorId) {
        return p.sector(sectorId).orElseThrow().evidence().stream().map(Evidence::id).toList();
    }

    @Test
    void addInsertsAtTheIndexAndRevertRestores() {
        var cmd = EditEvidenceCommand.add(small, TestProjects.SOLAR, note("new", "x"), 1);
        Project after = cmd.apply(small);
        assertEquals(List.of("ev-solar-1", "new", "ev-solar-2"), ids(after, TestProjects.SOLAR));
        assertEquals(small, cmd.revert(after));
        assertEquals("Add evidence to Solar PV", cmd.description());
    }

    @Test
    void addBeyondTheEndAppends() {
        Project after = EditEvidenceCommand.add(small, TestProjects.AIRCRAFT, note("n", "x"), 99).apply(small);
        assertEquals(List.of("n"), ids(after, TestProjects.AIRCRAFT));
    }

    @Test
    void addRefusesAnIdUsedByAnotherSector() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> EditEvidenceCommand.add(small, TestProjects.AIRCRAFT, note("ev-chips-1", "x"), 0));
        assertEquals("evidence id ev-chips-1 is already used", e.getMessage());
    }

    @Test
    void updateReplacesInPlace() {
        var cmd = EditEvidenceCommand.update(small, TestProjects.SOLAR, note("ev-solar-1", "rewritten"));
        Project after = cmd.apply(small);
        assertEquals("rewritten", after.sector(TestProjects.SOLAR).orElseThrow().evidence().get(0).note());
        assertEquals(List.of("ev-solar-1", "ev-solar-2"), ids(after, TestProjects.SOLAR));
        assertEquals(small, cmd.revert(after));
    }

    @Test
    void removeAndRevertKeepOrder() {
        var cmd = EditEvidenceCommand.remove(small, TestProjects.SOLAR, "ev-solar-1");
        Project after = cmd.apply(small);
        assertEquals(List.of("ev-solar-2"), ids(after, TestProjects.SOLAR));
        assertEquals(List.of("ev-solar-1", "ev-solar-2"), ids(cmd.revert(after), TestProjects.SOLAR));
    }

    @Test
    void moveStopsAtTheEnds() {
        Project down = EditEvidenceCommand.move(small, TestProjects.SOLAR, "ev-solar-1", 1).apply(small);
        assertEquals(List.of("ev-solar-2", "ev-solar-1"), ids(down, TestProjects.SOLAR));
        Project stuck = EditEvidenceCommand.move(small, TestProjects.SOLAR, "ev-solar-1", -5).apply(small);
        assertEquals(List.of("ev-solar-1", "ev-solar-2"), ids(stuck, TestProjects.SOLAR));
    }

    @Test
    void appendTouchesSeveralSectorsAsOneStep() {
        var cmd = EditEvidenceCommand.append(small, Map.of(TestProjects.AIRCRAFT, List.of(note("a1", "x")),
                TestProjects.BIOTECH, List.of(note("b1", "y"), note("b2", "z"))), "Import 3 evidence items");
        Project after = cmd.apply(small);
        assertEquals(List.of("a1"), ids(after, TestProjects.AIRCRAFT));
        assertEquals(List.of("ev-biotech-1", "b1", "b2"), ids(after, TestProjects.BIOTECH));
        assertEquals(small.evidenceCount() + 3, after.evidenceCount());
        assertEquals(small, cmd.revert(after));
    }

    @Test
    void unknownIdsFailClearly() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> EditEvidenceCommand.remove(small, TestProjects.SOLAR, "nope"));
        assertEquals("Solar PV has no evidence item nope", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> EditEvidenceCommand.remove(small, "no-sector", "ev-solar-1"));
    }
}
