package org.sectorscope.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/** The coverage view's cells and warnings on the small project (see TestProjects' class comment). */
class CoverageViewModelTest {
    private final ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");
    private final CoverageViewModel vm = new CoverageViewModel(session);

    private CoverageViewModel.Cell cell(String letter) {
        return vm.cells().stream().filter(c -> c.letter().equals(letter)).findFirst().orElseThrow();
    }

    @Test
    void cellsSitAsOnTheCanvasAndListTheirOptions() {
        assertEquals(List.of("A", "B", "C", "D"), vm.cells().stream().map(CoverageViewModel.Cell::letter).toList());
        assertEquals(0, cell("A").column());
        assertEquals(0, cell("A").row());
        assertEquals(1, cell("D").column());
        assertEquals(1, cell("D").row());
        // SUBSIDY targets quadrant B and Semiconductors (in B); OPENNESS targets quadrant D.
        assertEquals(List.of("Targeted subsidies"), cell("B").options());
        assertEquals(List.of("Open procurement"), cell("D").options());
        assertEquals(List.of(), cell("A").options());
        assertFalse(cell("A").addressed());
        assertTrue(cell("B").watched());
        assertFalse(cell("C").watched());
    }

    @Test
    void warningsNameUncoveredQuadrantsAndFollowEdits() {
        assertEquals(List.of("No option addresses quadrant A (Win-Win)", "No option addresses quadrant C (Harmless Failure)"),
                List.copyOf(vm.warnings()));
        session.execute(EditOptionsCommand.removeOption(session.project(), TestProjects.OPENNESS));
        assertEquals(List.of("No option addresses quadrant A (Win-Win)", "No option addresses quadrant C (Harmless Failure)",
                "No option addresses quadrant D (Lose-Lose)",
                "No option addresses Commercial aircraft (D, Lose-Lose)"), List.copyOf(vm.warnings()));
        assertEquals(List.of(new CoverageViewModel.SectorLine(TestProjects.AIRCRAFT, "Commercial aircraft", true)),
                cell("D").sectors());
        session.undo();
        assertEquals(2, vm.warnings().size());
    }

    @Test
    void pickingASectorSelectsItEverywhere() {
        vm.selectSector(TestProjects.AIRCRAFT);
        assertEquals(TestProjects.AIRCRAFT, session.selection().sectorId());
    }
}
