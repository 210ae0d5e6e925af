package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.logic.plot.Box;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The figure on screen never lies, through the sizes a person resizes the main window to: after each
 * step every card node lies inside the quadrant its sector's position gives (straddling its line when it
 * is on one), every marker too, and selecting a card moves no other.
 */
@ExtendWith(ApplicationExtension.class)
class FigureTruthRobotTest {
    @TempDir
    static Path home;

    private ProjectSession session;
    private RobotFixtures.MainWindowUnderTest shown;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Project sample = ProjectStore.loadSample();
        session = new ProjectSession(sample, null, "sample.sectorscope.json");
        shown = RobotFixtures.showMainWindow(stage, session, home);
    }

    @AfterEach
    void tearDown() {
        shown.files().close();
    }

    private QuadrantPlot plot(FxRobot robot) {
        return robot.lookup("#quadrant-plot").queryAs(QuadrantPlot.class);
    }

    private void resize(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    @Test
    void everyCardStaysInItsQuadrantThroughResizesAndSelectingMovesNoOtherCard(FxRobot robot) {
        int[][] sizes = {{1600, 1000}, {1024, 700}, {1280, 720}, {1600, 1000}};
        for (int[] size : sizes) {
            resize(robot, size[0], size[1]);
            String at = size[0] + "x" + size[1];
            int cards = checkCards(robot, at);
            assertTrue(cards >= 10, at + ": most of the sample's sectors keep a card, found " + cards);
            Label title = robot.lookup("#quadrant-canvas .pane-title").queryAs(Label.class);
            assertTrue(title.isVisible() && title.getWidth() >= title.prefWidth(-1) - 0.5,
                    at + ": the canvas's title reads whole");
            for (String box : new String[] {"#marker-color", "#marker-size"}) {
                Region choice = robot.lookup(box).queryAs(Region.class);
                assertTrue(choice.isVisible() && choice.getWidth() >= choice.prefWidth(-1) - 0.5,
                        at + ": the marker choice " + box + " reads whole");
            }

            Map<String, Bounds> before = cardBounds(robot);
            String picked = before.keySet().stream().sorted().findFirst().orElseThrow();
            robot.clickOn(robot.lookup("#" + picked).queryAs(Node.class));
            WaitForAsyncUtils.waitForFxEvents(5);
            assertEquals(Set.of(picked.substring("card-".length())), session.selection().sectorIds(), at);
            Map<String, Bounds> after = cardBounds(robot);
            assertEquals(checkCards(robot, at + ", selected"), cards, "selecting adds or drops no card");
            before.remove(picked); // its own border thickens; its box is the layout's as before
            after.remove(picked);
            assertEquals(before, after, at + ": selecting " + picked + " moved no other card");
            robot.interact(() -> session.selection().selectSector(null));
        }
        // Zoomed in and out, the plot changes size: the same rules hold.
        QuadrantCanvasView canvas = robot.lookup("#quadrant-canvas").queryAs(QuadrantCanvasView.class);
        for (String key : new String[] {"#zoom-in", "#zoom-in", "#zoom-in", "#zoom-100", "#zoom-out", "#zoom-out"}) {
            robot.clickOn(key);
            WaitForAsyncUtils.waitForFxEvents(5);
            String at = "zoomed (" + robot.lookup("#zoom-level").queryAs(Label.class).getText() + ")";
            assertTrue(checkCards(robot, at) >= 1, at + ": some labels");
        }
        robot.clickOn("#zoom-fit");
        assertTrue(canvas.geometry() != null);
    }

    /** Checks every card node and marker against its sector's quadrant; returns how many cards there are. */
    private int checkCards(FxRobot robot, String at) {
        QuadrantPlot plot = plot(robot);
        PlotLayout layout = plot.plotLayout();
        PlotGeometry g = plot.geometry();
        Project p = session.project();
        int cards = 0;
        for (Sector s : p.sectors()) {
            PlotLocation loc = PlotLocation.of(p.framework(), s.position());
            Box area = PlotLayout.cells(loc, g);
            PlacedSector placed = layout.sector(s.id());
            assertTrue(area.contains(placed.markerBox()), at + ": " + s.name() + "'s marker leaves " + loc.label());
            Node card = robot.lookup("#card-" + s.id()).tryQuery().orElse(null);
            if (card == null) {
                assertFalse(placed.labelled(), at + ": " + s.name() + " has a label but no card");
                continue;
            }
            cards++;
            Bounds b = card.getBoundsInParent();
            Box shownBox = new Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
            assertTrue(new Box(area.x() - 0.5, area.y() - 0.5, area.w() + 1, area.h() + 1).contains(shownBox),
                    at + ": " + s.name() + "'s card " + shownBox + " leaves " + loc.label() + " " + area);
            if (loc.horizontal()) {
                assertTrue(b.getMinY() < g.centerY() && b.getMaxY() > g.centerY(), at + ": " + s.name() + " straddles its line");
            }
            if (loc.vertical()) {
                assertTrue(b.getMinX() < g.centerX() && b.getMaxX() > g.centerX(), at + ": " + s.name() + " straddles its line");
            }
        }
        return cards;
    }

    private Map<String, Bounds> cardBounds(FxRobot robot) {
        Map<String, Bounds> out = new HashMap<>();
        robot.lookup(".sector-card").queryAll().forEach(n -> out.put(n.getId(), n.getBoundsInParent()));
        return out;
    }
}
