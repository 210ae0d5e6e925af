package org.sectorscope.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.Project;
import org.sectorscope.model.Source;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.common.FieldMarks;
import org.sectorscope.ui.StubDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Sources dialog driven by keyboard and mouse, over a session as the main window has one. */
@ExtendWith(ApplicationExtension.class)
class SourcesDialogRobotTest {
    private final Project start = TestProjects.small();
    private final StubDialogs dialogs = new StubDialogs();
    private final List<String> opened = dialogs.opened;
    private ProjectSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ProjectSession(start, null, "small.sectorscope.json");
        RobotFixtures.showOwner(stage);
    }

    /** A failed test must not leave a modal dialog (and its nested event loop) open for the next. */
    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    private void open(FxRobot robot, String sourceId) {
        Platform.runLater(() -> SourcesDialog.show(stage, session, new SourceOpener(dialogs, new SourceFolders(),
                Runnable::run, Runnable::run), sourceId));
        WaitForAsyncUtils.waitForFxEvents();
        // Typed text goes to the robot's target window, which is the stage until told otherwise.
        robot.targetWindow(robot.lookup(".sources-dialog").query().getScene().getWindow());
    }

    private Source source(String id) {
        return session.project().source(id).orElseThrow();
    }

    private static String focusedId(FxRobot robot) {
        Node focused = robot.lookup(".sources-dialog").query().getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAPageRangeAndPressingEnterIsOneUndoableEdit(FxRobot robot) {
        open(robot, TestProjects.KENNEDY);
        assertEquals("src-table", focusedId(robot), "the list has the focus first");

        robot.clickOn("#src-pages");
        key(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("21-29");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1-12", source(TestProjects.KENNEDY).pages(), "not applied while typing");
        key(robot, KeyCode.ENTER);

        assertTrue(robot.lookup(".sources-dialog").tryQuery().isPresent(), "Enter applies the field, not Close");
        assertEquals("21-29", source(TestProjects.KENNEDY).pages());
        assertEquals("Undo Edit source Scott Kennedy, ch. 1", session.undoTextProperty().get());
        assertTrue(session.isDirty());

        robot.interact(session::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(start, session.project());
        assertFalse(session.canUndoProperty().get(), "one undo step");
        assertEquals("1-12", robot.lookup("#src-pages").queryAs(TextField.class).getText(),
                "the form follows the undo");
    }

    @Test
    void emptyingAuthorAndTitleMarksBothUntilTheFieldIsPutBack(FxRobot robot) {
        open(robot, TestProjects.KENNEDY);
        TextField author = robot.lookup("#src-author").queryAs(TextField.class);
        TextField title = robot.lookup("#src-title").queryAs(TextField.class);
        // The focus, not a click: the dialog, centred on the small owner in the screen's corner, starts above the
        // screen's top edge, where the author field is.
        robot.interact(author::requestFocus);
        key(robot, KeyCode.CONTROL, KeyCode.A);
        key(robot, KeyCode.BACK_SPACE);
        assertEquals("", FieldMarks.shownReason(author), "a title is enough");
        key(robot, KeyCode.TAB);
        key(robot, KeyCode.CONTROL, KeyCode.A);
        key(robot, KeyCode.BACK_SPACE);
        assertEquals("A source needs an author or a title.", FieldMarks.shownReason(title));
        assertEquals("A source needs an author or a title.", FieldMarks.shownReason(author));

        key(robot, KeyCode.TAB);
        assertEquals("China's uneven high-tech drive", title.getText(), "leaving the field put it back");
        assertEquals("", FieldMarks.shownReason(title));
        assertEquals("", FieldMarks.shownReason(author));
        assertTrue(robot.lookup("#src-problem").queryAs(Label.class).getText().contains("put back"));
    }

    @Test
    void keyboardAddsAndDeletesAndCitedSourcesStay(FxRobot robot) {
        open(robot, null);
        @SuppressWarnings("unchecked")
        TableView<SourceRow> table = robot.lookup("#src-table").queryAs(TableView.class);
        Button delete = robot.lookup("#src-delete").queryAs(Button.class);
        assertEquals(TestProjects.KENNEDY, table.getSelectionModel().getSelectedItem().id());
        assertTrue(delete.isDisabled(), "Kennedy is cited");
        assertTrue(robot.lookup("#src-delete-why").queryAs(Label.class).getText()
                .contains("cited by 2 evidence items"));

        key(robot, KeyCode.DELETE);
        assertEquals(start, session.project(), "Delete does nothing to a cited source");

        key(robot, KeyCode.CONTROL, KeyCode.N);
        assertEquals(3, session.project().sources().size());
        String added = session.project().sources().get(2).id();
        assertEquals(added, table.getSelectionModel().getSelectedItem().id());
        assertEquals("src-author", focusedId(robot), "a new source is typed into at once");
        robot.write("Edward Tse");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Edward Tse", robot.lookup("#src-author").queryAs(TextField.class).getText());
        key(robot, KeyCode.TAB);
        assertEquals("src-title", focusedId(robot));
        assertEquals("Edward Tse", source(added).author(), "leaving the field applied it");
        assertEquals("Edward Tse", table.getItems().get(2).label());

        key(robot, KeyCode.SHIFT, KeyCode.TAB);
        key(robot, KeyCode.SHIFT, KeyCode.TAB);
        assertEquals("src-table", focusedId(robot));
        assertFalse(delete.isDisabled());
        key(robot, KeyCode.DELETE);
        assertEquals(List.of(TestProjects.KENNEDY, TestProjects.NAUGHTON),
                session.project().sources().stream().map(Source::id).toList());
        assertEquals(TestProjects.NAUGHTON, table.getSelectionModel().getSelectedItem().id());
        assertEquals("Undo Delete source Edward Tse", session.undoTextProperty().get());

        key(robot, KeyCode.UP);
        assertEquals(TestProjects.KENNEDY, table.getSelectionModel().getSelectedItem().id());
        robot.clickOn("#src-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("https://example.org/kennedy"), opened);

        key(robot, KeyCode.ESCAPE);
        assertFalse(robot.lookup(".sources-dialog").tryQuery().isPresent(), "Escape closes");
    }
}
