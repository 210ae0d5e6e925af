package org.sectorscope.ui.options.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.model.TestProjects.COST;
import static org.sectorscope.model.TestProjects.GROWTH;
import static org.sectorscope.model.TestProjects.OPENNESS;
import static org.sectorscope.model.TestProjects.SECURITY;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/**
 * The sensitivity view's state without a toolkit, on the small project with Open procurement scoring
 * 5 on cost, so the two options are close: weights 2, 1, 1; Targeted subsidies 4, 5, 2 = 3.75, Open
 * procurement 3, 2, 5 = (6 + 2 + 5) / 4 = 3.25. Moving cost's share to 50% keeps growth at 2 and
 * security at 1 and solves w = 0.5 / 0.5 * 3 = 3: shares 33.3%, 16.7%, 50%; totals 19/6 = 3.17 and
 * 23/6 = 3.83, so the order flips.
 */
class SensitivityViewModelTest {
    private final Project start = close(TestProjects.small());
    private final ProjectSession session = new ProjectSession(start, null, "small");
    private final SensitivityViewModel vm = new SensitivityViewModel(session);

    private static Project close(Project small) {
        return EditOptionsCommand.setScore(small, OPENNESS, COST, new Score(COST, 5, "Cheap", Extras.NONE))
                .apply(small);
    }

    private List<String> labels() {
        return vm.criteria().stream().map(c -> c.labelProperty().get()).toList();
    }

    private List<String> ranking() {
        return vm.ranking().stream().map(r -> r.rank() + " " + r.name() + " " + r.totalText() + " "
                + r.movementText()).map(String::strip).toList();
    }

    private List<Double> projectWeights() {
        return session.project().criteria().stream().map(Criterion::weight).toList();
    }

