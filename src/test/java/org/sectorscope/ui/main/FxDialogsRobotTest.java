package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.session.Dialogs.LockChoice;
import org.sectorscope.ui.sources.SourceQuestions.OpenChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.sectorscope.ui.RobotFixtures;

/**
 * The real alerts answered from the keyboard, as an analyst in a hurry would: Enter takes the default,
 * Esc cancels. Issue 12, point 15 (a stale lock defaults to Take Over) and point 10 (an "Open source"
 * confirmation defaults to Cancel).
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogsRobotTest {
    private Stage stage;
    private FxDialogs dialogs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        RobotFixtures.showOwner(stage);
        dialogs = new FxDialogs(stage, null);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    /** Asks on the FX thread (the alert runs its own loop), presses {@code key} in it, returns the answer. */
    private <T> T answer(FxRobot robot, Supplier<T> ask, KeyCode key, List<String> buttons) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ask.get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> pane.getButtonTypes().forEach(t -> buttons.add(t.getText()
                + (((Button) pane.lookupButton(t)).isDefaultButton() ? " (default)" : ""))));
        robot.targetWindow(pane.getScene().getWindow());
        robot.press(key).release(key);
        return answer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aStaleLockTakesOverOnEnterAndCancelsOnEsc(FxRobot robot) throws Exception {
        List<String> buttons = new ArrayList<>();
        assertEquals(LockChoice.TAKE_OVER, answer(robot, () -> dialogs.askLocked("p.sectorscope.json",
                "Sectorscope (process 4242 on host, no longer running)", true), KeyCode.ENTER, buttons));
        assertEquals(List.of("Take Over (default)", "Open Read-Only", "Edit a Copy", "Cancel"), buttons);
        assertEquals(LockChoice.CANCEL, answer(robot, () -> dialogs.askLocked("p.sectorscope.json", "gone", true),
                KeyCode.ESCAPE, new ArrayList<>()));
    }

    @Test
    void aLiveLockOffersNoTakeOverAndOpensReadOnlyOnEnter(FxRobot robot) throws Exception {
        List<String> buttons = new ArrayList<>();
        assertEquals(LockChoice.READ_ONLY, answer(robot, () -> dialogs.askLocked("p.sectorscope.json",
                "Sectorscope (process 4242, running)", false), KeyCode.ENTER, buttons));
        assertEquals(List.of("Open Read-Only (default)", "Edit a Copy", "Cancel"), buttons);
        assertEquals(LockChoice.CANCEL, answer(robot, () -> dialogs.askLocked("p", "running", false),
                KeyCode.ESCAPE, new ArrayList<>()));
    }

    @Test
    void anOpenSourceConfirmationShowsTheTargetAndCancelsOnEnter(FxRobot robot) throws Exception {
        List<String> buttons = new ArrayList<>();
        assertEquals(OpenChoice.CANCEL, answer(robot, () -> dialogs.confirmOpen("smb://attacker.example/share",
                "this is not a web address", null), KeyCode.ENTER, buttons));
        assertEquals(List.of("Open", "Cancel (default)"), buttons);
        assertEquals(OpenChoice.CANCEL, answer(robot, () -> dialogs.confirmOpen("/tmp/x.xyz", "of another type",
                Path.of("/tmp")), KeyCode.ESCAPE, new ArrayList<>()));
    }

    @Test
    void theShownTargetIsWhole(FxRobot robot) throws Exception {
        String target = "vscode://vscode.git/clone?url=https://attacker.example/a-very-long-repository-name-that-goes-on";
        Platform.runLater(() -> dialogs.confirmOpen(target, "this is not a web address", null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = ((Label) pane.getContent()).getText();
        assertTrue(text.startsWith(target + "\n"), text);
        assertTrue(((Label) pane.getContent()).isWrapText(), "wrapped, not cut");
    }
}
