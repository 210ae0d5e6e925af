package org.sectorscope.ui.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.logic.Editions;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.canvas.QuadrantCanvasView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15 in the main window: take a snapshot from the Edition menu, drag a sector across a dividing
 * line, compare with the snapshot, and see the trail on the canvas and the quadrant change in What moved.
 */
@ExtendWith(ApplicationExtension.class)
class EditionsRobotTest {
    private static final String SC = "semiconductors"; // D (0.65, -0.7) in the sample

    @TempDir
    static Path home;

    private ProjectSession session;
    private ProjectFiles files;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Project sample = ProjectStore.loadSample();
        session = new ProjectSession(sample, null, "sample.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        RobotFixtures.hideOtherWindows(robot, stage);
        files.close();
    }

    @Test
    void aSnapshotThenADragAcrossALineShowsATrailAndTheQuadrantChangeInWhatMoved(FxRobot robot) {
        assertEquals(List.of("CSIS 2020 (report)"), names(), "the sample ships with the report's edition");
        robot.clickOn("#menu-edition").clickOn("#menu-take-snapshot");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER); // the offered name
        WaitForAsyncUtils.waitForFxEvents();
        String offered = Editions.defaultName(LocalDate.now(ZoneOffset.UTC));
        assertEquals(List.of("CSIS 2020 (report)", offered), names());
        Edition snapshot = session.project().teamwork().editions().get(1);

        QuadrantCanvasView canvas = robot.lookup("#quadrant-canvas").query();
        PlotGeometry g = canvas.geometry();
        var was = session.project().sector(SC).orElseThrow().position();
        Point2D from = canvas.plot().localToScreen(g.toPixelX(was.x()), g.toPixelY(was.y()));
        Point2D to = canvas.plot().localToScreen(g.toPixelX(-0.45), g.toPixelY(-0.6));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.project().sector(SC).orElseThrow().position().x() < 0, "moved across the vertical line");
        robot.write("SMIC 7 nm volume");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#menu-edition").clickOn("#menu-what-moved");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<Edition> fromBox = robot.lookup("#what-moved-from").query();
        robot.interact(() -> fromBox.setValue(snapshot));
        robot.clickOn("#what-moved-compare");
        WaitForAsyncUtils.waitForFxEvents();

        // The trails bar takes room under the plot, so the plot may have been scaled since the drag.
        g = canvas.geometry();
        Group trail = robot.lookup("#trail-" + SC).query();
        assertTrue(trail.getStyleClass().contains("trail-quadrant-change"), "a quadrant change is emphasised");
        Line shaft = (Line) trail.getChildren().stream().filter(Line.class::isInstance).findFirst().orElseThrow();
        assertEquals(g.toPixelX(was.x()), shaft.getStartX(), 1e-9, "the trail starts at the snapshot's position");
        assertEquals(g.toPixelY(was.y()), shaft.getStartY(), 1e-9);
        var now = session.project().sector(SC).orElseThrow().position();
        double cx = g.toPixelX(now.x());
        double cy = g.toPixelY(now.y());
        Polygon head = (Polygon) trail.getChildren().stream().filter(Polygon.class::isInstance).findFirst().orElseThrow();
        double tipX = head.getPoints().get(0);
        double tipY = head.getPoints().get(1);
        double cross = (tipX - shaft.getStartX()) * (cy - shaft.getStartY()) - (tipY - shaft.getStartY()) * (cx - shaft.getStartX());
        assertEquals(0, cross, 1e-6, "the arrow points at the sector's current marker");
        double gap = Math.hypot(cx - tipX, cy - tipY);
        assertTrue(gap > 3 && gap < 12, "and ends at the marker's edge, " + gap + " px from its centre");
        ListView<WhatMovedViewModel.Entry> list = robot.lookup("#what-moved-list").query();
        assertEquals(1, list.getItems().size(), list.getItems().toString());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals("Semiconductors: D -> B on " + today + ", \"SMIC 7 nm volume\"", list.getItems().get(0).text());
        robot.interact(() -> list.getSelectionModel().select(0));
        assertEquals(SC, session.selection().sectorIdProperty().get(), "choosing the line selects the sector");
    }

    private List<String> names() {
        return session.project().teamwork().editions().stream().map(Edition::name).toList();
    }
}
