package org.sectorscope.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.common.WindowSetup;
import org.sectorscope.ui.main.MainWindow;
import org.sectorscope.ui.sectors.SectorItem;
import org.testfx.api.FxRobot;

/** What robot tests share: showing the main window or one pane, and finding things on screen. */
public final class RobotFixtures {
    private RobotFixtures() {
    }

    /** The main window as the app builds it, on {@code session}, with scripted dialogs. */
    public record MainWindowUnderTest(MainWindow window, ProjectFiles files, StubDialogs dialogs) {
    }

    public static MainWindowUnderTest showMainWindow(Stage stage, ProjectSession session, Path home) {
        ProjectFiles files = new ProjectFiles();
        StubDialogs dialogs = new StubDialogs();
        ProjectDocument document = new ProjectDocument(session, files, new RecentFiles(home), Platform::runLater, dialogs);
        MainWindow window = new MainWindow(document, dialogs);
        window.attach(stage, 1600, 1000);
        size(stage, 1600, 1000);
        stage.show();
        return new MainWindowUnderTest(window, files, dialogs);
    }

    /** One pane alone in a window, with the app's stylesheet. */
    public static void showPane(Stage stage, Parent pane, double width, double height) {
        Scene scene = new Scene(pane, width, height);
        WindowSetup.addStylesheets(scene.getStylesheets());
        stage.setScene(scene);
        size(stage, width, height);
        stage.show();
    }

    /** A bare owner window for a dialog under test: sized, in the screen's corner, other windows hidden. */
    public static void showOwner(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("owner")), 400, 300));
        size(stage, 400, 300);
        stage.show();
    }

    /** Hides every window but {@code stage}: a failed test must not leave a modal dialog open for the next. */
    public static void hideOtherWindows(FxRobot robot, Stage stage) {
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != stage).forEach(Window::hide));
    }

    /**
     * The stage is shared between robot test classes, which may have sized or moved it; size it and put
     * it in the screen's corner so every pane is on the (1920x1200) screen.
     */
    private static void size(Stage stage, double width, double height) {
        // A dialog left open by an earlier class would take the keyboard from this window.
        new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(0);
        stage.setY(0);
    }

    public static Point2D centreOnScreen(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** The Sectors pane's item for a sector. */
    public static SectorItem listItem(FxRobot robot, String id) {
        ListView<SectorItem> list = robot.lookup("#sector-list").queryListView();
        return list.getItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
