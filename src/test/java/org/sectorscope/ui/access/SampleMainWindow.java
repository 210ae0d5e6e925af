package org.sectorscope.ui.access;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.main.MainWindow;
import org.testfx.api.FxRobot;

/** The main window on the sample project, as the accessibility tests look at it, and its tidying up. */
final class SampleMainWindow {
    final Stage stage;
    final ProjectSession session;
    final MainWindow window;
    private final ProjectFiles files;

    SampleMainWindow(Stage stage, Path home) throws Exception {
        this.stage = stage;
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        var shown = RobotFixtures.showMainWindow(stage, session, home);
        files = shown.files();
        window = shown.window();
    }

    /** The main window, then every window and form it opens. */
    WindowTour tour(FxRobot robot) {
        return new WindowTour(robot, stage, window.root(), session);
    }

    /** Closes what a test opened, even after a failure, and lets go of the files. */
    void close(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
        files.close();
    }
}
