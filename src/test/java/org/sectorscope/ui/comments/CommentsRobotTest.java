package org.sectorscope.ui.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Comment;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewer's comment by keyboard: Ctrl+Shift+M, type, Ctrl+Enter; the sector's card shows the badge. */
@ExtendWith(ApplicationExtension.class)
class CommentsRobotTest {
    @TempDir
    static Path home;

    private ProjectSession session;
    private ProjectFiles files;

    @Start
    void start(Stage stage) throws Exception {
        Project sample = ProjectStore.loadSample();
        session = new ProjectSession(sample, null, "sample.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @AfterEach
    void tearDown() {
        files.close();
    }

    @Test
    void aCommentTypedOnTheSelectedSectorIsSavedListedAndBadged(FxRobot robot) {
        robot.interact(() -> session.selection().selectSector("semiconductors"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea text = robot.lookup("#comment-text").query();
        assertTrue(text.isFocused(), "Ctrl+Shift+M puts the keyboard in a new comment");
        robot.write("Which page says D?");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Comment saved = session.project().teamwork().comments().get(0);
        assertEquals("Which page says D?", saved.text());
        assertEquals(Comment.Subject.SECTOR, saved.subject());
        assertEquals("semiconductors", saved.subjectId());
        assertEquals("", text.getText(), "the form is ready for the next one");
        ListView<?> list = robot.lookup("#comments-list").query();
        assertEquals(1, list.getItems().size());
        assertTrue(robot.lookup(".comments-badge").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().equals("1 open comment")), "the card shows the badge");
        assertEquals("Undo Add comment on Semiconductors", session.undoTextProperty().get());
    }
}
