package org.sectorscope.ui.definitions;

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
import org.sectorscope.model.Driver;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.common.FieldMarks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Drivers and Fields dialog driven by the keyboard, over a session as the main window has one. */
@ExtendWith(ApplicationExtension.class)
class DefinitionsDialogRobotTest {
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

    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    private void open(FxRobot robot) {
        Platform.runLater(() -> applied.set(DefinitionsDialog.showAndApply(stage, session)));
        WaitForAsyncUtils.waitForFxEvents();
        // Typed text goes to the robot's target window, which is the owner until told otherwise.
        robot.targetWindow(robot.lookup(".definitions-dialog").query().getScene().getWindow());
    }

    private static Node focusOwner(FxRobot robot) {
        return robot.lookup(".definitions-dialog").query().getScene().getFocusOwner();
    }

    private static String focusedId(FxRobot robot) {
        Node n = focusOwner(robot);
        return n == null ? null : n.getId();
    }

    @Test
    void theKeyboardRenamesRemovesAndAddsThenEnterAppliesItAsOneStep(FxRobot robot) {
        open(robot);
        assertEquals("defs-name-" + Driver.STATE_LED, focusedId(robot), "the first driver's name has the keyboard");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            order.add(focusedId(robot));
        }
        assertEquals(List.of("defs-shape-" + Driver.STATE_LED, "defs-colour-" + Driver.STATE_LED,
                "defs-remove-" + Driver.STATE_LED, "defs-name-" + Driver.MARKET), order, "Tab walks a row, arrows left out");

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Market");
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT); // Market above State-led
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("defs-name-" + Driver.MARKET, focusedId(robot), "the moved row keeps the keyboard");

        robot.interact(() -> robot.lookup("#defs-remove-" + Driver.MIXED).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("defs-name-" + Driver.STATE_LED, focusedId(robot), "the row above the removed one has the keyboard");
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT); // Add field
        WaitForAsyncUtils.waitForFxEvents();
        String added = robot.lookup("#defs-fields").query().lookupAll(".text-field").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("defs-name-")).map(Node::getId)
                .findFirst().orElseThrow();
        assertEquals(added, focusedId(robot), "the new field's name has the keyboard");
        robot.write("Output");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#defs-problem").queryAs(Label.class).getText());
        assertEquals(start, session.project(), "nothing applied before OK");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Boolean.TRUE, applied.get());
        Project p = session.project();
        assertEquals(List.of("Market", "State-led"), p.drivers().stream().map(Driver::name).toList());
        assertEquals("Output", p.fields().get(0).name());
        assertEquals("Undo Edit drivers and fields", session.undoTextProperty().get());
        robot.interact(session::undo);
        assertEquals(start, session.project());
    }

    @Test
    void aClashDisablesOkAndEscapeCancels(FxRobot robot) {
        open(robot);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("mixed");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".definitions-dialog").queryAs(DialogPane.class);
        assertTrue(((Button) pane.lookupButton(ButtonType.OK)).isDisabled());
        assertEquals("Two drivers are called \u201cMixed\u201d: names must differ.",
                robot.lookup("#defs-problem").queryAs(Label.class).getText());
        List<String> marked = robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> !FieldMarks.shownReason(f).isEmpty()).map(TextField::getText).toList();
        assertEquals(List.of("mixed", "Mixed"), marked, "both names that clash say why, and no other field");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".definitions-dialog").tryQuery().isPresent(), "Enter does nothing while invalid");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".definitions-dialog").tryQuery().isPresent());
        assertEquals(Boolean.FALSE, applied.get());
        assertEquals(start, session.project());
    }
}
