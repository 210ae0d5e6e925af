package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

class CommandStackTest {
    private Project start;
    private CommandStack stack;
    private int fired;

    @BeforeEach
    void setUp() {
        start = TestProjects.small();
        stack = new CommandStack(start);
        fired = 0;
        stack.addListener(s -> {
            assertSame(stack, s);
            fired++;
        });
    }

    private ProjectCommand rename(String name) {
        return RenameSectorCommand.of(stack.project(), TestProjects.SOLAR, name);
    }

    private ProjectCommand move(double x, double y) {
        return MoveSectorsCommand.of(stack.project(), TestProjects.SOLAR, new Position(x, y));
    }

    private String solarName() {
        return stack.project().sector(TestProjects.SOLAR).orElseThrow().name();
    }

    @Test
    void freshStackIsCleanWithNothingToUndo() {
        assertSame(start, stack.project());
        assertFalse(stack.isDirty());
        assertFalse(stack.canUndo());
        assertFalse(stack.canRedo());
        assertEquals(Optional.empty(), stack.undoDescription());
        assertEquals(Optional.empty(), stack.redoDescription());
    }

    @Test
    void executeUndoRedo() {
        stack.execute(rename("One"));
        stack.execute(rename("Two"));
        assertEquals("Two", solarName());
        assertEquals(Optional.of("Rename One"), stack.undoDescription());
        assertTrue(stack.isDirty());

        stack.undo();
        assertEquals("One", solarName());
        assertEquals(Optional.of("Rename One"), stack.redoDescription());
        assertEquals(Optional.of("Rename Solar PV"), stack.undoDescription());
        stack.undo();
        assertEquals(start, stack.project());
        assertFalse(stack.canUndo());
        assertFalse(stack.isDirty(), "back at the loaded state");

        stack.redo();
        stack.redo();
        assertEquals("Two", solarName());
        assertFalse(stack.canRedo());
        assertTrue(stack.isDirty());
    }

    @Test
    void undoAndRedoOnEmptyStacksDoNothing() {
        stack.undo();
        stack.redo();
        assertSame(start, stack.project());
        assertEquals(0, fired, "nothing happened, nothing is told");
    }

    @Test
    void noOpCommandsAreNotRecorded() {
        stack.execute(rename("Solar PV"));
        stack.execute(move(-0.6, 0.5));
        assertFalse(stack.canUndo());
        assertFalse(stack.isDirty());
        assertEquals(0, fired);
        assertSame(start, stack.project());
    }

    @Test
    void aNewCommandClearsRedo() {
        stack.execute(rename("One"));
        stack.execute(rename("Two"));
        stack.undo();
        assertTrue(stack.canRedo());
        stack.execute(move(0.5, 0.5));
        assertFalse(stack.canRedo());
        assertEquals("One", solarName());
        assertEquals(new Position(0.5, 0.5), stack.project().sector(TestProjects.SOLAR).orElseThrow().position());
        stack.undo();
        stack.undo();
        assertEquals(start, stack.project());
    }

    @Test
    void saveUndoRedoMovesAcrossTheSavePoint() {
        stack.execute(rename("One"));
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "undo past the save point");
        stack.redo();
        assertFalse(stack.isDirty(), "redo back to the save point");
        stack.execute(rename("Two"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty(), "undo back to the save point");
    }

