package org.sectorscope.ui.options.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
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
import org.sectorscope.ui.RobotFixtures;

/** The comparison dialog on screen: rationales shown in full, best marked, closed when an option goes. */
@ExtendWith(ApplicationExtension.class)
class CompareOptionsDialogRobotTest {
    private ProjectSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        RobotFixtures.showOwner(stage);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
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

    /** Issue 19, point 5: an open comparison shows a changed score, rationale and total at once. */
    @Test
    void anOpenComparisonShowsAChangedScoreAndItsRationaleAtOnce(FxRobot robot) {
        robot.interact(() -> CompareOptionsDialog.show(stage, session, List.of(TestProjects.SUBSIDY, TestProjects.OPENNESS)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> session.execute(EditOptionsCommand.setScore(session.project(), TestProjects.OPENNESS,
                TestProjects.COST, new org.sectorscope.model.Score(TestProjects.COST, 5, "Cheap to run after 2027",
                        org.sectorscope.model.Extras.NONE))));
        WaitForAsyncUtils.waitForFxEvents();
        Node grid = robot.lookup("#compare-grid").query();
        assertTrue(robot.from(grid).lookup((Label l) -> "Cheap to run after 2027".equals(l.getText())).tryQuery()
                .isPresent(), "the new rationale is shown");
        assertTrue(robot.from(grid).lookup((Label l) -> l.getText() != null && l.getText().contains("3.25")).tryQuery()
                .isPresent(), "and the new weighted total");
        robot.interact(session::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(grid).lookup((Label l) -> "Cheap to run after 2027".equals(l.getText())).tryQuery()
                .isEmpty(), "undo takes it back out of the open window too");
    }
}
