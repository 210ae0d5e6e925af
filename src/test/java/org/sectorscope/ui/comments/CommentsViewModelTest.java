package org.sectorscope.ui.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Comment;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.comments.CommentsViewModel.Row;
import org.sectorscope.ui.comments.CommentsViewModel.Target;

/** The Comments tab without a robot: scope, adding on a sector or its evidence, resolving, undo. */
class CommentsViewModelTest {
    private ProjectSession session;
    private CommentsViewModel vm;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(TestProjects.small(), null, "small");
        vm = new CommentsViewModel(session, "Ana", () -> Instant.parse("2027-03-02T10:15:30.123Z"));
        session.selection().selectSector(TestProjects.CHIPS);
    }

    @Test
    void targetsAreTheSelectedSectorItsEvidenceAndTheOptions() {
        assertEquals(List.of("Sector: Semiconductors",
                "Evidence in Semiconductors: \"Mature-node capacity is expanding fast.\"",
                "Evidence in Semiconductors: \"Context only.\"", "Option: Targeted subsidies",
                "Option: Open procurement"), vm.targets().stream().map(Target::label).toList());
    }

    @Test
    void aCommentOnEvidenceIsListedUnderItsSectorResolvedAndUndone() {
        Target evidence = vm.targets().get(1);
        assertNull(vm.add(evidence, "  Which page?  "));
        Comment saved = session.project().teamwork().comments().get(0);
        assertEquals("Which page?", saved.text());
        assertEquals("Ana", saved.author());
        assertEquals("2027-03-02T10:15:30Z", saved.at());
        assertEquals(Comment.Subject.EVIDENCE, saved.subject());
        assertEquals("Comments on Semiconductors · 1 open of 1", vm.headingProperty().get());

        Row row = vm.rows().get(0);
        assertTrue(row.byLine().startsWith("Ana · 2027-03-0"), row.byLine());
        vm.setResolved(row, true);
        assertTrue(vm.rows().get(0).resolved());
        vm.openOnlyProperty().set(true);
        assertEquals(List.of(), vm.rows());
        session.undo();
        assertEquals(1, vm.rows().size(), "undo reopens it");
        session.undo();
        assertEquals(List.of(), session.project().teamwork().comments());
    }

    @Test
    void anotherSectorShowsItsOwnCommentsAndAllShowsEveryOne() {
        vm.add(vm.targets().get(0), "Why D?");
        session.selection().selectSector(TestProjects.SOLAR);
        assertEquals("Sector: Solar PV", vm.suggestedTargetProperty().get().label(), "a new selection suggests it");
        assertEquals(List.of(), vm.rows());
        assertEquals("Comments on Solar PV · 0 open of 0", vm.headingProperty().get());
        vm.showAllProperty().set(true);
        assertEquals(List.of("Semiconductors"), vm.rows().stream().map(Row::subject).toList());
        vm.pick(vm.rows().get(0));
        assertEquals(TestProjects.CHIPS, session.selection().sectorId());
    }

    @Test
    void blankTextOrNoTargetIsExplainedAndChangesNothing() {
        assertEquals("Write the comment first.", vm.add(vm.targets().get(0), "   "));
        assertEquals("Choose what the comment is about.", vm.add(null, "text"));
        assertEquals(List.of(), session.project().teamwork().comments());
    }
}
