package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.model.Position;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/** Selecting a policy option marks its targets and intended moves on the canvas. */
class OptionFocusViewModelTest {
    private final ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");
    private final QuadrantCanvasViewModel canvas = new QuadrantCanvasViewModel(session);

    @Test
    void selectingAnOptionMarksItsTargetsAndArrows() {
        assertNull(canvas.optionFocusProperty().get());
        session.selection().selectOption(TestProjects.SUBSIDY);
        OptionFocus focus = canvas.optionFocusProperty().get();
        assertEquals(Set.of(TestProjects.CHIPS), focus.sectorIds());
        assertEquals(Set.of("B"), focus.quadrantLetters());
        assertEquals(2, focus.arrows().size(), "B -> A for the quadrant and for Semiconductors in B");
        assertEquals("Option: Targeted subsidies \u2014 move from B toward A", focus.caption());

        canvas.showArrowsProperty().set(false);
        assertEquals(List.of(), canvas.optionFocusProperty().get().arrows());
        assertEquals(Set.of(TestProjects.CHIPS), canvas.optionFocusProperty().get().sectorIds());
    }

    @Test
    void theMarksFollowEditsAndDeletion() {
        session.selection().selectOption(TestProjects.SUBSIDY);
        // Semiconductors moves out of B into A: only the whole-quadrant arrow is left.
        session.execute(MoveSectorsCommand.of(session.project(), TestProjects.CHIPS, new Position(-0.4, 0.4)));
        assertEquals(1, canvas.optionFocusProperty().get().arrows().size());
        session.execute(EditOptionsCommand.removeOption(session.project(), TestProjects.SUBSIDY));
        assertNull(session.selection().optionId());
        assertNull(canvas.optionFocusProperty().get());
        session.undo();
        assertNull(canvas.optionFocusProperty().get(), "undo brings the option back but does not reselect it");
    }
}
