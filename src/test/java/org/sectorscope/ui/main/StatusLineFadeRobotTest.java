package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.StubDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status line says the last action, then fades; the next action brings it back at full strength. */
@ExtendWith(ApplicationExtension.class)
class StatusLineFadeRobotTest {
    @TempDir
    static Path home;

    private ProjectSession session;
    private ProjectFiles files;
    private Label message;

    @Start
    void start(Stage stage) {
        session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        files = new ProjectFiles();
        ProjectDocument document = new ProjectDocument(session, files, new RecentFiles(home), Platform::runLater,
                new StubDialogs());
        BorderPane root = new BorderPane();
        root.setBottom(StatusLine.of(document, new StatusLineViewModel(document.busyProperty()), Duration.millis(400)));
        stage.setScene(new Scene(root, 600, 100));
        stage.show();
        message = (Label) root.lookup("#status-message");
    }

    @AfterEach
    void close() {
        files.close();
    }

    @Test
    void anEditIsSaidThenFadesAndTheNextEditIsSaidAfresh(FxRobot robot) throws Exception {
        robot.interact(() -> session.execute(RenameSectorCommand.of(session.project(), TestProjects.SOLAR, "Solar")));
        assertEquals("Done: Rename Solar PV (Ctrl+Z undoes it)", message.getText());
        assertEquals(1.0, message.getOpacity(), 1e-9);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getOpacity() == 0);

        robot.interact(session::undo);
        assertEquals("Undid Rename Solar PV", message.getText());
        assertEquals(1.0, message.getOpacity(), 1e-9, "a new message shows at full strength");
        robot.interact(session::redo);
        assertEquals("Redid Rename Solar PV", message.getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getOpacity() == 0);
        robot.interact(session::undo);
        robot.interact(session::redo);
        assertEquals("Redid Rename Solar PV", message.getText(), "the same words said again");
        assertEquals(1.0, message.getOpacity(), 1e-9, "show again too");
    }
}
