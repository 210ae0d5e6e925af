package org.sectorscope.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.model.TestProjects.COST;
import static org.sectorscope.model.TestProjects.GROWTH;
import static org.sectorscope.model.TestProjects.OPENNESS;
import static org.sectorscope.model.TestProjects.SECURITY;
import static org.sectorscope.model.TestProjects.SUBSIDY;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/**
 * The matrix's edits and selection without a screen, on {@link TestProjects#small()}: weights Growth 2,
 * Security 1, Cost 1 (sum 4); Targeted subsidies 4, 5, 2 = (8+5+2)/4 = 3.75, rank 1; Open procurement
 * 3, 2, unscored = (6+2)/4 = 2.0, rank 2.
 */
class PolicyOptionsViewModelTest {
    private final Project start = TestProjects.small();
    private ProjectSession session;
    private PolicyOptionsViewModel vm;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(start, null, "small");
        vm = new PolicyOptionsViewModel(session);
    }

    private OptionRow row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private Score score(String optionId, String criterionId) {
        return session.project().option(optionId).flatMap(o -> o.score(criterionId)).orElse(null);
    }

    @Test
    void rowsCarryRankTotalAndCellsInCriterionOrder() {
        assertEquals(List.of(SUBSIDY, OPENNESS), vm.rows().stream().map(OptionRow::id).toList());
        assertEquals(3.75, row(SUBSIDY).total(), 1e-9);
        assertEquals(Arrays.asList(3, 2, null), row(OPENNESS).scores());
        assertEquals("Expensive", row(SUBSIDY).cell(COST).rationale());
        assertEquals(List.of(GROWTH, SECURITY, COST), vm.columnsProperty().get().stream().map(CriterionColumn::id).toList());
        assertEquals("Growth\n50%", vm.columnsProperty().get().get(0).header());
    }

    @Test
    void typingADigitSetsTheScoreKeepsItsRationaleAndIsOneUndoStep() {
        assertTrue(vm.setScore(OPENNESS, SECURITY, 5));

        assertEquals(new Score(SECURITY, 5, "Foreign suppliers", List.of(), null), score(OPENNESS, SECURITY));
        assertEquals(2.75, row(OPENNESS).total(), 1e-9); // (2*3 + 1*5) / 4
        assertEquals("Undo Score Open procurement on Security", session.undoTextProperty().get());
        session.undo();
        assertEquals(start, session.project());
        assertFalse(session.canUndoProperty().get(), "one edit, one step");
    }

    @Test
    void typingOnAnUnscoredCellScoresItAndTheRankFollows() {
        assertTrue(vm.setScore(OPENNESS, COST, 5));

        assertEquals(new Score(COST, 5, "", List.of(), null), score(OPENNESS, COST));
        // (2*3 + 1*2 + 1*5) / 4 = 3.25: still second.
        assertEquals(3.25, row(OPENNESS).total(), 1e-9);
        assertTrue(vm.setScore(OPENNESS, SECURITY, 4));
        // (6 + 4 + 5) / 4 = 3.75: ties with Targeted subsidies, so both share rank 1.
        assertEquals(1, row(OPENNESS).rank());
        assertEquals(1, row(SUBSIDY).rank());
    }

    @Test
    void theSameDigitOrAnOutOfScaleOneChangesNothing() {
        assertFalse(vm.setScore(SUBSIDY, GROWTH, 4));
        assertFalse(vm.setScore(SUBSIDY, GROWTH, 6));
        assertFalse(vm.setScore(SUBSIDY, GROWTH, 0));
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void clearingAScoreCountsZeroAndUndoBringsItsRationaleBack() {
        assertTrue(vm.clearScore(SUBSIDY, COST));
        assertNull(score(SUBSIDY, COST));
        assertEquals(3.25, row(SUBSIDY).total(), 1e-9); // (8 + 5 + 0) / 4
        assertNull(row(SUBSIDY).cell(COST).value());
        assertFalse(vm.clearScore(SUBSIDY, COST), "nothing left to clear");

        session.undo();
        assertEquals("Expensive", score(SUBSIDY, COST).rationale());
    }

    @Test
    void theFocusedCellIsTheSharedOptionAndSurvivesTheResort() {
        vm.selectCells(List.of(OPENNESS), OPENNESS, GROWTH);
        assertEquals(OPENNESS, session.selection().optionId());

        vm.setScore(OPENNESS, GROWTH, 5);
        vm.setScore(OPENNESS, COST, 5); // (10 + 2 + 5) / 4 = 4.25 > 3.75: Open procurement moves to the top
        assertEquals(List.of(OPENNESS, SUBSIDY), vm.rows().stream().map(OptionRow::id).toList());
        assertEquals(OPENNESS, vm.focusedOptionIdProperty().get());
        assertEquals(GROWTH, vm.focusedCriterionIdProperty().get());
        assertEquals(List.of(OPENNESS), vm.selectedOptionIds());
    }

    @Test
    void selectedOptionsAreInRowOrderAndFollowTheSharedSelection() {
        vm.selectCells(List.of(OPENNESS, SUBSIDY), OPENNESS, null);
        assertEquals(List.of(SUBSIDY, OPENNESS), vm.selectedOptionIds());

        session.selection().selectOption(SUBSIDY);
        assertEquals(SUBSIDY, vm.focusedOptionIdProperty().get());
        assertEquals(List.of(SUBSIDY), vm.selectedOptionIds());
    }

    @Test
    void deletingSeveralSelectedOptionsIsOneUndoStep() {
        vm.selectCells(List.of(SUBSIDY, OPENNESS), SUBSIDY, null);
        assertTrue(vm.deleteSelectedOptions());

        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.selectedOptionIds().isEmpty());
        assertNull(vm.focusedOptionIdProperty().get());
        assertNull(session.selection().optionId());
        assertEquals("Undo Delete 2 options", session.undoTextProperty().get());
        session.undo();
        assertEquals(start, session.project());
    }

    @Test
    void afterDeletingTheFocusedOptionTheNextRowHasTheFocus() {
        vm.selectCells(List.of(SUBSIDY), SUBSIDY, SECURITY);
        assertTrue(vm.deleteSelectedOptions());

        assertEquals(List.of(OPENNESS), vm.rows().stream().map(OptionRow::id).toList());
        assertEquals(OPENNESS, vm.focusedOptionIdProperty().get());
        assertEquals(SECURITY, vm.focusedCriterionIdProperty().get());
        assertEquals(OPENNESS, session.selection().optionId());
        assertEquals("Undo Delete option Targeted subsidies", session.undoTextProperty().get());
    }

    @Test
    void deletingACriterionDropsItsColumnAndTheFocusOnIt() {
        vm.selectCells(List.of(SUBSIDY), SUBSIDY, COST);
        assertTrue(vm.editCriterion(COST).delete());

        assertEquals(List.of(GROWTH, SECURITY), vm.columnsProperty().get().stream().map(CriterionColumn::id).toList());
        assertNull(vm.focusedCriterionIdProperty().get());
        assertEquals(SUBSIDY, vm.focusedOptionIdProperty().get());
    }
}
