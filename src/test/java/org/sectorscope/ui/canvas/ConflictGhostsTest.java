package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Extras;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Teamwork;
import org.sectorscope.model.TestProjects;

/** Which conflicts become ghost pairs on the canvas, at the positions the records hold. */
class ConflictGhostsTest {
    private static MergeConflict conflict(String id, List<String> path, MergeConflict.Side ours,
                                          MergeConflict.Side theirs) {
        return new MergeConflict(id, path, "label", MergeConflict.Side.ABSENT, ours, theirs, Extras.NONE);
    }

    @Test
    void onlyPositionConflictsOfSectorsAreDrawnAtTheirRecordedPlaces() {
        Project p = TestProjects.small().withTeamwork(Teamwork.NONE.withConflicts(List.of(
                conflict("conflict-1", List.of("sectors", TestProjects.CHIPS, "position"),
                        MergeConflict.Side.of(Map.of("x", 0.1234, "y", -0.5)),
                        MergeConflict.Side.of(Map.of("x", -0.9, "y", 0.9))),
                conflict("conflict-2", List.of("sectors", TestProjects.SOLAR, "summary"),
                        MergeConflict.Side.of("a"), MergeConflict.Side.of("b")),
                conflict("conflict-3", List.of("sectors", TestProjects.BIOTECH, "position"),
                        MergeConflict.Side.of(Map.of("x", 0.5, "y", 0.5)), MergeConflict.Side.ABSENT))));
        List<ConflictGhosts.Pair> pairs = ConflictGhosts.pairs(p);
        assertEquals(2, pairs.size());
        assertEquals(new ConflictGhosts.Pair("conflict-1", TestProjects.CHIPS, new Position(0.1234, -0.5),
                new Position(-0.9, 0.9)), pairs.get(0));
        assertEquals(TestProjects.BIOTECH, pairs.get(1).sectorId());
        assertNull(pairs.get(1).theirs(), "their side removed the position: one ghost");
        assertTrue(ConflictGhosts.pairs(TestProjects.small()).isEmpty());
    }
}
