package org.sectorscope.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.AppHome;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.main.FxDialogs;
import org.sectorscope.ui.main.MainWindow;
import org.sectorscope.ui.main.MainWindowViewModel;

/** The JavaFX application: builds the main window and opens the file named on the command line, or the sample. */
public final class SectorscopeApp extends Application {
    private final ProjectFiles files = new ProjectFiles();

    public static void start(String[] args) {
        Application.launch(SectorscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ProjectSession session = new ProjectSession(Project.empty("Untitled project"), null, "Untitled");
        FxDialogs dialogs = new FxDialogs(stage);
        MainWindowViewModel viewModel = new MainWindowViewModel(session, files, new RecentFiles(AppHome.dir()),
                Platform::runLater, dialogs::showError);
        MainWindow window = new MainWindow(viewModel, dialogs);
        window.attach(stage);
        fitToScreen(stage);
        stage.show();

        List<String> args = getParameters().getUnnamed();
        if (args.isEmpty()) {
            viewModel.openSample();
        } else {
            viewModel.open(Path.of(args.get(0)));
        }
    }

    /** A comfortable default size that never exceeds the screen. */
    private static void fitToScreen(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1600, screen.getWidth()));
        stage.setHeight(Math.min(1000, screen.getHeight()));
        stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
    }

    @Override
    public void stop() {
        files.close();
    }
}
