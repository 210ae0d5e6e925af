package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ConflictResolution;
import org.sectorscope.store.ProjectMerge;

/** Resolving a merge conflict is one step on the command stack, and undo brings the conflict back. */
class ResolveConflictCommandTest {
    private static Project conflicted() throws Exception {
        Project ours = TestProjects.small().withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.3, -0.7)));
        Project theirs = TestProjects.small().withSector(TestProjects.CHIPS,
                s -> s.withPosition(new Position(0.6, 0.6)));
        return ProjectMerge.merge(TestProjects.small(), ours, theirs, "ours", "theirs").project();
    }

    @Test
    void takeTheirsAndUndo() throws Exception {
        Project p = conflicted();
        String id = p.teamwork().conflicts().get(0).id();
        Project resolved = ConflictResolution.apply(p, p.teamwork().conflicts().get(0),
                ConflictResolution.Choice.THEIRS);
        CommandStack stack = new CommandStack(p);
        stack.execute(ResolveConflictCommand.takeTheirs(p, id, resolved));
        assertEquals(new Position(0.6, 0.6), stack.project().sector(TestProjects.CHIPS).orElseThrow().position());
        assertTrue(stack.project().teamwork().conflicts().isEmpty());
        assertEquals("Take Theirs for Semiconductors: position", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(p, stack.project());
        stack.redo();
        assertEquals(resolved, stack.project());
    }

    @Test
    void keepOursAndUndo() throws Exception {
        Project p = conflicted();
        String id = p.teamwork().conflicts().get(0).id();
        CommandStack stack = new CommandStack(p);
        stack.execute(ResolveConflictCommand.keepOurs(p, id));
        assertTrue(stack.project().teamwork().conflicts().isEmpty());
        assertEquals(p.sector(TestProjects.CHIPS), stack.project().sector(TestProjects.CHIPS));
        stack.undo();
        assertEquals(p, stack.project());
    }

    @Test
    void aResolvedProjectStillHoldingTheConflictIsRefused() throws Exception {
        Project p = conflicted();
        String id = p.teamwork().conflicts().get(0).id();
        assertThrows(IllegalArgumentException.class, () -> ResolveConflictCommand.takeTheirs(p, id, p));
        assertThrows(IllegalArgumentException.class, () -> ResolveConflictCommand.keepOurs(p, "conflict-9"));
    }
}
