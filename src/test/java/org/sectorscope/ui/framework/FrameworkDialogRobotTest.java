package org.sectorscope.ui.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.common.FieldMarks;

/** The framework dialog driven by keyboard and mouse, over a session as the main window has one. */
@ExtendWith(ApplicationExtension.class)
class FrameworkDialogRobotTest {
    private final Project start = TestProjects.small();
    private final AtomicReference<Boolean> applied = new AtomicReference<>();
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

    private void open() {
        Platform.runLater(() -> applied.set(FrameworkDialog.showAndApply(stage, session)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void selectAllAndWrite(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String quadrantName(String letter) {
        return session.project().framework().byLetter(letter).orElseThrow().name();
    }

    private boolean dialogOpen(FxRobot robot) {
        return robot.lookup(".framework-dialog").tryQuery().isPresent();
    }

    @Test
    void typingAQuadrantNameAndPressingEnterIsOneUndoableEdit(FxRobot robot) {
        open();
        selectAllAndWrite(robot, "#fw-q-B-name", "Hollow Victory");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialogOpen(robot), "Enter pressed OK");
        assertEquals(Boolean.TRUE, applied.get());
        assertEquals("Hollow Victory", quadrantName("B"));
        assertEquals("Undo Rename quadrant B", session.undoTextProperty().get());
        assertTrue(session.isDirty());

        robot.interact(session::undo);
        assertEquals("Destructive Victory", quadrantName("B"));
        assertEquals(start, session.project());
        assertFalse(session.isDirty());
    }

    @Test
    void escapeCancelsAndChangesNothing(FxRobot robot) {
        open();
        selectAllAndWrite(robot, "#fw-x-title", "Something else");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialogOpen(robot));
        assertEquals(Boolean.FALSE, applied.get());
        assertEquals(start, session.project());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void aDuplicateLetterDisablesOkAndSaysWhy(FxRobot robot) {
        open();
        selectAllAndWrite(robot, "#fw-q-D-letter", "A");
        DialogPane pane = robot.lookup(".framework-dialog").queryAs(DialogPane.class);
        Button ok = (Button) pane.lookupButton(ButtonType.OK);
        assertTrue(ok.isDisabled());
        String problem = robot.lookup("#fw-problem").queryAs(Label.class).getText();
        assertTrue(problem.contains("Letter A"), problem);
        TextField letterD = robot.lookup("#fw-q-D-letter").queryAs(TextField.class);
        assertEquals(problem, FieldMarks.shownReason(letterD), "the field that repeats the letter says why");
        assertEquals("", FieldMarks.shownReason(robot.lookup("#fw-q-A-letter").queryAs(TextField.class)));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogOpen(robot), "Enter does nothing while the fields are invalid");

        selectAllAndWrite(robot, "#fw-q-D-letter", "E");
        assertFalse(ok.isDisabled());
        assertEquals("", FieldMarks.shownReason(letterD));
        assertEquals("", robot.lookup("#fw-problem").queryAs(Label.class).getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lose-Lose", quadrantName("E"));
        assertEquals("Undo Change letter of quadrant D", session.undoTextProperty().get());
    }

    @Test
    void tabFollowsReadingOrder(FxRobot robot) {
        open();
        // Focus the first field directly: a click can land beside it while the new dialog is still being centred.
        Node name = robot.lookup("#fw-name").query();
        robot.interact(name::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("fw-name", name.getScene().getFocusOwner().getId());
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = robot.lookup(".framework-dialog").query().getScene().getFocusOwner();
            order.add(focused == null ? null : focused.getId());
        }
        assertEquals(List.of("fw-x-title", "fw-x-low", "fw-x-high", "fw-y-title", "fw-y-high",
                "fw-q-A-letter", "fw-q-A-name", "fw-q-A-colour", "fw-q-C-letter", "fw-q-C-name", "fw-q-C-colour",
                "fw-y-low", "fw-q-B-letter", "fw-q-B-name", "fw-q-B-colour", "fw-q-D-letter", "fw-q-D-name",
                "fw-q-D-colour"), order);
    }

    /** Issue 19, point 15: the y-axis title field shows the report's title whole. */
    @Test
    void theAxisTitleFieldsShowTheReportsTitlesWhole(FxRobot robot) {
        open();
        for (String id : new String[] {"#fw-y-title", "#fw-x-title"}) {
            javafx.scene.control.TextField field = robot.lookup(id).queryAs(javafx.scene.control.TextField.class);
            javafx.scene.text.Text probe = new javafx.scene.text.Text(field.getText());
            probe.setFont(field.getFont());
            double room = field.getWidth() - field.getPadding().getLeft() - field.getPadding().getRight();
            assertTrue(probe.getLayoutBounds().getWidth() <= room,
                    id + ": \"" + field.getText() + "\" needs " + probe.getLayoutBounds().getWidth() + " px, has " + room);
        }
        robot.type(KeyCode.ESCAPE);
    }
}
