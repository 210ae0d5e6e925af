package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Exporter;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.WindowSettings;
import org.sectorscope.store.WindowSettingsFile;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.common.AppLook;
import org.sectorscope.ui.common.WindowSetup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The View menu: theme, text size, panes shown, Reset Layout, all remembered; exports never take the theme. */
@ExtendWith(ApplicationExtension.class)
class ViewMenuRobotTest {
    @TempDir
    Path home;

    private Stage stage;
    private MainWindow window;
    private ProjectFiles files;
    private Project project;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        project = ProjectStore.loadSample();
        var shown = RobotFixtures.showMainWindow(stage, new ProjectSession(project, null, "sample.sectorscope.json"), home);
        window = shown.window();
        files = shown.files();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            AppLook.setTheme(AppLook.Theme.LIGHT);
            AppLook.setTextScale(100);
        });
        RobotFixtures.hideOtherWindows(robot, stage);
        files.close();
    }

    private static Paint background(Node node) {
        return ((Region) node).getBackground().getFills().get(0).getFill();
    }

    /** View > {@code submenu} > {@code item}, clicked as a person would. */
    private static void choose(FxRobot robot, String submenu, String item) {
        robot.clickOn("#menu-view");
        Node sub = onScreen(robot, submenu);
        robot.clickOn(sub);
        // Across into the submenu on the submenu's row first: a straight line to the item would cross the
        // next row of the menu and close the submenu.
        Node target = onScreen(robot, item);
        Bounds from = sub.localToScreen(sub.getBoundsInLocal());
        Bounds to = target.localToScreen(target.getBoundsInLocal());
        robot.moveTo(new Point2D(to.getMinX() + 10, from.getCenterY()));
        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The label reading {@code text} in a window that is showing (a menu's popups are made before they show). */
    private static Node onScreen(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.isVisible()).query();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private SplitPane split(String name) {
        return window.paneLayout().split(name);
    }

    @Test
    void theDarkThemeFromTheMenuChangesTheStylesheetAndTheColoursAndLightBringsThemBack(FxRobot robot) {
        Node statusBar = robot.lookup("#status-bar").query();
        Node menuBar = robot.lookup(".menu-bar").query();
        Paint lightStatus = background(statusBar);
        Paint lightMenu = background(menuBar);
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());

        choose(robot, "Theme", "Dark");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertNotEquals(lightStatus, background(statusBar), "the status bar follows the theme");
        assertNotEquals(lightMenu, background(menuBar), "so does the menu bar");
        assertTrue(luminance(background(statusBar)) < 0.2, "dark: " + background(statusBar));
        assertTrue(((javafx.scene.control.RadioMenuItem) menuItem(robot, "menu-theme-dark")).isSelected());

        choose(robot, "Theme", "Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lightStatus, background(statusBar));
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
    }

    private static double luminance(Paint paint) {
        javafx.scene.paint.Color c = (javafx.scene.paint.Color) paint;
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void textSizeScalesEveryWindowsTextAlsoOneAlreadyOpen(FxRobot robot) {
        Label title = robot.lookup(".pane-title").queryAs(Label.class);
        Label evidenceCount = robot.lookup(".evidence-count").queryAs(Label.class);
        assertEquals(12, title.getFont().getSize(), 0.1, "a pane title is 12 px at 100%");
        assertEquals(11, evidenceCount.getFont().getSize(), 0.1);
        Label other = new Label("another window");
        robot.interact(() -> {
            Stage extra = new Stage();
            WindowSetup.initStage(extra, stage, "Other", new Scene(new StackPane(other), 200, 100));
            extra.show();
        });
        assertEquals(13, other.getFont().getSize(), 0.1);
        Label inDialog = new Label("in a dialog");
        robot.interact(() -> {
            javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
            WindowSetup.initDialog(dialog, stage);
            dialog.initModality(javafx.stage.Modality.NONE); // the menu stays reachable
            dialog.getDialogPane().setContent(inDialog);
            dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
            dialog.show();
        });
        assertEquals(13, inDialog.getFont().getSize(), 0.1);

        choose(robot, "Text Size", "150%");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(150, AppLook.textScale());
        assertEquals(18, title.getFont().getSize(), 0.1, "12 px at 150%");
        assertEquals(16.5, evidenceCount.getFont().getSize(), 0.1, "11 px at 150%");
        assertEquals(19.5, other.getFont().getSize(), 0.1, "a window open before the change follows it");
        assertEquals(19.5, inDialog.getFont().getSize(), 0.1, "and so does an open dialog");
    }

    @Test
    void panesHideFromTheMenuAndResetLayoutBringsThemAndTheDividersBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(5);
        Node sectorsDivider = split("sectors").getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("split-pane-divider")).findFirst().orElseThrow();
        Bounds b = sectorsDivider.localToScreen(sectorsDivider.getBoundsInLocal());
        robot.drag(new Point2D(b.getCenterX(), b.getMinY() + 200), MouseButton.PRIMARY).moveBy(200, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = split("sectors").getDividerPositions()[0];
        assertTrue(dragged > 0.25, "dragged: " + dragged);
        Node canvas = split("evidence").getItems().get(0);
        double canvasWide = canvas.getLayoutBounds().getWidth();

        robot.clickOn("#menu-view").clickOn("#menu-show-evidence-pane");
        WaitForAsyncUtils.waitForFxEvents(5);

        assertEquals(List.of(canvas), split("evidence").getItems(), "the evidence pane left its split");
        assertTrue(canvas.getLayoutBounds().getWidth() > canvasWide + 200, "the canvas takes its room");
        assertEquals(dragged, split("sectors").getDividerPositions()[0], 0.002, "the other dividers stay");
        assertTrue(robot.lookup("#evidence-view").tryQuery().isEmpty(), "and is not in the window");

        robot.clickOn("#menu-view").clickOn("#menu-reset-layout");
        WaitForAsyncUtils.waitForFxEvents(5);

        assertEquals(2, split("evidence").getItems().size(), "Reset Layout shows every pane again");
        assertEquals(0.17, split("sectors").getDividerPositions()[0], 0.002);
        assertEquals(0.66, split("options").getDividerPositions()[0], 0.002);
        assertEquals(0.64, split("evidence").getDividerPositions()[0], 0.002);
        assertEquals(Set.of(), window.layout().hiddenPanes());
    }

    @Test
    void theLastPaneShownCannotBeHidden(FxRobot robot) {
        robot.interact(() -> {
            window.layout().shown("sectors").set(false);
            window.layout().shown("canvas").set(false);
            window.layout().shown("evidence").set(false);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(1, split("sectors").getItems().size());
        assertEquals(List.of(split("options")), split("sectors").getItems(), "only the options' split is left");
        assertEquals(1, split("options").getItems().size());
        MenuItem options = menuItem(robot, "menu-show-options-pane");
        assertTrue(options.isDisable(), "its item is off");
        assertTrue(((javafx.scene.control.CheckMenuItem) options).isSelected());
        assertFalse(menuItem(robot, "menu-show-canvas-pane").isDisable());
    }

    @Test
    void choicesAreSavedAtOnceAndANewStartTakesThemBack(FxRobot robot) throws Exception {
        WindowSettingsFile file = new WindowSettingsFile(home.resolve("config"));
        robot.interact(() -> WindowMemory.restore(stage, window, WindowSettings.DEFAULTS,
                List.of(new WindowSettings.Area(0, 0, 1920, 1200))).saveWith(window, settings -> {
                    try {
                        file.save(settings);
                    } catch (ProjectFileException e) {
                        throw new IllegalStateException(e);
                    }
                }));

        choose(robot, "Theme", "Dark");
        choose(robot, "Text Size", "125%");
        robot.clickOn("#menu-view").clickOn("#menu-show-options-pane");
        WaitForAsyncUtils.waitForFxEvents(5);

        WindowSettings saved = file.load();
        assertEquals(List.of("dark", 125, Set.of("options")), List.of(saved.theme(), saved.textScale(),
                saved.hiddenPanes()));

        robot.interact(() -> {
            AppLook.setTheme(AppLook.Theme.LIGHT);
            window.view().restore(WindowSettings.DEFAULTS);
        });
        assertEquals(Set.of(), window.layout().hiddenPanes());
        robot.interact(() -> WindowMemory.restore(stage, window, saved, List.of(new WindowSettings.Area(0, 0, 1920, 1200))));
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(125, AppLook.textScale());
        assertEquals(Set.of("options"), window.layout().hiddenPanes());
        assertEquals(1, split("options").getItems().size());
    }

    @Test
    void anExportMadeInTheDarkThemeIsTheSameAsOneMadeInTheLight(FxRobot robot) throws Exception {
        ExportRequest request = ExportRequest.defaults(project, ExportRequest.Format.PNG)
                .withDate(LocalDate.of(2024, 5, 1));
        Path light = home.resolve("light.png");
        Exporter.export(project, request, light);

        choose(robot, "Theme", "Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AppLook.Theme.DARK, AppLook.theme());
        Path dark = home.resolve("dark.png");
        Exporter.export(project, request, dark);

        assertArrayEquals(Files.readAllBytes(light), Files.readAllBytes(dark),
                "exports keep their print look whatever the theme");
        assertTrue(Files.size(dark) > 10_000);
    }
}
