package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.canvas.QuadrantPlot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plot too crowded for text: cards are shapes drawn on the dot layer, not nodes. Pressing, dragging,
 * marquee selection and hover names must work on them all the same.
 */
@ExtendWith(ApplicationExtension.class)
class DenseCanvasRobotTest {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 760;
    /** A 20 x 20 grid of sectors over the lower half, plus one alone in the top-right corner. */
    private static final String LONE = "lone";

    private ProjectSession session;
    private QuadrantCanvasView canvas;

    @Start
    void start(Stage stage) {
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 20; j++) {
                sectors.add(new Sector("g" + i + "-" + j, "Grid sector " + i + "-" + j, j % 2 == 0 ? Driver.STATE_LED : Driver.MIXED,
                        null, new Position(-0.9 + i * 0.09, -0.1 - j * 0.04), Placement.analyst(""), List.of(), null));
            }
        }
        sectors.add(new Sector(LONE, "Lonely sector", Driver.MARKET, null, new Position(0.7, 0.7),
                Placement.analyst(""), List.of(), null));
        Project p = Project.empty("Dense").withSectors(sectors);
        session = new ProjectSession(p, null, "dense");
        canvas = new QuadrantCanvasView(new QuadrantCanvasViewModel(session));
        RobotFixtures.showPane(stage, canvas, WIDTH, HEIGHT);
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    private Point2D screenOf(double x, double y) {
        var g = canvas.geometry();
        return canvas.plot().localToScreen(g.toPixelX(x), g.toPixelY(y));
    }

    private long cardNodes(FxRobot robot) {
        return robot.lookup(".sector-card").queryAll().size();
    }

    @Test
    void crowdedCardsAreDrawnNotBuiltAsNodes(FxRobot robot) {
        assertEquals(0, cardNodes(robot), "401 sectors on this plot are markers on one canvas, not nodes");
    }

    @Test
    void pressingAMarkerSelectsItAndNamesItInsideItsQuadrantMovingNothingElse(FxRobot robot) {
        var before = ((QuadrantPlot) canvas.plot()).plotLayout();
        robot.clickOn(screenOf(0.7, 0.7));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(LONE), session.selection().sectorIds());
        assertEquals(0, cardNodes(robot), "selecting builds no card: the layout does not change");
        assertSame(before, ((QuadrantPlot) canvas.plot()).plotLayout(), "nothing was laid out again");
        Label tag = robot.lookup("#name-tag-" + LONE).queryAs(Label.class);
        assertEquals("Lonely sector", tag.getText());
        var g = canvas.geometry();
        var bounds = tag.getBoundsInParent();
        assertTrue(bounds.getWidth() > 40 && bounds.getHeight() > 10, "the tag is shown at its size: " + bounds);
        assertTrue(bounds.getMinX() >= g.centerX() && bounds.getMaxY() <= g.centerY(), "the name stays in C: " + bounds);
    }

    @Test
    void draggingAShapeMovesItsSectorAsOneStep(FxRobot robot) {
        robot.drag(screenOf(0.7, 0.7), MouseButton.PRIMARY).moveTo(screenOf(0.3, 0.5)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Position at = session.project().sector(LONE).orElseThrow().position();
        assertEquals(0.3, at.x(), 0.02);
        assertEquals(0.5, at.y(), 0.02);
        assertTrue(session.canUndoProperty().get());
        robot.interact(session::undo);
        assertEquals(new Position(0.7, 0.7), session.project().sector(LONE).orElseThrow().position());
    }

    @Test
    void aMarqueeSelectsTheShapesInside(FxRobot robot) {
        // Around the first two columns of the top row of the grid (x -0.9 and -0.81, y -0.1).
        robot.drag(screenOf(-0.95, -0.06), MouseButton.PRIMARY).moveTo(screenOf(-0.78, -0.115)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("g0-0", "g1-0"), session.selection().sectorIds());
    }

    @Test
    void hoveringAShapeNamesIt(FxRobot robot) {
        robot.moveTo(screenOf(0.7, 0.7));
        WaitForAsyncUtils.waitForFxEvents();
        Label name = robot.lookup("#hover-name").queryAs(Label.class);
        assertTrue(name.isVisible());
        assertEquals("Lonely sector", name.getText());
        robot.moveTo(screenOf(0.3, 0.8));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(name.isVisible(), "no name over empty space");
    }

    @Test
    void aNameWiderThanItsQuadrantIsCutWithAnEllipsisInsideIt(FxRobot robot) {
        String name = "Lonely sector with " + "a long name ".repeat(14);
        robot.interact(() -> session.execute(
                RenameSectorCommand.of(session.project(), LONE, name)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(screenOf(0.7, 0.7));
        WaitForAsyncUtils.waitForFxEvents();
        Label tag = robot.lookup("#hover-name").queryAs(Label.class);
        assertTrue(tag.isVisible());
        var g = canvas.geometry();
        var bounds = tag.getBoundsInParent();
        assertTrue(bounds.getMinX() >= g.centerX() - 0.5 && bounds.getMaxX() <= g.right() + 0.5,
                "the name stays in its quadrant: " + bounds + " in " + g);
        var shown = (Text) tag.lookup(".text");
        assertTrue(shown.getText().endsWith("..."), "JavaFX cut it with its ellipsis: " + shown.getText());
    }

    @Test
    void zoomingInBringsTheTextBack(FxRobot robot) {
        Node plot = canvas.plot();
        robot.clickOn(plot);
        for (int i = 0; i < 8; i++) {
            robot.clickOn("#zoom-in");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("400%", robot.lookup("#zoom-level").queryAs(Label.class).getText());
        assertEquals(401, cardNodes(robot), "with room enough every card is a labelled node again");
    }
}
