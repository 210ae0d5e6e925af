package org.sectorscope.ui.filediff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.filediff.FileDiffViewModel.Row;

/** Compare with File, without a window: the changes in words, picking one selects its sector. */
class FileDiffViewModelTest {
    @Test
    void theOtherFilesChangesAreListedInWordsAndPickingOneSelectsItsSector() {
        ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");
        Project other = RenameSectorCommand.of(TestProjects.small(), TestProjects.CHIPS, "Chips")
                .apply(TestProjects.small());
        FileDiffViewModel vm = new FileDiffViewModel(session, other, "other.sectorscope.json");

        assertEquals("From this project (as it is now) to other.sectorscope.json: 1 change", vm.heading());
        Row row = vm.rows().get(0);
        assertEquals("Sector renamed", row.what());
        assertEquals("Chips: Semiconductors -> Chips", row.sentence());
        vm.pick(row);
        assertEquals(TestProjects.CHIPS, session.selection().sectorId());
    }

    @Test
    void sameAssessmentSaysSoAndAMoveAcrossALineNamesBothQuadrants() {
        ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");
        FileDiffViewModel same = new FileDiffViewModel(session, TestProjects.small(), "copy.sectorscope.json");
        assertEquals(List.of(), same.rows());
        assertEquals("This project and copy.sectorscope.json hold the same assessment: no differences.",
                same.heading());

        Project moved = MoveSectorsCommand.of(TestProjects.small(), TestProjects.CHIPS, new Position(0.4, -0.7))
                .apply(TestProjects.small());
        Row row = new FileDiffViewModel(session, moved, "m.json").rows().get(0);
        assertEquals("sector-changed-quadrant", row.kind());
        assertEquals(TestProjects.CHIPS, row.sectorId());
        assertNull(new FileDiffViewModel(session, Project.empty("E"), "e.json").rows().stream()
                .filter(r -> r.kind().equals("criterion-removed")).findFirst().orElseThrow().sectorId());
    }
}
