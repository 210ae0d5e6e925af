package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.model.Position;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The markers on screen after moves and undos, redrawn only where they changed, are exactly the markers
 * of a whole redraw of the current layout: no marker left at a place its sector has left, none missing.
 */
@ExtendWith(ApplicationExtension.class)
class MarkerLayerRobotTest {
    @TempDir
    static Path home;

    private ProjectSession session;
    private RobotFixtures.MainWindowUnderTest shown;

    @Start
    void start(Stage stage) {
        session = new ProjectSession(TestProjects.random(21, 400), null, "crowded.sectorscope.json");
        shown = RobotFixtures.showMainWindow(stage, session, home);
    }

    @AfterEach
    void tearDown() {
        shown.files().close();
    }

    @Test
    void afterMovesAndUndosTheScreenHoldsAWholeRedraw(FxRobot robot) {
        Random random = new Random(4);
        WaitForAsyncUtils.waitForFxEvents(5);
        for (int step = 0; step < 8; step++) {
            String moved;
            if (step % 3 == 2) {
                robot.interact(session::undo);
                moved = null;
            } else {
                List<Sector> placed = session.project().sectors().stream().filter(Sector::isPlaced).toList();
                Sector s = placed.get(random.nextInt(placed.size()));
                Position to = new Position(-s.position().x(), random.nextDouble() * 1.8 - 0.9); // across a line
                robot.interact(() -> session.execute(MoveSectorsCommand.of(session.project(), Map.of(s.id(), to),
                        Clock.systemUTC())));
                moved = s.id();
            }
            WaitForAsyncUtils.waitForFxEvents(5);
            QuadrantPlot plot = robot.lookup("#quadrant-plot").queryAs(QuadrantPlot.class);
            ImageView onScreen = robot.lookup("#markers").queryAs(ImageView.class);
            AtomicReference<int[]> expected = new AtomicReference<>();
            AtomicReference<int[]> actual = new AtomicReference<>();
            AtomicReference<int[]> centre = new AtomicReference<>();
            robot.interact(() -> {
                MarkerLayer whole = new MarkerLayer(false);
                whole.draw(plot.plotLayout(), plot.getWidth(), plot.getHeight(), Set.of(), null);
                expected.set(pixels(whole.getImage()));
                actual.set(pixels(onScreen.getImage()));
                if (moved != null) {
                    PlacedSector p = plot.plotLayout().sector(moved);
                    int w = (int) onScreen.getImage().getWidth();
                    centre.set(new int[] {actual.get()[(int) p.markerY() * w + (int) p.markerX()]});
                }
            });
            assertArrayEquals(expected.get(), actual.get(), "step " + step + ": the screen's markers are a whole redraw's");
            if (centre.get() != null) {
                assertNotEquals(0, centre.get()[0] >>> 24, "step " + step + ": the moved marker is drawn where it went");
            }
        }
        assertTrue(session.canUndoProperty().get(), "the moves are in the history");
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
        return argb;
    }
}