    private SensitivityCriterion slider(String id) {
        return vm.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void showsTheProjectsSharesRankingAndSwaps() {
        assertEquals(List.of("Growth", "Security", "Fiscal cost"),
                vm.criteria().stream().map(SensitivityCriterion::name).toList());
        assertEquals(List.of(50.0, 25.0, 25.0), vm.criteria().stream().map(SensitivityCriterion::share).toList());
        assertEquals(List.of("50% \u00B7 weight 2", "25% \u00B7 weight 1", "25% \u00B7 weight 1"), labels());
        assertEquals(List.of("1 Targeted subsidies 3.75", "2 Open procurement 3.25"), ranking());
        assertEquals(List.of("Open procurement overtakes Targeted subsidies if the weight of Fiscal cost rises from "
                + "25% to 36%"), vm.swaps());
        assertFalse(vm.previewingProperty().get());
    }

    @Test
    void previewReRanksAndMovesTheSwapSentenceWithoutTouchingTheProject() {
        vm.previewShare(COST, 50);

        assertEquals(Map.of(GROWTH, 2.0, SECURITY, 1.0, COST, 3.0), vm.previewWeights());
        assertEquals(List.of("33.3% \u00B7 weight 2", "16.7% \u00B7 weight 1", "50% \u00B7 weight 3"), labels());
        assertEquals(List.of("1 Open procurement 3.83 \u25B2 1", "2 Targeted subsidies 3.17 \u25BC 1"), ranking());
        // Now procurement leads by 2*(-1) + 1*(-3) + 3*3 = 4 (of 6); cost (d = 3) must fall to 3 - 4/3 = 5/3,
        // a share of (5/3) / (14/3) = 36%, a smaller move than security's (16.7% to 31.8%).
        assertEquals(List.of("Targeted subsidies overtakes Open procurement if the weight of Fiscal cost falls from "
                + "50% to 36%"), vm.swaps());
        assertTrue(vm.previewingProperty().get());
        assertSame(start, session.project(), "a preview is not an edit");
        assertFalse(session.canUndoProperty().get());
        assertFalse(session.isDirty());
    }

    @Test
    void movingASliderPropertyPreviewsAndCommitIsOneUndoStep() {
        slider(COST).shareProperty().set(50); // as the slider bound to it would
        assertEquals(List.of(33.3, 16.7, 50.0), vm.criteria().stream()
                .map(c -> Math.round(c.share() * 10) / 10.0).toList(), "the other sliders follow");
        assertFalse(session.canUndoProperty().get());

        vm.commit();
        assertEquals(List.of(2.0, 1.0, 3.0), projectWeights());
        assertEquals("Undo Set criterion weights", session.undoTextProperty().get());
        assertFalse(vm.previewingProperty().get());

        session.undo();
        assertEquals(List.of(2.0, 1.0, 1.0), projectWeights());
        assertFalse(session.canUndoProperty().get(), "the whole change was one step");
        assertEquals(List.of("50% \u00B7 weight 2", "25% \u00B7 weight 1", "25% \u00B7 weight 1"), labels(),
                "the view model follows undo");
        assertEquals(List.of("1 Targeted subsidies 3.75", "2 Open procurement 3.25"), ranking());
    }

    @Test
    void resetDiscardsThePreview() {
        vm.previewShare(COST, 50);
        vm.reset();

        assertEquals(Map.of(GROWTH, 2.0, SECURITY, 1.0, COST, 1.0), vm.previewWeights());
        assertEquals(List.of("1 Targeted subsidies 3.75", "2 Open procurement 3.25"), ranking());
        assertFalse(vm.previewingProperty().get());
        vm.commit();
        assertFalse(session.canUndoProperty().get(), "nothing left to apply");
    }

    @Test
    void aDragIsOneCommandWhenItEndsAndWaitsOutEditsMadeMeanwhile() {
        vm.setDragging(true);
        for (double share : new double[] {30, 40, 45, 50}) {
            slider(COST).shareProperty().set(share);
        }
        assertSame(start, session.project());
        // An edit elsewhere during the drag does not throw the drag's weights away.
        session.execute(EditOptionsCommand.setScore(session.project(), OPENNESS, SECURITY,
                new Score(SECURITY, 3, "", Extras.NONE)));
        assertEquals(3.0, vm.previewWeights().get(COST));

        vm.setDragging(false);
        assertEquals(List.of(2.0, 1.0, 3.0), projectWeights());
        // Open procurement now 3, 3, 5 under 2, 1, 3: (6 + 3 + 15) / 6 = 4.00.
        assertEquals(List.of("1 Open procurement 4.00", "2 Targeted subsidies 3.17"), ranking());
        session.undo();
        assertEquals(List.of(2.0, 1.0, 1.0), projectWeights(), "one undo takes back the whole drag");
        session.undo();
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void followsWeightEditsMadeElsewhereWhenNotDragging() {
        vm.previewShare(COST, 50);
        session.execute(EditOptionsCommand.setWeights(session.project(), Map.of(GROWTH, 1.0)));

        assertEquals(List.of("33.3% \u00B7 weight 1", "33.3% \u00B7 weight 1", "33.3% \u00B7 weight 1"), labels(),
                "the edit wins over an unapplied preview");
        assertFalse(vm.previewingProperty().get());
    }

    @Test
    void shareMappingAtTheEnds() {
        vm.previewShare(COST, 40); // 0.4 / 0.6 * 3 = 2, rounded clear of floating-point noise
        assertEquals(2.0, vm.previewWeights().get(COST));
        vm.previewShare(COST, 100);
        assertEquals(Criterion.MAX_WEIGHT, vm.previewWeights().get(COST), "100% with others above 0: the cap");
        vm.previewShare(COST, 0);
        assertEquals(0.0, vm.previewWeights().get(COST));

        vm.previewShare(GROWTH, 0);
        vm.previewShare(SECURITY, 0);
        assertEquals(Map.of(GROWTH, 0.0, SECURITY, 0.0, COST, 0.0), vm.previewWeights());
        assertEquals(List.of(), vm.swaps(), "with all weights 0 the ranking says nothing");
        vm.previewShare(COST, 40);
        assertEquals(1.0, vm.previewWeights().get(COST), "alone it can only hold 100%");
        assertEquals(100.0, slider(COST).share());
    }
}
