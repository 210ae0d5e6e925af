package org.sectorscope.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.model.TestProjects.COST;
import static org.sectorscope.model.TestProjects.GROWTH;
import static org.sectorscope.model.TestProjects.OPENNESS;
import static org.sectorscope.model.TestProjects.SECURITY;
import static org.sectorscope.model.TestProjects.SUBSIDY;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/**
 * The criterion dialog's state on {@link TestProjects#small()} (weights Growth 2, Security 1, Cost 1;
 * Targeted subsidies scores 4, 5, 2; Open procurement 3, 2, unscored).
 */
class CriterionDialogViewModelTest {
    private final Project start = TestProjects.small();
    private ProjectSession session;
    private PolicyOptionsViewModel options;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(start, null, "small");
        options = new PolicyOptionsViewModel(session);
    }

    private double total(String optionId) {
        return options.rows().stream().filter(r -> r.id().equals(optionId)).findFirst().orElseThrow().total();
    }

    @Test
    void typingAWeightShowsItsShareAndOkReweightsTheTotals() {
        CriterionDialogViewModel vm = options.editCriterion(SECURITY);
        assertEquals("1", vm.weightTextProperty().get());
        assertEquals("25% of the total weight (1 of 4)", vm.shareProperty().get());

        vm.weightTextProperty().set("3");
        assertEquals("50% of the total weight (3 of 6)", vm.shareProperty().get());
        assertEquals(0.5, vm.shareOfTotal().getAsDouble(), 1e-12);
        assertEquals(SECURITY, vm.apply().orElseThrow());

        assertEquals(3.0, session.project().criteria().get(1).weight());
        assertEquals(25.0 / 6, total(SUBSIDY), 1e-9); // (2*4 + 3*5 + 1*2) / 6
        assertEquals(2.0, total(OPENNESS), 1e-9); // (2*3 + 3*2) / 6
        assertEquals("Security\n50%", options.columnsProperty().get().get(1).header());
        assertEquals("Undo Set the weight of Security", session.undoTextProperty().get());
        session.undo();
        assertEquals(start, session.project());
    }

    @Test
    void aWeightMustBeANumberFromZeroToAMillion() {
        CriterionDialogViewModel vm = options.editCriterion(GROWTH);
        for (String bad : List.of("", "-1", "abc", "2e6", "1000001", "NaN", "Infinity")) {
            vm.weightTextProperty().set(bad);
            assertFalse(vm.validProperty().get(), bad);
            assertEquals("The weight must be a number from 0 to 1000000.", vm.problemProperty().get());
            assertEquals("", vm.shareProperty().get());
        }
        vm.weightTextProperty().set("0,5");
        assertTrue(vm.validProperty().get());
        assertEquals("20% of the total weight (0.5 of 2.5)", vm.shareProperty().get());
        vm.nameProperty().set(" ");
        assertEquals("The criterion needs a name.", vm.problemProperty().get());
        assertTrue(vm.apply().isEmpty());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void zeroWeightsAreAllowedAndAllZeroIsSaid() {
        CriterionDialogViewModel growth = options.editCriterion(GROWTH);
        growth.weightTextProperty().set("0");
        assertEquals("0% of the total weight (0 of 2)", growth.shareProperty().get());

        session.execute(EditOptionsCommand.setWeights(session.project(), Map.of(SECURITY, 0.0, COST, 0.0)));
        growth = options.editCriterion(GROWTH);
        growth.weightTextProperty().set("0");
        assertTrue(growth.validProperty().get());
        assertEquals("All weights are 0, so every option totals 0.", growth.shareProperty().get());
    }

    @Test
    void deletingACriterionTakesItsScoresAndUndoBringsThemBack() {
        CriterionDialogViewModel vm = options.editCriterion(COST);
        assertEquals("Deleting it also deletes 1 score (Undo brings them back).", vm.deleteHint());
        assertTrue(vm.delete());

        assertEquals(List.of(GROWTH, SECURITY), session.project().criteria().stream().map(Criterion::id).toList());
        assertTrue(session.project().option(SUBSIDY).orElseThrow().score(COST).isEmpty());
        assertEquals(13.0 / 3, total(SUBSIDY), 1e-9); // (2*4 + 1*5) / 3
        assertEquals("Undo Delete criterion Fiscal cost", session.undoTextProperty().get());

        session.undo();
        assertEquals(start, session.project());
        assertEquals("Expensive", session.project().option(SUBSIDY).orElseThrow().score(COST).orElseThrow().rationale());
    }

    @Test
    void aNewCriterionStartsAtTheMeanWeight() {
        CriterionDialogViewModel vm = options.newCriterion();
        assertFalse(vm.delete(), "nothing to delete yet");
        assertEquals("1.3", vm.weightTextProperty().get()); // mean of 2, 1, 1, to two digits
        vm.nameProperty().set("Speed");
        assertEquals("25% of the total weight (1.3 of 5.3)", vm.shareProperty().get());
        String id = vm.apply().orElseThrow();

        assertTrue(id.startsWith("crit-"), id);
        assertEquals(4, options.columnsProperty().get().size());
        assertEquals(1.3, session.project().criteria().get(3).weight());
    }

    @Test
    void eachFieldCarriesItsOwnReasonWhileTheProblemLineSaysTheFirst() {
        CriterionDialogViewModel vm = options.editCriterion(GROWTH);
        var nameReason = vm.reasonFor(vm.nameProperty());
        var weightReason = vm.reasonFor(vm.weightTextProperty());
        assertEquals("", nameReason.get());
        assertEquals("", weightReason.get());

        vm.nameProperty().set("");
        vm.weightTextProperty().set("-1");
        assertEquals("The criterion needs a name.", nameReason.get());
        assertEquals("The weight must be a number from 0 to 1000000.", weightReason.get(),
                "a field's reason stands even when an earlier field has one too");
        assertEquals("The criterion needs a name.", vm.problemProperty().get());

        vm.nameProperty().set("Growth");
        assertEquals("", nameReason.get());
        assertEquals("The weight must be a number from 0 to 1000000.", vm.problemProperty().get());
        vm.weightTextProperty().set("3");
        assertEquals("", weightReason.get());
        assertTrue(vm.validProperty().get());
    }
}
