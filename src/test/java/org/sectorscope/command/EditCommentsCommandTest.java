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
        String chips = start.sector(TestProjects.CHIPS).orElseThrow().name();
        assertEquals("Add comment on " + chips, add.description(), "the undo label names the sector");

        EditCommentsCommand resolve = EditCommentsCommand.resolve(added, "c1", true);
        Project resolved = resolve.apply(added);
        assertTrue(resolved.teamwork().comments().get(0).resolved());
        assertEquals("Resolve comment on " + chips, resolve.description());

        EditCommentsCommand edit = EditCommentsCommand.editText(resolved, "c1", "Why D, not B?");
        Project edited = edit.apply(resolved);
        assertEquals("Why D, not B?", edited.teamwork().comments().get(0).text());

        assertEquals("Edit comment on " + chips, edit.description());
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

    @Test
    void commentsOnEvidenceAndOptionsNameWhatTheyAreAbout() {
        Project start = TestProjects.small();
        org.sectorscope.model.Sector withEvidence = start.sectors().stream().filter(s -> !s.evidence().isEmpty())
                .findFirst().orElseThrow();
        Comment onEvidence = new Comment("c2", Comment.Subject.EVIDENCE, withEvidence.evidence().get(0).id(), "Ana",
                "2027-03-02T10:00:00Z", "Source?", false, null);
        assertEquals("Add comment on evidence on " + withEvidence.name(),
                EditCommentsCommand.add(start, onEvidence).description());
        Comment onGone = new Comment("c3", Comment.Subject.SECTOR, "no-such-sector", "Ana",
                "2027-03-02T10:00:00Z", "Gone?", false, null);
        assertEquals("Add comment on a deleted sector", EditCommentsCommand.add(start, onGone).description());
        Comment onOption = new Comment("c4", Comment.Subject.OPTION, TestProjects.SUBSIDY, "Ana",
                "2027-03-02T10:00:00Z", "Cost?", false, null);
        assertEquals("Add comment on option " + start.option(TestProjects.SUBSIDY).orElseThrow().name(),
                EditCommentsCommand.add(start, onOption).description());
    }
}
