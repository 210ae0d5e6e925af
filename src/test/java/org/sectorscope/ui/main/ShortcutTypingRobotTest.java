package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination.ModifierValue;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A menu shortcut pressed while a text field has the keyboard types nothing there. Ctrl+Alt with a letter
 * typed the letter too (as AltGr does), so no menu shortcut of the window uses Ctrl+Alt with a letter.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutTypingRobotTest {
    @TempDir
    static Path home;

    private ProjectFiles files;

    @Start
    void start(Stage stage) throws Exception {
        ProjectSession session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @AfterEach
    void tearDown() {
        files.close();
    }

    @Test
    void copyCanvasAsImageTypesNoLetterIntoTheFocusedField(FxRobot robot) {
        TextField filter = robot.lookup("#sector-filter").query();
        robot.clickOn(filter);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", filter.getText());
    }

    @Test
    void noMenuShortcutIsCtrlAltWithALetter(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> offending = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, offending);
        }
        assertEquals(List.of(), offending);
    }

    private static void collect(Menu menu, List<String> offending) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, offending);
            } else if (item.getAccelerator() instanceof KeyCodeCombination k && k.getAlt() == ModifierValue.DOWN
                    && k.getCode().isLetterKey()) {
                offending.add(item.getText() + " " + k.getDisplayText());
            }
        }
    }
}
