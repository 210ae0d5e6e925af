package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectMerge;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A merged project with a sector moved differently on both sides, in the main window: the Resolve
 * conflicts window opens by itself, the canvas shows the two places as ghosts at exactly the recorded
 * positions, and Take Theirs moves the sector there and clears the ghosts.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictGhostsRobotTest {
    @TempDir
    static Path home;
    private static final Position OURS = new Position(0.35, -0.2);
    private static final Position THEIRS = new Position(-0.6, 0.6);

    private ProjectSession session;
    private ProjectFiles files;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Project ours = TestProjects.small().withSector(TestProjects.CHIPS, s -> s.withPosition(OURS));
        Project theirs = TestProjects.small().withSector(TestProjects.CHIPS, s -> s.withPosition(THEIRS));
        Project merged = ProjectMerge.merge(TestProjects.small(), ours, theirs, "ours", "theirs").project();
        session = new ProjectSession(merged, null, "merged.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
        files.close();
    }

    @Test
    void ghostsSitAtTheRecordedPlacesAndTakeTheirsResolves(FxRobot robot) {
        List<Window> resolveWindows = new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Resolve Conflicts"))
                .toList();
        assertEquals(1, resolveWindows.size(), "the list opened by itself");

        QuadrantPlot plot = robot.lookup("#quadrant-plot").queryAs(QuadrantPlot.class);
        PlotGeometry g = plot.geometry();
        Circle ours = robot.lookup("#conflict-ghost-ours-" + TestProjects.CHIPS).queryAs(Circle.class);
        Circle theirs = robot.lookup("#conflict-ghost-theirs-" + TestProjects.CHIPS).queryAs(Circle.class);
        assertEquals(g.toPixelX(OURS.x()), ours.getCenterX(), 1e-9);
        assertEquals(g.toPixelY(OURS.y()), ours.getCenterY(), 1e-9);
        assertEquals(g.toPixelX(THEIRS.x()), theirs.getCenterX(), 1e-9);
        assertEquals(g.toPixelY(THEIRS.y()), theirs.getCenterY(), 1e-9);

        robot.clickOn("#conflict-take-conflict-1");
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(THEIRS, session.project().sector(TestProjects.CHIPS).orElseThrow().position());
        assertTrue(session.project().teamwork().conflicts().isEmpty());
        assertTrue(robot.lookup("#conflict-ghost-ours-" + TestProjects.CHIPS).tryQuery().isEmpty(), "ghosts gone");
    }
}
