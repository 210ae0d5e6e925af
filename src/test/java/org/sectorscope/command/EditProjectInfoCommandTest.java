package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.TestProjects;

class EditProjectInfoCommandTest {
    private final Project p = TestProjects.small();

    @Test
    void aNewSourceLineIsOneCommandThatRevertsExactly() {
        EditProjectInfoCommand edit = EditProjectInfoCommand.texts(p, TestProjects.TITLE,
                "Four sectors, one per quadrant", "Source: CSIS, 2020.").orElseThrow();
        assertEquals("Edit source line", edit.description());
        Project next = edit.apply(p);
        assertEquals("Source: CSIS, 2020.", next.info().sourceLine());
        assertEquals(p.info().title(), next.info().title());
        assertEquals(p.info().id(), next.info().id());
        assertEquals(p.sectors(), next.sectors());
        assertEquals(p, edit.revert(next));
    }

    @Test
    void unchangedTextsAreNoEdit() {
        assertTrue(EditProjectInfoCommand.texts(p, TestProjects.TITLE, "Four sectors, one per quadrant",
                "Source: Test fixture.").isEmpty());
        // Surrounding blanks are not a change.
        assertTrue(EditProjectInfoCommand.texts(p, " " + TestProjects.TITLE + " ", "Four sectors, one per quadrant ",
                " Source: Test fixture.").isEmpty());
    }

    @Test
    void theDescriptionNamesEveryChangedField() {
        assertEquals("Edit title", EditProjectInfoCommand.texts(p, "Other", "Four sectors, one per quadrant",
                "Source: Test fixture.").orElseThrow().description());
        assertEquals("Edit title and subtitle", EditProjectInfoCommand.texts(p, "Other", "Another",
                "Source: Test fixture.").orElseThrow().description());
        assertEquals("Edit title, subtitle and source line", EditProjectInfoCommand.texts(p, "Other", "Another",
                "Source: x").orElseThrow().description());
    }

    @Test
    void aBlankSubtitleOrSourceLineMeansNone() {
        Project next = EditProjectInfoCommand.texts(p, TestProjects.TITLE, "  ", "").orElseThrow().apply(p);
        assertNull(next.info().subtitle());
        assertNull(next.info().sourceLine());
    }

    @Test
    void notesAndUnknownFieldsAreKept() {
        ProjectInfo info = new ProjectInfo(p.info().id(), p.info().title(), null, null, "my notes",
                new Extras(Map.of("colourScheme", "print")));
        Project withNotes = p.withInfo(info);
        Project next = EditProjectInfoCommand.texts(withNotes, "New title", null, "Source: me").orElseThrow()
                .apply(withNotes);
        assertEquals("my notes", next.info().notes());
        assertEquals(info.extras(), next.info().extras());
    }

    @Test
    void aBlankTitleIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EditProjectInfoCommand.texts(p, " ", null, null));
        assertEquals("a project needs a title", e.getMessage());
    }

    @Test
    void onTheStackItIsOneUndoStep() {
        CommandStack stack = new CommandStack(p);
        stack.execute(EditProjectInfoCommand.texts(p, TestProjects.TITLE, p.info().subtitle(), "Source: new")
                .orElseThrow());
        assertTrue(stack.isDirty());
        assertEquals("Edit source line", stack.undoDescription().orElseThrow());
        assertEquals("Source: new", stack.project().info().sourceLine());
        stack.undo();
        assertEquals(p, stack.project());
        assertFalse(stack.canUndo());
        assertFalse(stack.isDirty());
    }
}
