package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.options.OptionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at laptop sizes, 1024 x 700 and 1280 x 720: the Evidence pane's text wraps to its
 * viewport (no sideways scroll bar, nothing under the vertical one) for every sector of the sample,
 * and the options matrix keeps option names readable.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowRobotTest {
    @TempDir
    static Path home;

    private Stage stage;
    private ProjectSession session;
    private ProjectFiles files;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @AfterEach
    void tearDown() {
        files.close();
    }

    private void size(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private static ScrollBar horizontalBar(Node scrollable) {
        return scrollable.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL).findFirst().orElseThrow();
    }

    /** Every sector's evidence, shown in turn: the content is no wider than the viewport. */
    private void assertEvidenceFitsForEverySector(FxRobot robot, String where) {
        ScrollPane scroll = robot.lookup(".evidence-scroll").query();
        for (Sector s : session.project().sectors()) {
            robot.interact(() -> session.selection().selectSector(s.id()));
            WaitForAsyncUtils.waitForFxEvents(3);
            double viewport = scroll.getViewportBounds().getWidth();
            double content = scroll.getContent().getLayoutBounds().getWidth();
            String what = where + ", " + s.name() + ": content " + content + " px in a " + viewport + " px viewport";
            assertTrue(viewport > 150, what);
            assertTrue(content <= viewport + 0.5, what);
            assertTrue(scroll.getContent().minWidth(-1) <= viewport + 0.5, "min width too: " + what);
            assertFalse(horizontalBar(scroll).isVisible(), "no sideways scroll bar: " + what);
        }
    }

    @Test
    void evidenceWrapsToItsViewportAt1024x700(FxRobot robot) {
        size(robot, 1024, 700);
        assertEvidenceFitsForEverySector(robot, "1024 x 700");
    }

    @Test
    void evidenceWrapsToItsViewportAt1280x720(FxRobot robot) {
        size(robot, 1280, 720);
        assertEvidenceFitsForEverySector(robot, "1280 x 720");
    }

    @Test
    void evidenceWrapsEvenAtTheEvidencePanesMinimumWidth(FxRobot robot) {
        size(robot, 1024, 700);
        SplitPane top = robot.lookup("#split-evidence").query();
        robot.interact(() -> top.setDividerPosition(0, 0.99));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(240, ((Region) top.getItems().get(1)).getWidth(), 1);
        assertEvidenceFitsForEverySector(robot, "Evidence pane at 240 px");
    }

    @Test
    void optionNamesStayReadableAt1024x700(FxRobot robot) {
        size(robot, 1024, 700);
        TableView<OptionRow> table = robot.lookup("#options-table").queryTableView();
        TableColumn<OptionRow, ?> option = table.getColumns().get(1);
        assertEquals("Option", option.getText());
        assertTrue(option.getWidth() >= 240, "the option column keeps 240 px or more: " + option.getWidth());
        assertTrue(table.getColumns().get(2).getWidth() < 100, "the score columns narrowed first");
        assertFalse(horizontalBar(table).isVisible(), "the sample's matrix still fits without scrolling sideways");
    }

    @Test
    void everyOptionNameShowsWholeAt1280x720(FxRobot robot) {
        size(robot, 1280, 720);
        TableView<OptionRow> table = robot.lookup("#options-table").queryTableView();
        Font cell = ((Labeled) table.lookup(".table-row-cell .table-cell")).getFont();
        Text text = new Text();
        text.setFont(Font.font(cell.getFamily(), FontWeight.BOLD, cell.getSize()));
        double widest = 0;
        for (OptionRow row : List.copyOf(table.getItems())) {
            text.setText("\u25C6 " + row.name());
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        double column = table.getColumns().get(1).getWidth();
        assertTrue(widest > 300, "the sample has long names: " + widest);
        assertTrue(column >= widest + 6, "the option column (" + column + " px) holds the longest name (" + widest + " px)");
        assertFalse(horizontalBar(table).isVisible());
    }
}
