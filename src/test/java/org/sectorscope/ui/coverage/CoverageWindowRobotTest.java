package org.sectorscope.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 19, point 4: the Coverage window has Close, and Esc closes it. */
@ExtendWith(ApplicationExtension.class)
class CoverageWindowRobotTest {
    private Stage stage;
    private ProjectSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        RobotFixtures.showOwner(stage);
    }

    @AfterEach
    void closeOthers(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    private static Optional<Window> coverageWindow() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().lookup("#coverage-view") != null).findFirst();
    }

    @Test
    void closeAndEscBothCloseIt(FxRobot robot) {
        robot.interact(() -> CoverageView.show(stage, session));
        WaitForAsyncUtils.waitForFxEvents();
        Window shown = coverageWindow().orElseThrow();
        Button close = (Button) shown.getScene().getRoot().lookup("#coverage-close");
        assertEquals("Close", close.getText());
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(coverageWindow().isEmpty(), "Close closed it");

        robot.interact(() -> CoverageView.show(stage, session));
        WaitForAsyncUtils.waitForFxEvents();
        Window again = coverageWindow().orElseThrow();
        robot.interact(again::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(again.isShowing(), "Esc closed it");
    }
}
