package org.sectorscope.ui.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.ui.RobotFixtures.centreOnScreen;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** Ctrl+C and Ctrl+V in the main window: sectors as rows outside text fields, text inside them. */
@ExtendWith(ApplicationExtension.class)
class SectorRowsRobotTest {
    @TempDir
    static Path home;

    private ProjectSession session;
    private ProjectFiles files;
    private Project sample;

    @Start
    void start(Stage stage) throws Exception {
        sample = ProjectStore.loadSample();
        session = new ProjectSession(sample, null, "sample.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        files.close();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void click(FxRobot robot, Node node, KeyCode... modifiers) {
        robot.press(modifiers);
        robot.clickOn(centreOnScreen(node), MouseButton.PRIMARY);
        robot.release(modifiers);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String clipboard(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    private static void putOnClipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @Test
    void ctrlCOnTheCanvasCopiesTheSelectedSectorsAsRowsAndInTheFilterCopiesText(FxRobot robot) {
        click(robot, robot.lookup("#card-semiconductors").query());
        click(robot, robot.lookup("#card-internet-services").query(), KeyCode.SHIFT);
        shortcut(robot, KeyCode.C);
        String[] rows = clipboard(robot).split("\r\n");
        assertEquals(3, rows.length, String.join("|", rows));
        assertTrue(rows[0].startsWith("id\tname\tdriver\tx\ty\tquadrant\t"), rows[0]);
        assertTrue(rows[1].startsWith("internet-services\t"), "in the project's order: " + rows[1]);
        assertTrue(rows[2].startsWith("semiconductors\t"), rows[2]);

        TextField filter = robot.lookup("#sector-filter").queryAs(TextField.class);
        click(robot, filter);
        robot.write("chips");
        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.C);
        assertEquals("chips", clipboard(robot), "in a text field Ctrl+C copies its text");
        robot.type(KeyCode.END);
        shortcut(robot, KeyCode.V);
        assertEquals("chipschips", filter.getText(), "and Ctrl+V pastes text once, not sectors");
        assertTrue(robot.lookup("#sector-import-dialog").tryQuery().isEmpty());
    }

    @Test
    void ctrlVOutsideATextFieldPreviewsThePastedRowsAndImportsThemAsOneUndoStep(FxRobot robot) {
        putOnClipboard(robot, "Name\tQuadrant\tDriver\nBatteries\tB\tProvincial\nShipbuilding\tb\tState-led\n");
        click(robot, robot.lookup("#card-semiconductors").query());
        shortcut(robot, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents(20);
        Button importButton = robot.lookup("#sector-import-button").queryButton();
        assertTrue(importButton.isDisabled(), "a driver the project lacks blocks the import until added");
        click(robot, robot.lookup("#sector-import-add-drivers").queryAs(CheckBox.class));
        assertEquals("Import 2 sectors", importButton.getText());
        click(robot, importButton);
        assertEquals(sample.sectors().size() + 2, session.project().sectors().size());
        assertEquals("B", session.project().quadrantOf(session.project().sectors().get(sample.sectors().size()))
                .orElseThrow().letter());
        assertTrue(robot.lookup("#card-" + session.project().sectors().get(sample.sectors().size()).id()).tryQuery()
                .isPresent(), "the new sector is drawn on the canvas");
        click(robot, robot.lookup("#card-semiconductors").query());
        shortcut(robot, KeyCode.Z);
        assertEquals(sample, session.project(), "one undo takes the import back, new driver and all");
    }
}
