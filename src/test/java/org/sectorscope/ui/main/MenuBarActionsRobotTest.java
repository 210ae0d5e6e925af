package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.actions.ActionPlace;
import org.sectorscope.ui.actions.StandardAction;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real menu bar is the action table: every menu action is an item, once, in its menu, with the table's
 * accelerator and its other keys bound on the window; every item with an id is an action of the table; an
 * item named by data (a recent file, an analyst) takes its text literally; Alt with a menu's letter opens it.
 */
@ExtendWith(ApplicationExtension.class)
class MenuBarActionsRobotTest {
    @TempDir
    static Path home;

    private ProjectFiles files;
    private ProjectSession session;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        RobotFixtures.hideOtherWindows(robot, stage);
        files.close();
    }

    @Test
    void everyMenuActionIsOneItemWithTheTablesKeys(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Map<StandardAction, List<String>> found = new EnumMap<>(StandardAction.class);
        List<String> problems = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            ActionPlace place = Arrays.stream(ActionPlace.values()).filter(p -> p.menuId().equals(menu.getId()))
                    .findFirst().orElse(null);
            assertNotNull(place, "a menu the table does not know: " + menu.getId());
            assertEquals(place.menuTitle(), menu.getText());
            assertTrue(menu.isMnemonicParsing(), menu.getText());
            walk(menu, place, found, problems);
        }
        assertEquals(List.of(), problems);
        for (StandardAction a : StandardAction.values()) {
            if (a.place().isMenu()) {
                assertEquals(List.of(a.place().menuId()), found.get(a), a + " should be one item of its menu");
            }
        }
        assertEquals(Arrays.stream(ActionPlace.values()).filter(ActionPlace::isMenu).map(ActionPlace::menuId).toList(),
                bar.getMenus().stream().map(Menu::getId).toList(), "the menus in the table's order");
    }

    private static void walk(Menu menu, ActionPlace place, Map<StandardAction, List<String>> found,
            List<String> problems) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                walk(sub, place, found, problems);
            } else if (item.getId() != null) {
                StandardAction a = StandardAction.byId(item.getId()).orElse(null);
                if (a == null) {
                    problems.add(item.getId() + " (" + item.getText() + ") is not in the action table");
                    continue;
                }
                found.computeIfAbsent(a, k -> new ArrayList<>()).add(place.menuId());
                if (a.place() != place) {
                    problems.add(a + " is in " + place + ", the table says " + a.place());
                }
                if (!java.util.Objects.equals(a.accelerator().orElse(null), item.getAccelerator())) {
                    problems.add(a + " shows " + item.getAccelerator() + ", the table says " + a.accelerator());
                }
                if (item.isMnemonicParsing()) {
                    problems.add(a + " would read an underscore in its text (Undo naming a sector) as a mnemonic");
                }
                // Undo and Redo name what they undo ("Undo Move Sector"); the rest show the table's text.
                if (!item.getText().startsWith(a.text())) {
                    problems.add(a + " reads \"" + item.getText() + "\", the table says \"" + a.text() + "\"");
                }
            } else if (item.isMnemonicParsing() && !item.getClass().getSimpleName().equals("SeparatorMenuItem")) {
                problems.add("\"" + item.getText() + "\" has no id, so its text is data, yet an underscore in it"
                        + " would be read as a mnemonic");
            }
        }
    }

    @Test
    void otherKeysAreBoundOnTheWindowAndDoWhatTheItemDoes(FxRobot robot) {
        Scene scene = stage.getScene();
        for (StandardAction a : StandardAction.values()) {
            for (KeyCombination k : a.otherKeys()) {
                assertTrue(scene.getAccelerators().containsKey(k), a + ": " + k.getName());
            }
        }
        String id = session.project().sectors().get(0).id();
        robot.clickOn("#quadrant-plot");
        robot.interact(() -> session.selection().selectSector(id));
        var before = session.project().sector(id).orElseThrow().position();
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, session.project().sector(id).orElseThrow().position(), "undone");
        assertTrue(session.canRedoProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(session.canRedoProperty().get(), "Ctrl+Y redid the nudge");
        assertTrue(session.project().sector(id).orElseThrow().position().x() > before.x());
    }

    @Test
    void altAndAMenusLetterOpensIt(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        Menu evidence = bar.getMenus().stream().filter(m -> m.getId().equals("menu-evidence")).findFirst().orElseThrow();
        robot.clickOn("#quadrant-plot");
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(file.isShowing(), "Alt+F opens File");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(file.isShowing());
        robot.clickOn("#quadrant-plot");
        robot.press(KeyCode.ALT, KeyCode.I).release(KeyCode.I, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(evidence.isShowing(), "Alt+I opens Evidence");
    }
}
