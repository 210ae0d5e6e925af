package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.sectorscope.session.Dialogs;
import org.sectorscope.ui.RobotFixtures;

/**
 * The repair offer and the restore offer with thousands of lines (issue 12, point 9: a 460 KB file's
 * repair listed every fix in one label, in a window 32,767 px tall with its buttons off the screen): the
 * dialog fits on the screen with its buttons, says how many of what kind, and lists them all in a
 * scrolling list.
 */
@ExtendWith(ApplicationExtension.class)
class LongListDialogRobotTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        RobotFixtures.showOwner(stage);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    /** 5,000 fixes of two kinds, worded as ProjectRepair words them. */
    private static List<String> fixes() {
        List<String> fixes = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            fixes.add("sectors[" + i + "].evidence[0]: source \"ch" + i + "\" does not exist; the citation was removed");
        }
        for (int i = 0; i < 1_000; i++) {
            fixes.add("options[" + i + "].scores[1]: criterion \"c" + i + "\" does not exist; the score was removed");
        }
        return fixes;
    }

    private DialogPane showing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** The dialog's window fits on the screen, and so does each of its buttons. */
    private static void assertOnScreen(DialogPane pane) {
        Window window = pane.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(window.getHeight() <= screen.getHeight() && window.getWidth() <= screen.getWidth(),
                "the dialog is " + window.getWidth() + " x " + window.getHeight() + " on a screen of " + screen);
        for (Node n : pane.lookupAll(".button")) {
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            assertTrue(b.getMaxY() <= screen.getMaxY() && b.getMinY() >= screen.getMinY()
                    && b.getMaxY() <= window.getY() + window.getHeight(), ((Button) n).getText() + " at " + b);
        }
    }

    @Test
    void fiveThousandFixesFitOnTheScreenSummarisedAndScrolling(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxDialogs(stage, null)
                .offerRepair("broken.sectorscope.json: sources[3].id: is missing", fixes())));
        DialogPane pane = showing(robot);

        assertOnScreen(pane);
        ListView<?> list = (ListView<?>) pane.lookup("#sentence-list");
        assertEquals(5_000, list.getItems().size(), "every fix is listed");
        assertTrue(list.getHeight() <= SentenceListPane.LIST_HEIGHT + 1, "in a list of bounded height");
        String summary = ((Label) pane.lookup("#sentence-summary")).getText();
        assertTrue(summary.startsWith("5,000 fixes, of 2 kinds:"), summary);
        assertTrue(summary.contains("4,000 \u00d7 source \"\u2026\" does not exist; the citation was removed"), summary);
        assertTrue(summary.contains("1,000 \u00d7 criterion \"\u2026\" does not exist; the score was removed"), summary);

        robot.clickOn("Open Repaired Copy");
        assertTrue(answer.get(5, TimeUnit.SECONDS), "the button is there to press");
    }

    @Test
    void aLongRecoveryOfferFitsOnTheScreenToo(FxRobot robot) throws Exception {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            differences.add("Sector " + i + " was added");
        }
        CompletableFuture<Dialogs.RestoreChoice> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxDialogs(stage, null)
                .askRestore("big", "2026-12-02 10:00", differences)));
        DialogPane pane = showing(robot);

        assertOnScreen(pane);
        assertEquals(3_000, ((ListView<?>) pane.lookup("#sentence-list")).getItems().size());
        robot.clickOn("Discard");
        assertEquals(Dialogs.RestoreChoice.DISCARD, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFewFixesAreSimplyListed(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxDialogs(stage, null)
                .offerRepair("x.sectorscope.json: invalid JSON", List.of("content after the end of the JSON document"
                        + " (from line 3, column 1) was ignored"))));
        DialogPane pane = showing(robot);

        assertFalse(pane.lookup("#sentence-summary") != null, "no summary for one fix");
        assertEquals(1, ((ListView<?>) pane.lookup("#sentence-list")).getItems().size());
        robot.clickOn("Cancel");
        assertFalse(answer.get(5, TimeUnit.SECONDS));
    }
}
