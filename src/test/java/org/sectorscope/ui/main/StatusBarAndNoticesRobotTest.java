package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.StubDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's status line (a ControlsFX StatusBar) and the notices that pop up beside it. */
@ExtendWith(ApplicationExtension.class)
class StatusBarAndNoticesRobotTest {
    @TempDir
    static Path home;
    @TempDir
    Path dir;

    private ProjectSession session;
    private ProjectFiles files;
    private StubDialogs dialogs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        var shown = RobotFixtures.showMainWindow(stage, session, home);
        files = shown.files();
        dialogs = shown.dialogs();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        files.close();
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    /** The texts of the notices showing now. */
    private static List<String> notices() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> w.getScene().getRoot().lookup("." + NoticePopups.STYLE)).filter(n -> n != null)
                .map(n -> n.lookupAll(".label").stream().map(l -> ((Label) l).getText()).filter(t -> t != null)
                        .reduce("", (a, b) -> a.isEmpty() ? b : a + " | " + b))
                .toList();
    }

    @Test
    void theStatusLineIsAStatusBarWithTheDocumentsWordsAndTheProjectsCounts(FxRobot robot) {
        StatusBar bar = robot.lookup("#status-bar").queryAs(StatusBar.class);
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        Label summary = robot.lookup("#status-summary").queryAs(Label.class);
        assertTrue(bar.getLeftItems().contains(message));
        assertTrue(bar.getRightItems().contains(summary));
        assertEquals("Ready", message.getText());
        assertEquals("4 sectors, 5 evidence items, 2 policy options", summary.getText());
        assertEquals(0.0, bar.getProgress(), "no work, no progress bar");
        assertTrue(robot.lookup("#status-bar .progress-bar").queryAll().stream().noneMatch(Node::isVisible));
    }

    @Test
    void aSaveIsANoticeThatTakesNoFocusAndSavingAgainSoonAddsNone(FxRobot robot) throws Exception {
        TextField filter = robot.lookup("#sector-filter").queryAs(TextField.class);
        robot.clickOn(filter).write("so");
        robot.interact(() -> session.execute(RenameSectorCommand.of(session.project(), TestProjects.CHIPS, "Chips")));
        Path target = dir.resolve("briefing.sectorscope.json");
        dialogs.saveAnswer = target;

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.isDirty() && !notices().isEmpty());
        assertEquals(List.of("Saved | Saved briefing.sectorscope.json"), notices());
        assertEquals("Saved " + target, robot.lookup("#status-message").queryAs(Label.class).getText(),
                "the status line says it too");
        assertTrue(stage.isFocused(), "the notice took no focus");
        assertSame(filter, stage.getScene().getFocusOwner());
        robot.write("lar");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("solar", filter.getText(), "typing went on where it was");

        robot.interact(() -> session.execute(RenameSectorCommand.of(session.project(), TestProjects.CHIPS, "Chips 2")));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.isDirty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, notices().size(), "a second save within seconds is told by the status line only");
    }
}
