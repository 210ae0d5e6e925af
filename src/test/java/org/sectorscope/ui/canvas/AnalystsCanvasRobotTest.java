package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.logic.plot.ConsensusMarks;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.AnalystsDemo;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas with three analysts (the screenshot demo), by mouse: Analysts: Consensus puts every sector at
 * its median with the others' ghosts and hulls drawn around it, the legend says so, and a snapshot of the plot
 * is left in target/analysts-consensus.png to look at.
 */
@ExtendWith(ApplicationExtension.class)
class AnalystsCanvasRobotTest {
    private ProjectSession session;
    private QuadrantCanvasViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        session = new ProjectSession(AnalystsDemo.sampleWithTeam(), null, "team.sectorscope.json");
        viewModel = new QuadrantCanvasViewModel(session);
        RobotFixtures.showPane(stage, new QuadrantCanvasView(viewModel), 1400, 1000);
    }

    private static QuadrantPlot plot(FxRobot robot) {
        return robot.lookup("#quadrant-plot").queryAs(QuadrantPlot.class);
    }

    /** How many of the overlay's pixels are drawn on (not transparent). */
    private static int inked(FxRobot robot) {
        AnalystOverlay overlay = robot.lookup("#analyst-overlay").queryAs(AnalystOverlay.class);
        AtomicReference<Integer> count = new AtomicReference<>(0);
        robot.interact(() -> {
            if (overlay.getWidth() == 0) {
                return;
            }
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            WritableImage image = overlay.snapshot(params, null);
            PixelReader px = image.getPixelReader();
            int n = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    n += (px.getArgb(x, y) >>> 24) > 0 ? 1 : 0;
                }
            }
            count.set(n);
        });
        return count.get();
    }

    @Test
    void consensusDrawsEachSectorAtItsMedianWithGhostsOfEveryAnalyst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(10);
        assertEquals(0, inked(robot), "off: nothing but the project's own placements");
        robot.clickOn("#analyst-view");
        robot.clickOn("Consensus (median of 3 analysts)");
        WaitForAsyncUtils.waitForFxEvents(10);

        Label legend = robot.lookup("#analyst-legend").queryAs(Label.class);
        assertTrue(legend.getText().startsWith("Consensus of 3 analysts (median). Ghosts: SA = Sample analyst"
                + " (Sectorscope), LW = Lin Wei, NO = Ngozi Okafor"), legend.getText());
        assertTrue(inked(robot) > 500, "hulls and ghosts are drawn");

        Project p = session.project();
        QuadrantPlot plot = plot(robot);
        List<ConsensusMarks> marks = viewModel.analysts().marks(plot.geometry());
        assertTrue(marks.size() >= 10, "most sectors have more than one analyst");
        for (ConsensusMarks m : marks) {
            PlacedSector s = plot.plotLayout().sector(m.sectorId());
            // the figure never lies: the marker is at the median, in the quadrant the median gives
            assertEquals(m.median().x(), s.markerX(), 1e-6, m.sectorId());
            assertEquals(m.median().y(), s.markerY(), 1e-6, m.sectorId());
            assertEquals(p.framework().quadrantOf(s.mark().position()), s.location().quadrant());
            assertTrue(!s.mark().byReport(), "a median is the analysts', never the report's");
        }
        save(robot, plot, Path.of("target", "analysts-consensus.png"));

        robot.clickOn("#analyst-view");
        robot.clickOn("Lin Wei alone");
        WaitForAsyncUtils.waitForFxEvents(10);
        assertEquals(0, inked(robot), "one analyst alone: their placements are the markers, no ghosts");
        assertTrue(legend.getText().contains("1 of a sector this project lacks, not drawn: "
                + AnalystsDemo.LACKING), legend.getText());
    }

    private static void save(FxRobot robot, QuadrantPlot plot, Path file) throws Exception {
        AtomicReference<BufferedImage> out = new AtomicReference<>();
        robot.interact(() -> {
            WritableImage image = plot.snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    b.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            out.set(b);
        });
        Files.createDirectories(file.getParent());
        ImageIO.write(out.get(), "png", file.toFile());
    }
}
