package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** The briefing deck's sections change through the command stack: one undo step, and the project is dirty. */
class EditDeckSectionsCommandTest {
    @Test
    void aChoiceIsOneUndoStepThatMarksTheProjectDirty() {
        Project p = TestProjects.small();
        CommandStack stack = new CommandStack(p);
        assertFalse(stack.isDirty());
        stack.execute(EditDeckSectionsCommand.of(p, List.of(DeckSection.SOURCES, DeckSection.TITLE)).orElseThrow());
        assertTrue(stack.isDirty());
        assertEquals("Choose the briefing deck's sections", stack.undoDescription().orElseThrow());
        assertEquals(List.of(DeckSection.TITLE, DeckSection.SOURCES), stack.project().deck().inOrder(),
                "in the deck's order, whatever order they came in");
        stack.undo();
        assertEquals(p, stack.project());
        assertEquals(DeckSections.ALL, stack.project().deck());
        assertFalse(stack.isDirty());
        stack.redo();
        assertEquals(Set.of(DeckSection.TITLE, DeckSection.SOURCES), stack.project().deck().included());
    }

    @Test
    void theSameChoiceIsNoStepAndNoneIsRefused() {
        Project p = TestProjects.small();
        assertTrue(EditDeckSectionsCommand.of(p, EnumSet.allOf(DeckSection.class)).isEmpty(), "already so");
        assertThrows(IllegalArgumentException.class, () -> EditDeckSectionsCommand.of(p, List.of()));
    }

    @Test
    void unknownKeysSurviveAChoiceAndItsUndo() {
        Project p = TestProjects.small().withDeck(new DeckSections(EnumSet.of(DeckSection.FIGURE),
                Extras.of(Map.of("theme", "dark"))));
        EditDeckSectionsCommand c = EditDeckSectionsCommand.of(p, List.of(DeckSection.OPTIONS)).orElseThrow();
        Project next = c.apply(p);
        assertEquals(Map.of("theme", "dark"), next.deck().extras().fields());
        assertEquals(p, c.revert(next));
    }
}
