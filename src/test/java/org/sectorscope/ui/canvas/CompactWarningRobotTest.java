package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Side;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On a small plot, where labels are compact (name only), a placement against its evidence keeps its ⚠. */
@ExtendWith(ApplicationExtension.class)
class CompactWarningRobotTest {
    private QuadrantPlot plot;

    @Start
    void start(Stage stage) {
        // Solar PV sits on Success, but an A1 item says Failure: a contradiction.
        Project p = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withEvidence(List.of(
                new Evidence("ev-against", "It failed.", null, null, null, Reliability.A, 1,
                        new Bearing(AxisId.X, Side.HIGH), List.of(), null, null))));
        plot = new QuadrantPlot(new QuadrantCanvasViewModel(new ProjectSession(p, null, "warning")));
        RobotFixtures.showPane(stage, new Pane(plot), 600, 460);
    }

    @Test
    void aCompactLabelKeepsItsWarningMarkInsideIt(FxRobot robot) {
        // A plot narrower than full labels need, sized directly so the window's size does not matter.
        robot.interact(() -> {
            plot.setMinSize(500, 380);
            plot.setPrefSize(500, 380);
            plot.setMaxSize(500, 380);
            plot.applyCss();
            plot.layout();
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        PlotLayout layout = plot.plotLayout();
        assertEquals(PlotLayout.Detail.COMPACT, layout.detail(), "a plot this small gets compact labels: " + layout.geometry());
        PlacedSector solar = layout.sector(TestProjects.SOLAR);
        assertTrue(solar.labelled() && solar.compact());
        Text mark = robot.lookup("#card-" + TestProjects.SOLAR + " .card-confidence").queryAs(Text.class);
        assertEquals("\u26A0", mark.getText());
        assertTrue(mark.isVisible());
        Bounds card = robot.lookup("#card-" + TestProjects.SOLAR).query().getLayoutBounds();
        assertTrue(mark.getBoundsInParent().getWidth() > 4, "the mark is drawn at its size");
        Bounds at = mark.getBoundsInParent();
        assertTrue(at.getMinX() >= 0 && at.getMaxX() <= card.getWidth() + 0.5, "the mark lies inside its label: " + at);
    }
}
