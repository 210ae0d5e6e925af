package org.sectorscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector by keyboard: Ctrl+I to it, type, Tab commits and walks on, Esc back to the canvas. */
@ExtendWith(ApplicationExtension.class)
class SectorInspectorRobotTest {
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
    void theKeyboardEditsASectorThroughTheInspector(FxRobot robot) throws Exception {
        robot.interact(() -> session.selection().selectSector("semiconductors"));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#inspector-name").query();
        assertTrue(name.isFocused(), "Ctrl+I puts the keyboard in the inspector's first field");
        assertEquals("Semiconductors", name.getText());

        robot.press(KeyCode.TAB).release(KeyCode.TAB); // to the driver
        robot.press(KeyCode.TAB).release(KeyCode.TAB); // to the summary
        TextArea summary = robot.lookup("#inspector-summary").query();
        assertTrue(summary.isFocused(), "Tab walks the form");
        robot.interact(summary::selectAll);
        robot.write("Chips at every node.");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Chips at every node.", session.project().sector("semiconductors").orElseThrow().summary(),
                "leaving the field commits it");
        assertTrue(session.undoTextProperty().get().contains("Semiconductors"), session.undoTextProperty().get());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = name.getScene().getFocusOwner();
        assertEquals("quadrant-plot", focused == null ? null : focused.getId(), "Esc hands the keyboard to the canvas");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ProjectStore.loadSample().sector("semiconductors").orElseThrow().summary(),
                session.project().sector("semiconductors").orElseThrow().summary(), "one Ctrl+Z undoes the edit");
    }
}
