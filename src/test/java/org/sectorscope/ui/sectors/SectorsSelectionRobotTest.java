package org.sectorscope.ui.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.ui.RobotFixtures.centreOnScreen;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** Several sectors selected, in the main window: the canvas and the Sectors list follow each other. */
@ExtendWith(ApplicationExtension.class)
class SectorsSelectionRobotTest {
    private static final String IS = "internet-services"; // row 0
    private static final String EV = "electric-vehicles"; // row 1
    private static final String CA = "commercial-aircraft"; // row 2
    private static final String SC = "semiconductors"; // row 3
    private static final String G5 = "5g-networks"; // row 4

    @TempDir
    static Path home;

    private ProjectSession session;
    private ProjectFiles files;

    @Start
    void start(Stage stage) throws Exception {
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
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

    private static ListView<SectorItem> list(FxRobot robot) {
        return robot.lookup("#sector-list").queryListView();
    }

    private static List<String> rowsSelected(FxRobot robot) {
        return list(robot).getSelectionModel().getSelectedItems().stream().map(SectorItem::id).sorted().toList();
    }

    private Set<String> selected() {
        return Set.copyOf(session.selection().sectorIds());
    }

    private static Node row(FxRobot robot, String id) {
        return robot.lookup("#sector-list .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof SectorItem i && i.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no row on screen for " + id));
    }

    private static void click(FxRobot robot, Node node, KeyCode... modifiers) {
        robot.press(modifiers);
        robot.clickOn(centreOnScreen(node), MouseButton.PRIMARY);
        robot.release(modifiers);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node card(FxRobot robot, String id) {
        return robot.lookup("#card-" + id).query();
    }

    private static boolean cardSelected(FxRobot robot, String id) {
        return card(robot, id).getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected"));
    }

    @Test
    void shiftClickingThreeCardsSelectsThoseThreeRowsAndCtrlClickingARowIsFollowedOnTheCanvas(FxRobot robot) {
        click(robot, card(robot, IS));
        click(robot, card(robot, CA), KeyCode.SHIFT);
        click(robot, card(robot, SC), KeyCode.SHIFT);
        assertEquals(Set.of(IS, CA, SC), selected());
        assertEquals(List.of(CA, IS, SC), rowsSelected(robot), "exactly those three rows");
        assertEquals(SC, list(robot).getSelectionModel().getSelectedItem().id(), "the last clicked is the list's too");
        assertEquals("3 selected", robot.lookup("#sectors-selection-summary").queryAs(Label.class).getText());

        click(robot, row(robot, G5), KeyCode.CONTROL);
        assertEquals(Set.of(IS, CA, SC, G5), selected(), "Ctrl-click in the list adds to the shared selection");
        assertTrue(cardSelected(robot, G5), "and the canvas shows it selected");
        assertEquals(G5, session.selection().sectorId(), "the row clicked is the primary");
        assertEquals("5G networks and equipment", robot.lookup("#evidence-heading").queryAs(Label.class).getText());

        click(robot, row(robot, CA), KeyCode.CONTROL);
        assertEquals(Set.of(IS, SC, G5), selected(), "Ctrl-click on a selected row deselects it everywhere");
        assertTrue(!cardSelected(robot, CA) && cardSelected(robot, IS));
        assertEquals(List.of(G5, IS, SC), rowsSelected(robot), "and nothing echoed back into the list");
    }

    @Test
    void shiftClickAndShiftArrowsInTheListSelectARangeFromTheAnchor(FxRobot robot) {
        click(robot, row(robot, EV));
        click(robot, row(robot, SC), KeyCode.SHIFT);
        assertEquals(Set.of(EV, CA, SC), selected());
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(EV, CA, SC, G5), selected(), "Shift+Down extends from the same anchor");
        robot.press(KeyCode.SHIFT).type(KeyCode.UP, KeyCode.UP, KeyCode.UP, KeyCode.UP).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(IS, EV), selected(), "Shift+Up past the anchor turns the range round it");
        assertTrue(cardSelected(robot, IS) && !cardSelected(robot, CA));
    }

    @Test
    void ctrlAOnTheCanvasSelectsEveryRowWithoutScrollingTheList(FxRobot robot) {
        ScrollBar bar = robot.lookup("#sector-list .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(b -> b.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
        click(robot, row(robot, CA));
        // Scrolled so that the primary's row is on screen but not first: scrolling "to" it would move.
        robot.interact(() -> list(robot).scrollTo(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.getValue() > 0, "the list is scrolled");
        double before = centreOnScreen(row(robot, CA)).getY();
        robot.clickOn(centreOnScreen(card(robot, CA)));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        int cards = robot.lookup(".sector-card").queryAll().size();
        assertEquals(cards, selected().size());
        assertEquals(cards, rowsSelected(robot).size(), "every row selected");
        // The row, not the scroll bar: the bar's value is an estimate that shifts as rows are measured.
        assertEquals(before, centreOnScreen(row(robot, CA)).getY(), 1, "the primary's row was on screen: no jump");
    }

    @Test
    void filteringKeepsHiddenSelectedSectorsAndSaysSo(FxRobot robot) {
        click(robot, row(robot, IS));
        click(robot, row(robot, SC), KeyCode.CONTROL);
        click(robot, row(robot, G5), KeyCode.CONTROL);
        TextField filter = robot.lookup("#sector-filter").queryAs(TextField.class);
        robot.clickOn(filter).write("semi");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(IS, SC, G5), selected(), "typing a filter deselects nothing");
        assertEquals(List.of(SC), rowsSelected(robot));
        assertEquals("3 selected (2 hidden by the filter)",
                robot.lookup("#sectors-selection-summary").queryAs(Label.class).getText());
        assertTrue(cardSelected(robot, IS) && cardSelected(robot, G5), "the canvas still shows them selected");

        robot.interact(() -> filter.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(G5, IS, SC), rowsSelected(robot), "back in view, still selected");
    }

    @Test
    void selectingASectorWhoseRowIsOffScreenBringsTheRowIntoView(FxRobot robot) {
        ListView<SectorItem> list = list(robot);
        String last = list.getItems().get(list.getItems().size() - 1).id();
        assertTrue(rowInView(robot, list, last) == null, "the last row starts out of view");
        robot.interact(() -> session.selection().selectSector(last)); // as a press on its card does
        WaitForAsyncUtils.waitForFxEvents(5);
        Bounds row = rowInView(robot, list, last);
        assertTrue(row != null, "the selected sector's row is shown");
        Bounds view = list.localToScreen(list.getBoundsInLocal());
        assertTrue(row.getMinY() >= view.getMinY() - 1 && row.getMaxY() <= view.getMaxY() + 1,
                "wholly inside the list: " + row + " in " + view);
        assertEquals(last, list.getSelectionModel().getSelectedItem().id());
    }

    /** The row's bounds on screen, if a visible cell shows it inside the list. */
    private static Bounds rowInView(FxRobot robot, ListView<SectorItem> list, String id) {
        Bounds view = list.localToScreen(list.getBoundsInLocal());
        return robot.lookup("#sector-list .list-cell").queryAll().stream()
                .filter(n -> n.isVisible() && n instanceof ListCell<?> c && c.getItem() instanceof SectorItem i && i.id().equals(id))
                .map(n -> n.localToScreen(n.getBoundsInLocal()))
                .filter(b -> b.getMaxY() > view.getMinY() && b.getMinY() < view.getMaxY())
                .findFirst().orElse(null);
    }
}
