package org.sectorscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.EditDefinitionsCommand;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.sectors.SectorItem;
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
        robot.press(KeyCode.TAB).release(KeyCode.TAB); // to the tags
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

    @Test
    void threeCardsShiftClickedGetOneDriverInOneUndoableStep(FxRobot robot) throws Exception {
        List<String> ids = List.of("internet-services", "commercial-aircraft", "semiconductors");
        for (int i = 0; i < ids.size(); i++) {
            KeyCode[] modifiers = i == 0 ? new KeyCode[0] : new KeyCode[] {KeyCode.SHIFT};
            robot.press(modifiers);
            robot.clickOn(RobotFixtures.centreOnScreen(robot.lookup("#card-" + ids.get(i)).query()), MouseButton.PRIMARY);
            robot.release(modifiers);
            WaitForAsyncUtils.waitForFxEvents();
        }
        ListView<SectorItem> list = robot.lookup("#sector-list").queryListView();
        assertEquals(ids.stream().sorted().toList(), list.getSelectionModel().getSelectedItems().stream()
                .map(SectorItem::id).sorted().toList(), "the list shows the same three selected");

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#inspector-name").query();
        ComboBox<Driver> driver = robot.lookup("#inspector-driver").query();
        assertTrue(name.isDisabled(), "several sectors keep their own names");
        assertTrue(driver.isFocused(), "Ctrl+I goes to the first field they share");
        assertEquals("several values", driver.getPromptText(), "their drivers differ");
        assertEquals("several values", driver.getButtonCell().getText(),
                "and the box says so, though the first card clicked had a driver to show");
        robot.clickOn(driver);
        WaitForAsyncUtils.waitForFxEvents();
        Node mixed = robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && "Mixed".equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no Mixed in the driver list"));
        robot.clickOn(mixed);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : ids) {
            assertEquals(Driver.MIXED, session.project().sector(id).orElseThrow().driver(), id);
        }
        assertEquals("Undo Set the driver of 3 sectors", session.undoTextProperty().get());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Project sample = ProjectStore.loadSample();
        for (String id : ids) {
            assertEquals(sample.sector(id).orElseThrow().driver(), session.project().sector(id).orElseThrow().driver(),
                    "one Ctrl+Z gives " + id + " its driver back");
        }
    }

    @Test
    void aRenamedDriverShowsItsNewNameInTheInspectorAtOnceAndItsOldOneOnUndo(FxRobot robot) {
        robot.interact(() -> session.selection().selectSector("semiconductors"));
        ComboBox<Driver> driver = robot.lookup("#inspector-driver").query();
        assertEquals("State-led", driver.getValue().name());
        Project p = session.project();
        List<Driver> renamed = p.drivers().stream().map(d -> d.id().equals(Driver.STATE_LED)
                ? new Driver(d.id(), "State-directed", d.shape(), d.color(), d.extras()) : d).toList();
        robot.interact(() -> session.execute(EditDefinitionsCommand.of(p, renamed, p.fields()).orElseThrow()));
        assertEquals("State-directed", driver.getValue().name());
        robot.interact(session::undo);
        assertEquals("State-led", driver.getValue().name());
    }
}
