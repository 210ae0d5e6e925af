package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.ui.RobotFixtures.centreOnScreen;
import static org.sectorscope.ui.RobotFixtures.listItem;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.AddSectorCommand;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Position;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.canvas.QuadrantCanvasView;
import org.sectorscope.ui.sectors.SectorItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drag-and-drop from the Sectors list onto the canvas, a real platform drag. It runs in a JVM of its
 * own (see the surefire executions in the pom): Monocle's drag-and-drop keeps pointer state across
 * windows, and windows left by other robot test classes in the same JVM break it.
 */
@ExtendWith(ApplicationExtension.class)
class ListToCanvasDragRobotTest {
    @TempDir
    static Path home;

    private ProjectSession session;
    private ProjectFiles files;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
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
    void draggingAnUnplacedSectorFromTheListPlacesItOnTheCanvas(FxRobot robot) {
        Sector unplaced = new Sector("quantum", "Quantum computing", Driver.MIXED, null, null, null, List.of(), null);
        robot.interact(() -> session.execute(new AddSectorCommand(unplaced)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", listItem(robot, "quantum").quadrantLetter(), "not placed yet");
        assertTrue(robot.lookup("#card-quantum").tryQuery().isEmpty(), "no card on the canvas yet");

        ListView<SectorItem> list = robot.lookup("#sector-list").queryListView();
        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        dragToCanvas(robot, row(robot, "quantum"), 0.5, -0.5);

        Sector placed = session.project().sector("quantum").orElseThrow();
        assertTrue(placed.isPlaced(), "the drop placed it");
        assertEquals(0.5, placed.position().x(), 0.02);
        assertEquals(-0.5, placed.position().y(), 0.02);
        assertEquals("D", listItem(robot, "quantum").quadrantLetter());
        assertEquals(1, placed.history().size());
        assertEquals(null, placed.history().get(0).fromQuadrant(), "a first placement comes from nowhere");
        assertEquals("Place Quantum computing", session.undoTextProperty().get().replace("Undo ", ""));
        robot.interact(session::undo);
        assertFalse(session.project().sector("quantum").orElseThrow().isPlaced());
    }

    @Test
    void withSeveralSelectedADragMovesTheOneRowDraggedAndSelectsIt(FxRobot robot) {
        Position internet = session.project().sector("internet-services").orElseThrow().position();
        robot.interact(() -> session.selection().selectSectors(List.of("internet-services", "commercial-aircraft")));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<SectorItem> list = robot.lookup("#sector-list").queryListView();
        assertEquals(2, list.getSelectionModel().getSelectedItems().size(), "both rows show selected");

        dragToCanvas(robot, row(robot, "commercial-aircraft"), 0.5, -0.5);

        Sector aircraft = session.project().sector("commercial-aircraft").orElseThrow();
        assertEquals(0.5, aircraft.position().x(), 0.02);
        assertEquals(-0.5, aircraft.position().y(), 0.02);
        assertEquals(internet, session.project().sector("internet-services").orElseThrow().position(),
                "the other selected sector stays: a drop lands one sector on one point");
        assertEquals(Set.of("commercial-aircraft"), Set.copyOf(session.selection().sectorIds()));
        assertEquals(List.of("commercial-aircraft"),
                list.getSelectionModel().getSelectedItems().stream().map(SectorItem::id).toList());
    }

    private static Node row(FxRobot robot, String id) {
        return robot.lookup("#sector-list .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof SectorItem i && i.id().equals(id))
                .findFirst().orElseThrow();
    }

    /** Drags a row onto the canvas at a framework position. */
    private static void dragToCanvas(FxRobot robot, Node cell, double x, double y) {
        QuadrantCanvasView canvas = robot.lookup("#quadrant-canvas").query();
        var g = canvas.geometry();
        Point2D target = canvas.plot().localToScreen(g.toPixelX(x), g.toPixelY(y));

        // Step by step, as a hand does: press, move far enough to start the drag, travel, release.
        Point2D from = centreOnScreen(cell);
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i <= 4; i++) {
            robot.moveTo(new Point2D(from.getX() + 4 * i, from.getY()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        for (int i = 1; i <= 10; i++) {
            robot.moveTo(new Point2D(from.getX() + 16 + (target.getX() - from.getX() - 16) * i / 10,
                    from.getY() + (target.getY() - from.getY()) * i / 10));
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
