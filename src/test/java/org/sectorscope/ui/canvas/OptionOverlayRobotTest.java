package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clicking an option in the matrix shows, on the canvas, what it targets and the move it intends. */
@ExtendWith(ApplicationExtension.class)
class OptionOverlayRobotTest {
    @TempDir
    static Path home;
    private ProjectSession session;
    private ProjectFiles files;

    @Start
    void start(Stage stage) {
        session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    @AfterEach
    void tearDown() {
        files.close();
    }

    @Test
    void anOptionsTargetsAndArrowsAppearAndGo(FxRobot robot) {
        robot.clickOn(robot.lookup(".table-cell").match(n -> n instanceof Labeled l
                && l.getText() != null && l.getText().contains("Targeted subsidies")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TestProjects.SUBSIDY, session.selection().optionId());
        Group overlay = robot.lookup("#option-overlay").queryAs(Group.class);
        assertTrue(overlay.lookup("#option-target-B") != null, "quadrant B outlined");
        assertTrue(overlay.lookup("#move-arrow-" + TestProjects.CHIPS) != null, "Semiconductors' arrow toward A");
        Node chips = robot.lookup("#card-" + TestProjects.CHIPS).query();
        assertTrue(chips.getPseudoClassStates().contains(PseudoClass.getPseudoClass("option-target")));
        Node solar = robot.lookup("#card-" + TestProjects.SOLAR).query();
        assertFalse(solar.getPseudoClassStates().contains(PseudoClass.getPseudoClass("option-target")));

        // Issue 19, point 13: the option's bar hides nothing of the figure: it is off the plot, the axis
        // titles and every card in view.
        Node bar = robot.lookup("#option-caption").queryAs(Node.class).getParent();
        javafx.geometry.Bounds barOnScreen = bar.localToScreen(bar.getBoundsInLocal());
        assertTrue(bar.isVisible() && barOnScreen.getHeight() > 0, "the bar shows");
        Node plot = robot.lookup("#quadrant-plot").query();
        javafx.geometry.Bounds view = robot.lookup("#canvas-scroll").queryAs(Node.class)
                .localToScreen(robot.lookup("#canvas-scroll").queryAs(Node.class).getBoundsInLocal());
        assertTrue(barOnScreen.getMinY() >= view.getMaxY() - 0.5 || barOnScreen.getMaxY() <= view.getMinY() + 0.5,
                "the bar is outside the plot's view (edges may touch): " + barOnScreen + " / " + view);
        for (Node title : plot.lookupAll(".axis-title")) {
            assertFalse(barOnScreen.intersects(title.localToScreen(title.getBoundsInLocal())), "covers no axis title");
        }
        robot.clickOn("#option-arrows");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overlay.lookup("#move-arrow-" + TestProjects.CHIPS) == null, "arrows switched off");
        assertTrue(overlay.lookup("#option-target-B") != null, "targets stay");

        robot.clickOn("#option-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, overlay.getChildren().size());
        assertFalse(chips.getPseudoClassStates().contains(PseudoClass.getPseudoClass("option-target")));
    }
}
