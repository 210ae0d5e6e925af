package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.plot.PlotPalette;
import org.sectorscope.logic.plot.PlotStyle;
import org.sectorscope.model.MarkerFixtures;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/** The marker style choices without a window: lists from the project's fields, one command per choice. */
class MarkerStyleViewModelTest {
    private final ProjectSession session = new ProjectSession(MarkerFixtures.fields(), null, "fixture");
    private final QuadrantCanvasViewModel canvas = new QuadrantCanvasViewModel(session);
    private final MarkerStyleViewModel vm = canvas.markerStyle();

    private CardItem card(String id) {
        return canvas.cardsProperty().get().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theChoicesAreTheDefaultThenTheFieldsOfTheRightKind() {
        assertEquals(List.of(MarkerStyleViewModel.BY_DRIVER, new MarkerStyleViewModel.Choice(MarkerFixtures.REGION,
                "Region")), vm.colorChoices());
        assertEquals(List.of(MarkerStyleViewModel.ALIKE, new MarkerStyleViewModel.Choice(MarkerFixtures.OUTPUT,
                "Output")), vm.sizeChoices());
        assertEquals(MarkerStyleViewModel.BY_DRIVER, vm.colorProperty().get());
        assertEquals(MarkerStyleViewModel.ALIKE, vm.sizeProperty().get());
    }

    @Test
    void aChoiceIsOneUndoStepAndRestylesTheCardsAndTheKey() {
        vm.chooseColor(vm.colorChoices().get(1));
        assertEquals("Colour markers by Region", session.undoTextProperty().get().replace("Undo ", ""));
        assertEquals(MarkerFixtures.REGION, vm.colorProperty().get().fieldId());
        assertEquals(PlotPalette.category(0), card(TestProjects.SOLAR).mark().rgb());
        assertEquals("Region", canvas.markerKeyProperty().get().colorTitle());
        vm.chooseSize(vm.sizeChoices().get(1));
        assertEquals(PlotStyle.MARKER_MAX, card(TestProjects.SOLAR).mark().size(), 1e-9);
        assertEquals("Output (USD bn)", canvas.markerKeyProperty().get().sizeTitle());
        session.undo();
        assertEquals(MarkerStyleViewModel.ALIKE, vm.sizeProperty().get(), "undo shows in the choice");
        assertEquals(PlotStyle.MARKER, card(TestProjects.SOLAR).mark().size(), 1e-9);
        session.undo();
        assertEquals(MarkerStyleViewModel.BY_DRIVER, vm.colorProperty().get());
        assertEquals(0x9b2c2c, card(TestProjects.SOLAR).mark().rgb());
        assertFalse(session.canUndoProperty().get(), "two choices, two steps");
        vm.chooseColor(MarkerStyleViewModel.BY_DRIVER);
        assertFalse(session.canUndoProperty().get(), "choosing what is chosen is no step");
    }

    @Test
    void aRemovedFieldFallsBackToTheDefault() {
        vm.chooseColor(vm.colorChoices().get(1));
        vm.chooseSize(vm.sizeChoices().get(1));
        session.execute(new org.sectorscope.command.ProjectCommand() {
            public String description() {
                return "Remove fields";
            }

            public org.sectorscope.model.Project apply(org.sectorscope.model.Project p) {
                return p.withFields(List.of()).withSectors(TestProjects.small().sectors());
            }

            public org.sectorscope.model.Project revert(org.sectorscope.model.Project p) {
                throw new UnsupportedOperationException();
            }
        });
        assertEquals(List.of(MarkerStyleViewModel.BY_DRIVER), vm.colorChoices());
        assertEquals(MarkerStyleViewModel.BY_DRIVER, vm.colorProperty().get());
        assertEquals(MarkerStyleViewModel.ALIKE, vm.sizeProperty().get());
        assertNull(canvas.markerKeyProperty().get().colorTitle());
        assertEquals(0x9b2c2c, card(TestProjects.SOLAR).mark().rgb());
    }
}
