package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.session.FileProblemText;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A text file renamed x.sectorscope.json: the error says in a sentence what the file is not, in a dialog
 * of normal width, and the parser's message waits behind Show Details (it once filled a 1,200-px line).
 */
@ExtendWith(ApplicationExtension.class)
class PlainErrorDialogRobotTest {
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        RobotFixtures.showOwner(stage);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    @Test
    void aRenamedTextFileIsToldInPlainWordsWithTheParsersWordsBehindDetails(FxRobot robot) throws Exception {
        Path notes = dir.resolve("x.sectorscope.json");
        Files.writeString(notes, "Meeting notes: " + "the semiconductor discussion ran long. ".repeat(20) + "\n");
        ProjectFileException refused = null;
        try {
            ProjectStore.load(notes);
        } catch (ProjectFileException e) {
            refused = e;
        }
        FileProblemText text = FileProblemText.of(refused);
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            new FxDialogs(stage, null).showError("Could not open the project", text.sentence(), text.details());
            closed.complete(null);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);

        assertEquals("x.sectorscope.json is not a Sectorscope project: it does not start with a JSON object.",
                ((Label) pane.lookup("#error-message")).getText());
        TextArea details = (TextArea) pane.getExpandableContent();
        assertTrue(details.getText().startsWith("invalid JSON: Unrecognized token 'Meeting'"), details.getText());
        assertTrue(details.getText().endsWith("File: " + notes), details.getText());
        assertTrue(!pane.isExpanded(), "the details wait until asked for");
        double width = pane.getScene().getWindow().getWidth();
        assertTrue(width <= 700, "a dialog of normal width, not " + width + " px");

        robot.clickOn("Show Details");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.isExpanded() && details.isVisible());
        assertTrue(pane.getScene().getWindow().getWidth() <= 700, "still of normal width with the details open");

        robot.clickOn("OK");
        closed.get(5, TimeUnit.SECONDS);
        assertNull(robot.lookup(".dialog-pane").tryQuery().orElse(null));
    }
}
