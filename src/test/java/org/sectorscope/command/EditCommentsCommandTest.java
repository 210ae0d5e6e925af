package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Comment;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** Adding, editing, resolving and deleting a comment are each one step that reverts exactly. */
class EditCommentsCommandTest {
    private static final Comment FIRST = new Comment("c1", Comment.Subject.SECTOR, TestProjects.CHIPS, "Ana",
            "2027-03-02T10:00:00Z", "Why D?", false, null);

    @Test
    void eachEditIsOneStepThatRevertsExactly() {
        Project start = TestProjects.small();
        EditCommentsCommand add = EditCommentsCommand.add(start, FIRST);
        Project added = add.apply(start);
        assertEquals(List.of(FIRST), added.teamwork().comments());
        assertEquals("Add comment", add.description());

        EditCommentsCommand resolve = EditCommentsCommand.resolve(added, "c1", true);
        Project resolved = resolve.apply(added);
        assertTrue(resolved.teamwork().comments().get(0).resolved());
        assertEquals("Resolve comment", resolve.description());

        EditCommentsCommand edit = EditCommentsCommand.editText(resolved, "c1", "Why D, not B?");
        Project edited = edit.apply(resolved);
        assertEquals("Why D, not B?", edited.teamwork().comments().get(0).text());

        Project removed = EditCommentsCommand.remove(edited, "c1").apply(edited);
        assertEquals(List.of(), removed.teamwork().comments());

        assertEquals(edited, EditCommentsCommand.remove(edited, "c1").revert(removed));
        assertEquals(resolved, edit.revert(edited));
        assertEquals(added, resolve.revert(resolved));
        assertEquals(start, add.revert(added));
        assertEquals(start.sectors(), removed.sectors(), "a comment never changes the assessment");
    }

    @Test
    void blankTextsDuplicateIdsAndUnknownCommentsAreRefused() {
        Project start = TestProjects.small();
        Project added = EditCommentsCommand.add(start, FIRST).apply(start);
        assertThrows(IllegalArgumentException.class, () -> EditCommentsCommand.add(added, FIRST));
        assertThrows(IllegalArgumentException.class, () -> EditCommentsCommand.add(start, FIRST.withText(" ")));
        assertThrows(IllegalArgumentException.class, () -> EditCommentsCommand.editText(added, "c1", ""));
        assertThrows(IllegalArgumentException.class, () -> EditCommentsCommand.resolve(added, "nope", true));
    }
}
