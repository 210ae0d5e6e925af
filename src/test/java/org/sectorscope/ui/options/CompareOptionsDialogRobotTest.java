package org.sectorscope.ui.options;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison dialog on screen: rationales shown in full, best marked, closed when an option goes. */
@ExtendWith(ApplicationExtension.class)
class CompareOptionsDialogRobotTest {
    private ProjectSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        stage.setScene(new Scene(new StackPane(new Label("owner")), 400, 300));
        stage.setWidth(400); // the stage is shared with other robot test classes, which may have moved it
        stage.setHeight(300);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));
    }

    @Test
    void showsTheComparisonAndClosesWhenFewerThanTwoOptionsRemain(FxRobot robot) {
        CompareOptionsDialog[] dialog = new CompareOptionsDialog[1];
        robot.interact(() -> dialog[0] = CompareOptionsDialog.show(stage, session,
                List.of(TestProjects.SUBSIDY, TestProjects.OPENNESS)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog[0].isShowing());

        Node grid = robot.lookup("#compare-grid").query();
        Label rationale = robot.from(grid).lookup((Label l) -> "Less dependence".equals(l.getText())).query();
        assertTrue(rationale.isVisible() && rationale.getWidth() > 0, "the rationale is on the page, not a tooltip");
        Node best = robot.lookup("#compare-cell-" + TestProjects.SECURITY + "-" + TestProjects.SUBSIDY).query();
        assertTrue(best.getStyleClass().containsAll(List.of("compare-best", "score-5")), best.getStyleClass()::toString);

        robot.interact(() -> session.execute(EditOptionsCommand.removeOption(session.project(),
                TestProjects.OPENNESS)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog[0].isShowing(), "one option left: nothing to compare");
    }
}
