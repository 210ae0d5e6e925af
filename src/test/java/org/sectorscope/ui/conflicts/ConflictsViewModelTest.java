package org.sectorscope.ui.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Extras;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Teamwork;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectMerge;

/** The Resolve conflicts list without a window: its rows in words, and each choice one undoable step. */
class ConflictsViewModelTest {
    static Project conflicted() throws Exception {
        Project ours = TestProjects.small().withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.35, -0.2)));
        Project theirs = TestProjects.small().withSector(TestProjects.CHIPS,
                s -> s.withPosition(new Position(0.6, 0.6)));
        return ProjectMerge.merge(TestProjects.small(), ours, theirs, "ours", "theirs").project();
    }

    private static List<ConflictsViewModel.Row> rowsOf(Project p) {
        return List.copyOf(new ConflictsViewModel(new ProjectSession(p, null, "merged")).rows());
    }

    @Test
    void aRowGivesBaseOursAndTheirsInWords() throws Exception {
        Project p = conflicted();
        ConflictsViewModel vm = new ConflictsViewModel(new ProjectSession(p, null, "merged"));
        assertEquals(1, vm.rows().size());
        ConflictsViewModel.Row row = vm.rows().get(0);
        assertEquals("Semiconductors: position", row.label());
        assertEquals("x 0.35, y -0.2 (D Lose-Lose)", row.ours());
        assertEquals("x 0.6, y 0.6 (C Harmless Failure)", row.theirs());
        assertTrue(row.base().startsWith("x -"), row.base());
        assertEquals(TestProjects.CHIPS, row.sectorId());
        assertTrue(ConflictsViewModel.needsResolving(p));
    }

    @Test
    void takeTheirsMovesTheSectorAndUndoBringsTheRowBack() throws Exception {
        ProjectSession session = new ProjectSession(conflicted(), null, "merged");
        ConflictsViewModel vm = new ConflictsViewModel(session);
        vm.takeTheirs(vm.rows().get(0).conflictId());
        assertTrue(vm.rows().isEmpty());
        assertEquals(new Position(0.6, 0.6), session.project().sector(TestProjects.CHIPS).orElseThrow().position());
        assertTrue(vm.summaryProperty().get().startsWith("No conflicts left"), vm.summaryProperty().get());
        session.undo();
        assertEquals(1, vm.rows().size());
        assertEquals(new Position(0.35, -0.2), session.project().sector(TestProjects.CHIPS).orElseThrow().position());
    }

    @Test
    void keepOursLeavesTheSectorWhereItIs() throws Exception {
        ProjectSession session = new ProjectSession(conflicted(), null, "merged");
        ConflictsViewModel vm = new ConflictsViewModel(session);
        vm.keepOurs(vm.rows().get(0).conflictId());
        assertTrue(vm.rows().isEmpty());
        assertEquals(new Position(0.35, -0.2), session.project().sector(TestProjects.CHIPS).orElseThrow().position());
        assertTrue(session.canUndoProperty().get());
    }

    @Test
    void pickingARowSelectsItsSector() throws Exception {
        ProjectSession session = new ProjectSession(conflicted(), null, "merged");
        ConflictsViewModel vm = new ConflictsViewModel(session);
        vm.select(vm.rows().get(0).conflictId());
        assertEquals(TestProjects.CHIPS, session.selection().sectorId());
    }

    @Test
    void aProjectWithoutConflictsNeedsNothing() {
        assertFalse(ConflictsViewModel.needsResolving(TestProjects.small()));
        assertTrue(rowsOf(TestProjects.small()).isEmpty());
    }

    @Test
    void theirValueThatCannotStandNowIsRefusedWithTheReason() {
        MergeConflict stale = new MergeConflict("conflict-1", List.of("sectors", TestProjects.CHIPS, "driver"),
                "Semiconductors: driver", MergeConflict.Side.ABSENT, MergeConflict.Side.ABSENT,
                MergeConflict.Side.of("driver-gone-since"), Extras.NONE);
        Project p = TestProjects.small().withTeamwork(Teamwork.NONE.withConflicts(List.of(stale)));
        ProjectSession session = new ProjectSession(p, null, "merged");
        ConflictsViewModel vm = new ConflictsViewModel(session);
        vm.takeTheirs("conflict-1");
        assertEquals(p, session.project(), "nothing changed");
        assertFalse(session.canUndoProperty().get());
        assertTrue(vm.problemProperty().get().startsWith("Semiconductors: driver: their version cannot be taken"),
                vm.problemProperty().get());
        assertTrue(vm.problemProperty().get().contains("driver-gone-since"), vm.problemProperty().get());
        vm.keepOurs("conflict-1");
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.rows().isEmpty());
    }
}
