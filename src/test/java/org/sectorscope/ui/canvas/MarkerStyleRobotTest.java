package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.logic.plot.PlotPalette;
import org.sectorscope.logic.plot.PlotStyle;
import org.sectorscope.model.MarkerEncoding;
import org.sectorscope.model.MarkerFixtures;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The toolbar's Colour and Size choices, by mouse: each one undo step, the plot and legend following. */
@ExtendWith(ApplicationExtension.class)
class MarkerStyleRobotTest {
    private ProjectSession session;
    private QuadrantCanvasView canvas;

    @Start
    void start(Stage stage) {
        session = new ProjectSession(MarkerFixtures.fields(), null, "fixture.sectorscope.json");
        canvas = new QuadrantCanvasView(new QuadrantCanvasViewModel(session));
        RobotFixtures.showPane(stage, canvas, 1400, 1000);
    }

    private QuadrantPlot plot(FxRobot robot) {
        return robot.lookup("#quadrant-plot").queryAs(QuadrantPlot.class);
    }

    private boolean legendSays(FxRobot robot, String text) {
        return robot.lookup("#canvas-legend .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(text));
    }

    @Test
    void choosingColourAndSizeRestylesThePlotAndUndoesStepByStep(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(10);
        robot.clickOn("#marker-color");
        robot.clickOn("Region");
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(new MarkerEncoding(MarkerFixtures.REGION, null), session.project().markerEncoding());
        assertEquals(PlotPalette.category(0), plot(robot).plotLayout().sector(TestProjects.SOLAR).mark().rgb());
        assertTrue(legendSays(robot, "Colour: Region") && legendSays(robot, "Asia") && legendSays(robot, "no value"));

        robot.clickOn("#marker-size");
        robot.clickOn("Output");
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(MarkerFixtures.encoded().markerEncoding(), session.project().markerEncoding());
        assertEquals(PlotStyle.MARKER_MAX, plot(robot).plotLayout().sector(TestProjects.SOLAR).markerBox().w(), 1e-9);
        assertTrue(legendSays(robot, "Area: Output (USD bn)"));

        robot.interact(session::undo);
        WaitForAsyncUtils.waitForFxEvents(5);
        @SuppressWarnings("unchecked")
        ComboBox<MarkerStyleViewModel.Choice> size = robot.lookup("#marker-size").queryAs(ComboBox.class);
        assertEquals(MarkerStyleViewModel.ALIKE, size.getValue(), "the choice follows an undo");
        assertFalse(legendSays(robot, "Area: Output (USD bn)"));
        robot.interact(session::undo);
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(MarkerEncoding.DEFAULT, session.project().markerEncoding());
        assertFalse(session.canUndoProperty().get(), "two choices were two steps, and showing them none");
        assertEquals(0x9b2c2c, plot(robot).plotLayout().sector(TestProjects.SOLAR).mark().rgb());
    }
}
