package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * Selecting thousands rings them on another thread: once shown the rings are a whole redraw's, and a move
 * made while they are being composed wins (the rings are then drawn where the markers now are).
 */
@ExtendWith(ApplicationExtension.class)
class MarkerLayerRobotTest {
    @TempDir
    static Path home;

    private ProjectSession session;
    private RobotFixtures.MainWindowUnderTest shown;

    @Start
    void start(Stage stage) {
        session = new ProjectSession(TestProjects.random(21, 3_000), null, "crowded.sectorscope.json");
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

    @Test
    void selectingAllRingsEverySectorAsAWholeRedrawWould(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        MarkerLayer rings = robot.lookup("#selected-markers").queryAs(MarkerLayer.class);
        QuadrantPlot plot = robot.lookup("#quadrant-plot").queryAs(QuadrantPlot.class);
        AtomicBoolean apart = new AtomicBoolean();
        robot.interact(() -> {
            session.selection().selectSectors(placedIds());
            apart.set(rings.composing());
        });
        assertTrue(placedIds().size() > MarkerLayer.COMPOSED_APART_FROM, "enough sectors to compose apart");
        assertTrue(apart.get(), "thousands of rings are composed off the FX thread");
        awaitComposed(rings);
        assertArrayEquals(wholeRedraw(robot, plot), pixels(robot, rings), "the rings shown are a whole redraw's");
    }

    @Test
    void aMoveWhileRingsAreComposedIsDrawnWhereTheMarkerWent(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(5);
        MarkerLayer rings = robot.lookup("#selected-markers").queryAs(MarkerLayer.class);
        QuadrantPlot plot = robot.lookup("#quadrant-plot").queryAs(QuadrantPlot.class);
        Sector s = session.project().sectors().stream().filter(Sector::isPlaced).findFirst().orElseThrow();
        Position to = new Position(-s.position().x(), -s.position().y()); // into the opposite quadrant
        List<Runnable> heldBack = new ArrayList<>();
        robot.interact(() -> {
            rings.composeWith(heldBack::add);
            session.selection().selectSectors(placedIds());
            session.execute(MoveSectorsCommand.of(session.project(), Map.of(s.id(), to), Clock.systemUTC()));
        });
        WaitForAsyncUtils.waitForFxEvents(5); // the plot lays out the move, while the rings before it wait
        assertFalse(heldBack.isEmpty(), "the rings of the whole selection were being composed apart");
        // The newest first: the rings composed for the layout before the move finish last, too late to be shown.
        for (int i = heldBack.size() - 1; i >= 0; i--) {
            heldBack.get(i).run();
            WaitForAsyncUtils.waitForFxEvents(2);
        }
        awaitComposed(rings);
        WaitForAsyncUtils.waitForFxEvents(5);
        int[] shownPixels = pixels(robot, rings);
        assertArrayEquals(wholeRedraw(robot, plot), shownPixels, "the rings shown are the current layout's");
        AtomicReference<int[]> at = new AtomicReference<>();
        robot.interact(() -> {
            PlacedSector p = plot.plotLayout().sector(s.id());
            at.set(new int[] {(int) (p.markerX() - rings.getLayoutX()), (int) (p.markerY() - rings.getLayoutY()),
                    (int) rings.getImage().getWidth()});
        });
        int centre = shownPixels[at.get()[1] * at.get()[2] + at.get()[0]];
        assertNotEquals(0, centre >>> 24, "the moved sector is ringed where it went");
        assertEquals(to, session.project().sector(s.id()).orElseThrow().position(), "the move was made");
    }

    private List<String> placedIds() {
        return session.project().sectors().stream().filter(Sector::isPlaced).map(Sector::id).toList();
    }

    private static void awaitComposed(MarkerLayer layer) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !layer.composing()).get());
        WaitForAsyncUtils.waitForFxEvents(2);
        assertFalse(WaitForAsyncUtils.asyncFx(layer::composing).get(), "the rings were composed and shown");
    }

    /** A highlight layer of the whole selection, drawn afresh from the plot's current layout. */
    private int[] wholeRedraw(FxRobot robot, QuadrantPlot plot) throws Exception {
        AtomicReference<MarkerLayer> fresh = new AtomicReference<>();
        robot.interact(() -> {
            MarkerLayer whole = new MarkerLayer(true);
            whole.draw(plot.plotLayout(), plot.getWidth(), plot.getHeight(), Set.of(), Set.copyOf(placedIds()));
            fresh.set(whole);
        });
        awaitComposed(fresh.get());
        return pixels(robot, fresh.get());
    }

    private static int[] pixels(FxRobot robot, MarkerLayer layer) {
        AtomicReference<int[]> argb = new AtomicReference<>();
        robot.interact(() -> {
            Image image = layer.getImage();
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] px = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), px, 0, w);
            argb.set(px);
        });
        return argb.get();
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
        return argb;
    }
}