    @Test
    void saveUndoNewCommandMakesTheSavePointUnreachable() {
        stack.execute(rename("One"));
        stack.markSaved();
        stack.undo();
        stack.execute(rename("Other"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "the saved state (One) is gone from history");
        assertEquals(start, stack.project());
        assertTrue(stack.canRedo());
        stack.redo();
        assertEquals("Other", solarName());
        assertTrue(stack.isDirty());
    }

    @Test
    void saveAtTheStartThenEditAndUndoBackIsClean() {
        stack.markSaved();
        stack.execute(rename("One"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty());
    }

    @Test
    void saveAtTheStartAfterUndoingEverythingThenNewCommand() {
        stack.execute(rename("One"));
        stack.undo();
        stack.markSaved(); // saved the loaded state again
        stack.execute(rename("Two"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty(), "the start is the saved state");
    }

    @Test
    void equalCommandsInRedoDoNotHideTheSavePoint() {
        Position a = new Position(-0.6, 0.5);
        Position b = new Position(0.1, 0.1);
        stack.execute(new MoveSectorsCommand("Move", List.of(new MoveSectorsCommand.Move(TestProjects.SOLAR, a, b))));
        stack.markSaved(); // saved at b
        stack.execute(new MoveSectorsCommand("Move", List.of(new MoveSectorsCommand.Move(TestProjects.SOLAR, b, a))));
        stack.execute(new MoveSectorsCommand("Move", List.of(new MoveSectorsCommand.Move(TestProjects.SOLAR, a, b))));
        stack.undo();
        stack.undo();
        assertFalse(stack.isDirty(), "back at the saved state");
        stack.execute(rename("Other")); // clears redo, which holds a command equal to the save point
        stack.undo();
        assertEquals(b, stack.project().sector(TestProjects.SOLAR).orElseThrow().position());
        assertFalse(stack.isDirty(), "back at the saved state again");
    }

    @Test
    void listenersAreToldOfEveryChange() {
        stack.execute(rename("One"));
        assertEquals(1, fired);
        stack.undo();
        assertEquals(2, fired);
        stack.redo();
        assertEquals(3, fired);
        stack.markSaved();
        assertEquals(4, fired);
        stack.reset(TestProjects.small());
        assertEquals(5, fired);
        int[] second = {0};
        stack.addListener(s -> second[0]++);
        stack.execute(move(0.9, 0.9));
        assertEquals(6, fired);
        assertEquals(1, second[0]);
    }

    @Test
    void listenerSeesTheNewState() {
        String[] seen = new String[1];
        boolean[] dirty = new boolean[1];
        stack.addListener(s -> {
            seen[0] = s.project().sector(TestProjects.SOLAR).orElseThrow().name();
            dirty[0] = s.isDirty();
        });
        stack.execute(rename("One"));
        assertEquals("One", seen[0]);
        assertTrue(dirty[0]);
        stack.markSaved();
        assertFalse(dirty[0]);
    }

    @Test
    void resetStartsOverClean() {
        stack.execute(rename("One"));
        stack.execute(rename("Two"));
        stack.undo();
        Project other = TestProjects.random(5, 3);
        stack.reset(other);
        assertSame(other, stack.project());
        assertFalse(stack.canUndo());
        assertFalse(stack.canRedo());
        assertFalse(stack.isDirty());
        stack.undo();
        assertSame(other, stack.project());
    }

    @Test
    void resetAfterAnUnreachableSavePointIsClean() {
        stack.execute(rename("One"));
        stack.markSaved();
        stack.undo();
        stack.execute(rename("Other"));
        stack.reset(start);
        assertFalse(stack.isDirty());
        stack.execute(rename("Again"));
        stack.undo();
        assertFalse(stack.isDirty());
    }

    @Test
    void removeThroughTheStackUndoesExactly() {
        stack.execute(RemoveSectorsCommand.of(stack.project(), List.of(TestProjects.CHIPS)));
        assertEquals(3, stack.project().sectors().size());
        assertEquals(List.of(), stack.project().option(TestProjects.SUBSIDY).orElseThrow().targets().sectorIds());
        stack.undo();
        assertEquals(start, stack.project());
        stack.redo();
        assertEquals(3, stack.project().sectors().size());
    }

    @Test
    void aJoinedCommandUndoesWithItsGestureAndIsNamedByIt() {
        ProjectCommand gesture = move(0.4, 0.4);
        stack.execute(gesture);
        stack.executeJoined(gesture, rename("Solar, re-read"));
        assertEquals(Optional.of(gesture.description()), stack.undoDescription());
        stack.undo();
        assertEquals(start, stack.project(), "one undo takes back both");
        assertFalse(stack.canUndo());
        stack.redo();
        assertEquals("Solar, re-read", solarName());
        assertEquals(new Position(0.4, 0.4), stack.project().sector(TestProjects.SOLAR).orElseThrow().position());
    }

    @Test
    void aJoinedCommandAfterAnotherStepOrAnUndoIsAStepOfItsOwn() {
        ProjectCommand gesture = move(0.4, 0.4);
        stack.execute(gesture);
        stack.execute(rename("Between"));
        stack.executeJoined(gesture, rename("Late"));
        stack.undo();
        assertEquals("Between", solarName(), "the late command was its own step");

        stack.undo();
        stack.undo();
        assertEquals(start, stack.project());
        stack.executeJoined(gesture, rename("After undo"));
        assertEquals("After undo", solarName());
        assertEquals(Optional.of("Rename " + start.sector(TestProjects.SOLAR).orElseThrow().name()),
                stack.undoDescription(), "joined to nothing: the gesture is no longer done");
    }

    @Test
    void joiningOntoTheSavedStepLeavesTheStackDirtyForGood() {
        ProjectCommand gesture = move(0.4, 0.4);
        stack.execute(gesture);
        stack.markSaved();
        stack.executeJoined(gesture, rename("After save"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty(), "the saved state (moved, not renamed) is no longer in the history");
        stack.redo();
        assertTrue(stack.isDirty());
    }
}
