package org.sectorscope.ui.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.common.FieldMarks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renaming an edition: the one-field dialog refuses an empty name at the field and keeps OK off. */
@ExtendWith(ApplicationExtension.class)
class EditionRenameRobotTest {
    private ProjectSession session;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Project sample = ProjectStore.loadSample();
        session = new ProjectSession(sample, null, "sample.sectorscope.json");
        RobotFixtures.showPane(stage, new EditionsView(new EditionsViewModel(session, Clock.systemUTC())), 720, 420);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    @Test
    void anEmptyNameIsMarkedAndOkStaysOffUntilANameIsTyped(FxRobot robot) {
        robot.interact(() -> robot.lookup("#editions-list").queryAs(ListView.class).getSelectionModel().select(0));
        robot.clickOn("#edition-rename");
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#edition-new-name").queryAs(TextField.class);
        Button ok = (Button) ((DialogPane) name.getScene().getRoot().lookup(".dialog-pane")).lookupButton(ButtonType.OK);
        assertFalse(ok.isDisabled());
        assertEquals("", FieldMarks.shownReason(name));

        robot.interact(name::clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ok.isDisabled());
        assertEquals("An edition needs a name.", FieldMarks.shownReason(name));

        robot.interact(name::requestFocus);
        robot.targetWindow(name.getScene().getWindow()); // typed keys go to the dialog, not the stage
        robot.write("CSIS 2020, as printed");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ok.isDisabled());
        assertEquals("", FieldMarks.shownReason(name));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("CSIS 2020, as printed", session.project().teamwork().editions().get(0).name());
    }
}
