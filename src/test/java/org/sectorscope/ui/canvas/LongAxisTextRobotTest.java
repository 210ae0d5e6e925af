package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.Axis;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Project;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Axis titles at the longest a name may be (issue 12, point 8): each ends in an ellipsis within the
 * plot's side instead of running past the canvas and being clipped at both ends.
 */
@ExtendWith(ApplicationExtension.class)
class LongAxisTextRobotTest {
    private QuadrantCanvasView canvas;

    @Start
    void start(Stage stage) {
        String longest = "axis ".repeat(TextLimit.NAME.max() / 5).strip();
        Framework f = Project.empty("Long").framework();
        Framework wide = new Framework(f.name(), new Axis(longest, f.xAxis().lowLabel(), f.xAxis().highLabel()),
                new Axis(longest, f.yAxis().lowLabel(), f.yAxis().highLabel()), f.quadrants(), f.extras());
        ProjectSession session = new ProjectSession(Project.empty("Long").withFramework(wide), null, "long");
        canvas = new QuadrantCanvasView(new QuadrantCanvasViewModel(session));
        RobotFixtures.showPane(stage, canvas, 900, 640);
    }

    @Test
    void longAxisTitlesEndInAnEllipsisWithinThePlot(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(10);
        List<Text> titles = robot.lookup(".axis-title").queryAllAs(Text.class).stream().toList();
        assertEquals(2, titles.size());
        var g = canvas.geometry();
        Bounds pane = canvas.plot().localToScene(canvas.plot().getLayoutBounds());
        for (Text t : titles) {
            assertTrue(t.getText().endsWith("\u2026"), t.getText());
            assertTrue(t.getText().startsWith("AXIS AXIS"), t.getText());
            double room = t.getRotate() == 0 ? g.width() : g.height();
            assertTrue(t.getLayoutBounds().getWidth() <= room + 0.5,
                    "title " + t.getLayoutBounds().getWidth() + " px in a side of " + room + " px");
            Bounds b = t.localToScene(t.getLayoutBounds());
            assertTrue(b.getMinX() >= pane.getMinX() - 0.5 && b.getMaxX() <= pane.getMaxX() + 0.5
                    && b.getMinY() >= pane.getMinY() - 0.5 && b.getMaxY() <= pane.getMaxY() + 0.5,
                    "the title stays on the canvas: " + b + " in " + pane);
        }
    }
}
