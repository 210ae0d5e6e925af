package org.sectorscope.ui.options.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dragging a weight slider: a live preview while it moves, one undoable change when it is released. */
@ExtendWith(ApplicationExtension.class)
class SensitivityViewRobotTest {
    private final Project start = TestProjects.small();
    private final AtomicInteger projectChanges = new AtomicInteger();
    private ProjectSession session;
    private SensitivityViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ProjectSession(start, null, "small.sectorscope.json");
        session.projectProperty().addListener((obs, old, p) -> projectChanges.incrementAndGet());
        viewModel = new SensitivityViewModel(session);
        RobotFixtures.showPane(stage, new SensitivityView(viewModel), 900, 640);
    }

    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    private List<Double> weights() {
        return session.project().criteria().stream().map(Criterion::weight).toList();
    }

    @Test
    void draggingASliderChangesTheProjectOnceOnRelease(FxRobot robot) {
        Slider cost = robot.lookup("#weight-slider-" + TestProjects.COST).queryAs(Slider.class);
        Node thumb = cost.lookup(".thumb");
        assertEquals(25.0, cost.getValue(), 1e-9);

        robot.drag(thumb, MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cost.getValue() > 25, "the thumb moved: " + cost.getValue());
        assertTrue(viewModel.previewingProperty().get(), "previewed while held");
        assertEquals(0, projectChanges.get(), "nothing applied while the slider moves");
        assertTrue(robot.lookup("#weight-label-" + TestProjects.GROWTH).queryLabeled().getText()
                .matches("\\d+(\\.\\d)?% \u00B7 weight 2"), "the other sliders' shares follow");

        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, projectChanges.get(), "the whole drag is one change");
        assertTrue(weights().get(2) > 1, "cost weighs more: " + weights());
        assertEquals(List.of(2.0, 1.0), weights().subList(0, 2), "the other raw weights are kept");
        assertFalse(viewModel.previewingProperty().get());

        robot.interact(session::undo);
        assertEquals(List.of(2.0, 1.0, 1.0), weights());
        assertFalse(session.canUndoProperty().get(), "one undo restores it all");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(25.0, cost.getValue(), 1e-9, "the slider follows the undo");
    }

    @Test
    void showingTheWindowTwiceReusesIt(FxRobot robot) {
        SensitivityWindow[] shown = new SensitivityWindow[2];
        robot.interact(() -> {
            shown[0] = SensitivityWindow.show(stage, session);
            shown[1] = SensitivityWindow.show(stage, session);
        });
        assertSame(shown[0], shown[1]);
        assertTrue(shown[0].isShowing());
        robot.interact(shown[0]::close);
    }

    /** Issue 19, point 4: Esc drops an unapplied preview and closes the window; Close is there too. */
    @Test
    void escDropsThePreviewAndClosesTheWindowAndCloseClosesIt(FxRobot robot) {
        SensitivityWindow[] shown = new SensitivityWindow[1];
        robot.interact(() -> shown[0] = SensitivityWindow.show(stage, session));
        WaitForAsyncUtils.waitForFxEvents();
        Slider cost = shown[0].getScene().getRoot().lookup("#weight-slider-" + TestProjects.COST) instanceof Slider s
                ? s : null;
        robot.interact(() -> {
            cost.requestFocus();
            cost.increment(); // a keyboard step: previewed, not yet applied
        });
        assertTrue(shown[0].viewModel().previewingProperty().get(), "previewing");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown[0].isShowing(), "Esc closed the window");
        assertEquals(List.of(2.0, 1.0, 1.0), weights(), "and the preview was dropped, not applied");
        assertEquals(0, projectChanges.get());

        robot.interact(() -> shown[0] = SensitivityWindow.show(stage, session));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button close = (javafx.scene.control.Button) shown[0].getScene().getRoot()
                .lookup("#sensitivity-close");
        assertEquals("Close", close.getText());
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown[0].isShowing(), "Close closed it");
    }
}
