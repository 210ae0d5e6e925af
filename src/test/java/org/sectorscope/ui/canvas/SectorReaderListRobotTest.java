package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plot crowded past labels (shapes only, no card nodes) still tells a screen reader every sector, its
 * quadrant and who placed it, through the unseen list under the plot, which shares the selection.
 */
@ExtendWith(ApplicationExtension.class)
class SectorReaderListRobotTest {
    private ProjectSession session;
    private TextField after;

    @Start
    void start(Stage stage) {
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 20; j++) {
                sectors.add(new Sector("g" + i + "-" + j, "Grid sector " + i + "-" + j, Driver.STATE_LED, null,
                        new Position(-0.9 + i * 0.09, -0.1 - j * 0.04), Placement.analyst(""), List.of(), null));
            }
        }
        sectors.add(new Sector("lone", "Lonely sector", Driver.MARKET, null, new Position(0.7, 0.7),
                Placement.analyst(""), List.of(), null));
        session = new ProjectSession(Project.empty("Dense").withSectors(sectors), null, "dense");
        after = new TextField();
        after.setId("after-canvas");
        BorderPane pane = new BorderPane(new QuadrantCanvasView(new QuadrantCanvasViewModel(session)));
        pane.setBottom(after);
        RobotFixtures.showPane(stage, pane, 1000, 760);
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    private ListView<?> readerList(FxRobot robot) {
        return robot.lookup("#" + SectorReaderList.ID).queryAs(ListView.class);
    }

    @Test
    void everySectorIsAnItemWithItsQuadrantThoughNoLabelIsANode(FxRobot robot) {
        assertEquals(0, robot.lookup(".sector-card").queryAll().size(), "crowded: shapes only");
        ListView<?> list = readerList(robot);
        robot.interact(() -> {
            assertEquals(AccessibleRole.LIST_VIEW, list.queryAccessibleAttribute(AccessibleAttribute.ROLE));
            assertEquals("Sectors on the canvas", list.queryAccessibleAttribute(AccessibleAttribute.TEXT));
            assertEquals(401, list.queryAccessibleAttribute(AccessibleAttribute.ITEM_COUNT));
            // The last item, far below any row on screen: the list builds its cell for the reader.
            Node last = (Node) list.queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, 400);
            String said = (String) last.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            assertTrue(said.startsWith("Lonely sector, C) "), said);
            assertTrue(said.contains("analyst"), "who placed it: " + said);
            Node first = (Node) list.queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, 0);
            String firstSaid = (String) first.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            assertTrue(firstSaid.startsWith("Grid sector 0-0, B) "), firstSaid);
        });
        assertFalse(list.isFocusTraversable(), "never a Tab stop: it is not seen");
        assertEquals(0, list.getOpacity());
        assertTrue(list.isMouseTransparent());
    }

    @Test
    void choosingAnItemSelectsTheSectorAndTheSelectionIsFollowed(FxRobot robot) {
        ListView<?> list = readerList(robot);
        Node plot = robot.lookup("#quadrant-plot").query();
        robot.interact(() -> list.getSelectionModel().select(400));
        assertEquals(Set.of("lone"), session.selection().sectorIds());
        robot.interact(() -> session.selection().selectSector("g3-4"));
        assertEquals("g3-4", ((CardItem) list.getSelectionModel().getSelectedItem()).id());
        robot.interact(() -> {
            String said = (String) plot.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            assertTrue(said.startsWith("Quadrant canvas, 401 sectors. Selected: Grid sector 3-4, B) "), said);
        });
    }

    @Test
    void tabWalksTheSectorsAndCtrlTabLeavesTheCanvas(FxRobot robot) {
        Node plot = robot.lookup("#quadrant-plot").query();
        robot.interact(plot::requestFocus);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(plot.isFocused(), "Tab walks the sectors inside the canvas");
        String first = session.selection().sectorId();
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(first, session.selection().sectorId());
        robot.interact(() -> {
            String said = (String) plot.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            assertTrue(said.contains("Selected: " + session.project().sector(session.selection().sectorId())
                    .orElseThrow().name()), said);
        });
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(plot.isFocused(), "Ctrl+Tab leaves the canvas");
    }
}
