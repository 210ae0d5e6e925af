package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.store.WindowSettings.Area;
import org.sectorscope.store.WindowSettings;
import org.sectorscope.store.WindowSettingsFile;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.StubDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's dividers: kept in proportion, reset from the View menu, saved and restored. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutRobotTest {
    private static final List<Area> SCREEN = List.of(new Area(0, 0, 1920, 1200));

    @TempDir
    Path home;

    private Stage stage;
    private MainWindow window;
    private ProjectFiles files;
    private Stage extra;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ProjectSession session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        var shown = RobotFixtures.showMainWindow(stage, session, home);
        window = shown.window();
        files = shown.files();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        if (extra != null) {
            robot.interact(extra::close);
        }
        files.close();
    }

    private SplitPane split(String name) {
        return window.paneLayout().split(name);
    }

    private static double position(SplitPane split) {
        return split.getDividerPositions()[0];
    }

    private static Node divider(SplitPane split) {
        return split.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("split-pane-divider")).findFirst().orElseThrow();
    }

    private static double width(Node pane) {
        return pane.getLayoutBounds().getWidth();
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    @Test
    void resetLayoutFromTheViewMenuPutsDraggedDividersBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(5);
        AtomicInteger settled = new AtomicInteger();
        window.paneLayout().setOnSettled(settled::incrementAndGet);
        Bounds b = divider(split("sectors")).localToScreen(divider(split("sectors")).getBoundsInLocal());
        Point2D grab = new Point2D(b.getCenterX(), b.getMinY() + 200);
        robot.drag(grab, MouseButton.PRIMARY).moveBy(250, 0).drop();
        Bounds v = divider(split("options")).localToScreen(divider(split("options")).getBoundsInLocal());
        robot.drag(new Point2D(v.getMinX() + 300, v.getCenterY()), MouseButton.PRIMARY).moveBy(0, -150).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = position(split("sectors"));
        assertTrue(dragged > 0.3, "the drag moved the sectors divider to about (270 + 250) / 1600: " + dragged);
        assertEquals(dragged, window.layout().divider("sectors").get(), 1e-9, "a drag sets the wanted position");
        assertTrue(position(split("options")) < 0.55, "and the options divider up: " + position(split("options")));
        assertEquals(2, settled.get(), "each drag, when let go, is a moment to save the layout");
        robot.interact(() -> split("evidence").setDividerPosition(0, 0.9)); // moved some other way

        robot.clickOn("View").clickOn("Reset Layout");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0.17, position(split("sectors")), 0.002);
        assertEquals(0.66, position(split("options")), 0.002);
        assertEquals(0.64, position(split("evidence")), 0.002);
        assertEquals(0.17 * 1600, width(split("sectors").getItems().get(0)), 4, "the sectors list is 17% wide again");
    }

    @Test
    void dividersKeepTheirProportionsWhenTheWindowShrinksAndGrowsBack(FxRobot robot) {
        resize(robot, 1600, 1000);
        double sectorsWide = width(split("sectors").getItems().get(0));
        double canvasWide = width(split("evidence").getItems().get(0));

        resize(robot, 1024, 700);
        assertEquals(200, width(split("sectors").getItems().get(0)), 1, "the sectors list at its minimum width");
        assertEquals(0.64, position(split("evidence")), 0.002, "the canvas keeps its share of the top row");

        resize(robot, 1600, 1000);
        assertEquals(sectorsWide, width(split("sectors").getItems().get(0)), 2,
                "not the 560 px it used to keep after growing back");
        assertEquals(canvasWide, width(split("evidence").getItems().get(0)), 2);
        assertEquals(0.17, position(split("sectors")), 0.002);
        assertEquals(0.66, position(split("options")), 0.002);
    }

    @Test
    void aNewWindowTakesTheSavedSizePlaceAndDividers(FxRobot robot) throws Exception {
        WindowSettingsFile file = new WindowSettingsFile(home);
        file.save(new WindowSettings(new Area(40, 30, 1280, 720), false,
                Map.of("sectors", List.of(0.25), "options", List.of(0.6), "evidence", List.of(0.55))));
        WindowSettings saved = file.load();
        AtomicReference<MainWindow> second = new AtomicReference<>();
        AtomicReference<WindowMemory> memory = new AtomicReference<>();
        ProjectSession session = new ProjectSession(ProjectStore.loadSample(), null, "s");

        robot.interact(() -> {
            // As the app starts: attach, restore, then show.
            extra = new Stage();
            StubDialogs dialogs = new StubDialogs();
            ProjectDocument document = new ProjectDocument(session, files, new RecentFiles(home), Platform::runLater, dialogs);
            second.set(new MainWindow(document, dialogs));
            second.get().attach(extra, WindowMemory.DEFAULT_WIDTH, WindowMemory.DEFAULT_HEIGHT);
            memory.set(WindowMemory.restore(extra, second.get(), saved, SCREEN));
            extra.show();
        });
        WaitForAsyncUtils.waitForFxEvents(5);

        assertEquals(new Area(40, 30, 1280, 720), new Area(extra.getX(), extra.getY(), extra.getWidth(), extra.getHeight()));
        PaneLayout panes = second.get().paneLayout();
        assertEquals(0.25, position(panes.split("sectors")), 0.002);
        assertEquals(0.60, position(panes.split("options")), 0.002);
        assertEquals(0.55, position(panes.split("evidence")), 0.002);
        assertEquals(0.25 * 1280, width(panes.split("sectors").getItems().get(0)), 4);

        // Closing saves what the window is now.
        robot.interact(() -> {
            memory.get().saveWith(second.get(), settings -> {
                try {
                    file.save(settings);
                } catch (ProjectFileException e) {
                    throw new IllegalStateException(e);
                }
            });
            extra.setWidth(1100);
            second.get().layout().divider("evidence").set(0.5);
            extra.fireEvent(new WindowEvent(extra, WindowEvent.WINDOW_HIDING));
        });
        WindowSettings reread = file.load();
        assertEquals(1100, reread.bounds().width());
        assertEquals(List.of(0.5), reread.dividers().get("evidence"));
        assertEquals(List.of(0.25), reread.dividers().get("sectors"));

        // Reset Layout saves at once too, as a divider drag does when it ends.
        robot.interact(() -> second.get().resetLayout());
        assertEquals(List.of(0.17), file.load().dividers().get("sectors"));
        assertEquals(List.of(0.64), file.load().dividers().get("evidence"));
    }

    @Test
    void aSavedSizeLargerThanTheScreenIsClampedAndAPositionOffScreenIgnored(FxRobot robot) {
        WindowSettings saved = new WindowSettings(new Area(5000, 3000, 2560, 1600), false, Map.of());
        robot.interact(() -> WindowMemory.restore(stage, window, saved, SCREEN));
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(new Area(0, 0, 1920, 1200), new Area(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        assertNotEquals(5000, stage.getX());
    }

    @Test
    void aMissingOrBrokenSettingsFileStartsAtTheDefaults(FxRobot robot) throws Exception {
        Files.writeString(home.resolve(WindowSettingsFile.FILE_NAME), "{ broken");
        WindowSettings saved = new WindowSettingsFile(home).load();
        robot.interact(() -> WindowMemory.restore(stage, window, saved, SCREEN));
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(new Area(160, 100, 1600, 1000), new Area(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        assertEquals(0.17, position(split("sectors")), 0.002);
    }
}
