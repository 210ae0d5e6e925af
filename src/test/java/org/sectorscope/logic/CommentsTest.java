package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Comment;
import org.sectorscope.model.Project;
import org.sectorscope.model.Teamwork;
import org.sectorscope.model.TestProjects;

/** What comments are about, in words, and the open counts the badges show. */
class CommentsTest {
    private static Comment on(String id, Comment.Subject subject, String subjectId, boolean resolved) {
        return new Comment(id, subject, subjectId, "Reviewer", "2027-03-02T10:00:00Z", "Check this", resolved, null);
    }

    private static Project with(Comment... comments) {
        return TestProjects.small().withTeamwork(Teamwork.NONE.withComments(List.of(comments)));
    }

    @Test
    void subjectsAreNamedAndOnesTheProjectLacksAreFlaggedNotDropped() {
        Project p = with(on("c1", Comment.Subject.SECTOR, TestProjects.CHIPS, false),
                on("c2", Comment.Subject.EVIDENCE, "ev-chips-1", false),
                on("c3", Comment.Subject.OPTION, TestProjects.SUBSIDY, false),
                on("c4", Comment.Subject.SECTOR, "gone", false));
        List<Comment> cs = p.teamwork().comments();
        assertEquals("Semiconductors", Comments.subject(p, cs.get(0)));
        assertEquals("Evidence in Semiconductors: \"Mature-node capacity is expanding fast.\"",
                Comments.subject(p, cs.get(1)));
        assertEquals("Option Targeted subsidies", Comments.subject(p, cs.get(2)));
        assertEquals("Sector gone (no longer in the project)", Comments.subject(p, cs.get(3)));
        assertTrue(Comments.subjectExists(p, cs.get(1)));
        assertFalse(Comments.subjectExists(p, cs.get(3)));
        assertEquals(4, p.teamwork().comments().size());
    }

    @Test
    void aSectorsCommentsIncludeThoseOnItsEvidenceAndBadgesCountOnlyOpenOnes() {
        Project p = with(on("c1", Comment.Subject.SECTOR, TestProjects.CHIPS, false),
                on("c2", Comment.Subject.EVIDENCE, "ev-chips-2", false),
                on("c3", Comment.Subject.EVIDENCE, "ev-chips-1", true),
                on("c4", Comment.Subject.OPTION, TestProjects.SUBSIDY, false),
                on("c5", Comment.Subject.EVIDENCE, "ev-solar-1", false));
        assertEquals(List.of("c1", "c2", "c3"), Comments.onSector(p, TestProjects.CHIPS).stream().map(Comment::id)
                .toList());
        assertEquals(Map.of(TestProjects.CHIPS, 2, TestProjects.SOLAR, 1), Comments.openBySector(p));
        assertEquals(1, Comments.openOnOption(p, TestProjects.SUBSIDY));
        assertEquals(0, Comments.openOnEvidence(p, "ev-chips-1"), "resolved");
        assertEquals(TestProjects.CHIPS, Comments.sectorIdOf(p, p.teamwork().comments().get(1)));
        assertNull(Comments.sectorIdOf(p, p.teamwork().comments().get(3)));
    }
}
