package org.sectorscope.ui.access;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.actions.StandardAction;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window and each window or form a person can open from it, in turn: the menus' dialogs and
 * windows, the Evidence pane's form and tabs, the option and criterion dialogs. Each is handed, open and
 * laid out, to a check, then closed. File choosers (the platform's own) are left out.
 */
final class WindowTour {
    /** Actions that open a window of their own. */
    private static final List<StandardAction> WINDOWS = List.of(StandardAction.EXPORT,
            StandardAction.EXPORT_BRIEFING_DECK, StandardAction.EDIT_FRAMEWORK, StandardAction.DRIVERS_AND_FIELDS,
            StandardAction.SOURCES, StandardAction.WEIGHTS, StandardAction.COVERAGE, StandardAction.TAKE_SNAPSHOT,
            StandardAction.EDITIONS, StandardAction.KEYBOARD_SHORTCUTS, StandardAction.USER_GUIDE, StandardAction.ABOUT);
    /** Actions that show a form or tab inside the main window. */
    private static final List<StandardAction> IN_WINDOW = List.of(StandardAction.NEW_EVIDENCE,
            StandardAction.EDIT_SECTOR, StandardAction.FIND_EVIDENCE, StandardAction.ADD_COMMENT, StandardAction.WHAT_MOVED);
    /** Toolbar buttons that open a dialog. */
    private static final List<String> BUTTONS = List.of("#options-add-option", "#options-add-criterion");

    private final FxRobot robot;
    private final Stage stage;
    private final Parent mainRoot;
    private final ProjectSession session;

    WindowTour(FxRobot robot, Stage stage, Parent mainRoot, ProjectSession session) {
        this.robot = robot;
        this.stage = stage;
        this.mainRoot = mainRoot;
        this.session = session;
    }

    /** Runs {@code check} on the main window, then on every window and in-window form the tour opens. */
    void visit(BiConsumer<String, Parent> check) {
        String first = session.project().sectors().get(0).id();
        robot.interact(() -> session.selection().selectSector(first));
        WaitForAsyncUtils.waitForFxEvents(5);
        check.accept("main window", mainRoot);
        for (StandardAction a : IN_WINDOW) {
            fire(a);
            check.accept("main window after " + a.text(), mainRoot);
            robot.interact(() -> session.selection().selectSector(first)); // an open form keeps its sector
        }
        for (StandardAction a : WINDOWS) {
            List<Window> before = new ArrayList<>(Window.getWindows());
            fire(a);
            visitNewWindows(a.text(), before, check);
        }
        for (String button : BUTTONS) {
            List<Window> before = new ArrayList<>(Window.getWindows());
            Button b = robot.lookup(button).queryButton();
            Platform.runLater(b::fire);
            WaitForAsyncUtils.waitForFxEvents(10);
            visitNewWindows(b.getText(), before, check);
        }
    }

    private void visitNewWindows(String what, List<Window> before, BiConsumer<String, Parent> check) {
        List<Window> opened = new ArrayList<>(Window.getWindows());
        opened.removeAll(before);
        opened.removeIf(w -> !w.isShowing() || w.getScene() == null || w instanceof javafx.stage.PopupWindow);
        if (opened.isEmpty()) {
            throw new AssertionError(what + " opened no window");
        }
        for (Window w : opened) {
            check.accept(what, w.getScene().getRoot());
        }
        RobotFixtures.hideOtherWindows(robot, stage);
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    /** Fires an action's menu item as choosing it would, without blocking on a dialog it opens. */
    private void fire(StandardAction action) {
        MenuItem item = find(action.id());
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    private MenuItem find(String id) {
        MenuBar bar = (MenuBar) mainRoot.lookup(".menu-bar");
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (id.equals(i.getId())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    /** The nodes of {@code root} that are shown. */
    static List<Node> shown(Parent root) {
        return SceneAudit.shownNodes(root);
    }
}
