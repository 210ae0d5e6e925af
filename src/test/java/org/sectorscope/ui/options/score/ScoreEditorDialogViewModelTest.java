package org.sectorscope.ui.options.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.model.TestProjects.BIOTECH;
import static org.sectorscope.model.TestProjects.CHIPS;
import static org.sectorscope.model.TestProjects.COST;
import static org.sectorscope.model.TestProjects.OPENNESS;
import static org.sectorscope.model.TestProjects.SOLAR;
import static org.sectorscope.model.TestProjects.SUBSIDY;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.options.PolicyOptionsViewModel;

/** The score editor's state on {@link TestProjects#small()}: value, rationale and evidence links saved as one step. */
class ScoreEditorDialogViewModelTest {
    private final Project start = TestProjects.small();
    private ProjectSession session;
    private PolicyOptionsViewModel options;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(start, null, "small");
        options = new PolicyOptionsViewModel(session);
    }

    private static ScoreEditorEvidenceChoice item(ScoreEditorDialogViewModel vm, String evidenceId) {
        return vm.evidenceGroups().stream().flatMap(g -> g.items().stream())
                .filter(c -> c.evidenceId().equals(evidenceId)).findFirst().orElseThrow();
    }

    private Score score(String optionId, String criterionId) {
        return session.project().option(optionId).flatMap(o -> o.score(criterionId)).orElse(null);
    }

    @Test
    void savingValueRationaleAndEvidenceLinksIsOneUndoStep() {
        ScoreEditorDialogViewModel vm = options.scoreEditor(SUBSIDY, COST);
        assertEquals(2, vm.valueProperty().get());
        assertEquals("Expensive", vm.rationaleProperty().get());
        assertEquals("Targeted subsidies  \u2014  Fiscal cost", vm.title());

        vm.valueProperty().set(3);
        vm.rationaleProperty().set("Cheaper than it looks: mature nodes need little.");
        item(vm, "ev-chips-1").linkedProperty().set(true);
        item(vm, "ev-solar-2").linkedProperty().set(true);
        assertEquals(2, vm.linkedCountProperty().get());
        assertEquals("3  neutral", vm.meaningProperty().get());
        assertTrue(vm.apply());

        assertEquals(new Score(COST, 3, "Cheaper than it looks: mature nodes need little.",
                List.of("ev-chips-1", "ev-solar-2"), null), score(SUBSIDY, COST));
        assertEquals("Undo Score Targeted subsidies on Fiscal cost", session.undoTextProperty().get());
        session.undo();
        assertEquals(start, session.project());
        assertFalse(session.canUndoProperty().get(), "value, rationale and links were one step");
    }

    @Test
    void theTargetedSectorsEvidenceComesFirst() {
        // Targeted subsidies names Semiconductors and quadrant B (where Semiconductors sits); Commercial
        // aircraft has no evidence, so it has no group.
        ScoreEditorDialogViewModel vm = options.scoreEditor(SUBSIDY, COST);
        assertEquals(List.of(CHIPS, SOLAR, BIOTECH), vm.evidenceGroups().stream()
                .map(ScoreEditorEvidenceGroup::sectorId).toList());
        assertEquals(List.of(true, false, false), vm.evidenceGroups().stream()
                .map(ScoreEditorEvidenceGroup::targeted).toList());
        assertEquals("Semiconductors  \u00b7  targeted", vm.evidenceGroups().get(0).heading());
        assertEquals("B3  \u00b7  Mature-node capacity is expanding fast.", item(vm, "ev-chips-1").label());
    }

    @Test
    void anUnscoredCellNeedsAValueBeforeItSaves() {
        ScoreEditorDialogViewModel vm = options.scoreEditor(OPENNESS, COST);
        assertNull(vm.valueProperty().get());
        assertFalse(vm.validProperty().get());
        assertFalse(vm.apply());

        vm.valueProperty().set(4);
        assertTrue(vm.apply());
        assertEquals(new Score(COST, 4, "", List.of(), null), score(OPENNESS, COST));
    }

    @Test
    void unchangedSavesNothingAndLinksToMissingItemsAreKept() {
        assertFalse(options.scoreEditor(SUBSIDY, COST).apply());
        assertFalse(session.canUndoProperty().get());

        session.execute(EditOptionsCommand.setScore(session.project(), SUBSIDY, COST,
                new Score(COST, 2, "Expensive", List.of("ev-gone", "ev-chips-2"), null)));
        ScoreEditorDialogViewModel vm = options.scoreEditor(SUBSIDY, COST);
        assertTrue(item(vm, "ev-chips-2").isLinked());
        item(vm, "ev-chips-2").linkedProperty().set(false);
        item(vm, "ev-biotech-1").linkedProperty().set(true);
        assertTrue(vm.apply());
        assertEquals(List.of("ev-gone", "ev-biotech-1"), score(SUBSIDY, COST).evidenceIds());
    }

    @Test
    void longTextIsShortenedAtAWord() {
        String text = "word ".repeat(40);
        String shortText = ScoreEditorEvidenceChoice.shorten(text);
        assertTrue(shortText.endsWith("word\u2026"), shortText);
        assertTrue(shortText.length() <= ScoreEditorEvidenceChoice.SHORT_LENGTH, shortText);
        assertEquals("a b", ScoreEditorEvidenceChoice.shorten("a\n  b "));
    }
}
