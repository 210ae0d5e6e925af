package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.StubDialogs;
import org.sectorscope.ui.canvas.QuadrantCanvasView;
import org.sectorscope.ui.common.DeferredPane;
import org.sectorscope.ui.options.OptionRow;
import org.sectorscope.ui.sectors.SectorItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, start-up: the launch window paints the canvas with the project first and builds the Sectors,
 * Evidence and Options panes after; built late, they show the project and the selection as they stand,
 * and an action that needs a pane builds it at once.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanesLaterRobotTest {
    @TempDir
    Path home;

    private MainWindow window;
    private ProjectSession session;
    private ProjectFiles files;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        session.selection().selectSector("semiconductors");
        session.selection().selectOption(session.project().options().get(2).id());
        files = new ProjectFiles();
        StubDialogs dialogs = new StubDialogs();
        window = MainWindow.withSidePanesLater(
                new ProjectDocument(session, files, new RecentFiles(home), Platform::runLater, dialogs), dialogs);
        window.attach(stage, 1600, 1000);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        files.close();
    }

    private void buildAndWait(FxRobot robot, AtomicInteger done) {
        robot.interact(() -> window.buildSidePanes(done::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSidePanesShowTheirTitlesUntilBuiltThenTheProjectAndSelectionAsTheyStand(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sector-list").tryQuery().isEmpty(), "no list yet");
        assertTrue(robot.lookup("#evidence-view").tryQuery().isEmpty(), "no evidence pane yet");
        assertTrue(robot.lookup("#options-table").tryQuery().isEmpty(), "no options table yet");
        assertEquals(List.of("Sectors", "Evidence", "Policy options"), window.sidePanes().stream()
                .map(p -> ((Label) p.getChildren().get(0)).getText()).toList(), "each pane's title where it will be");
        assertSame(stage.getScene(), robot.lookup("#quadrant-canvas").query().getScene(),
                "the canvas is there from the first frame");
        assertTrue(robot.lookup("#marker-color").tryQuery().isEmpty(), "without its marker-style choices yet");
        assertTrue(robot.lookup("#canvas-sector-list").tryQuery().isEmpty(), "or the screen reader's list");
        String plotSaid = robot.lookup("#quadrant-canvas").queryAs(QuadrantCanvasView.class).plot().getAccessibleText();
        assertTrue(plotSaid != null && plotSaid.contains(session.project().sectors().size() + " sectors"),
                "the plot is named to a screen reader from the first frame: " + plotSaid);

        AtomicInteger done = new AtomicInteger();
        buildAndWait(robot, done);
        assertEquals(1, done.get(), "what follows the build ran once");
        assertSame(stage.getScene(), robot.lookup("#marker-color").query().getScene(), "the choices joined the canvas");
        assertSame(stage.getScene(), robot.lookup("#marker-size").query().getScene());
        assertSame(stage.getScene(), robot.lookup("#analyst-view").query().getScene());
        assertEquals(session.project().sectors().size(),
                robot.lookup("#canvas-sector-list").queryListView().getItems().size(), "and the reader's list");
        assertTrue(window.sidePanes().stream().allMatch(DeferredPane::isFilled));
        ListView<SectorItem> list = robot.lookup("#sector-list").queryListView();
        assertEquals(session.project().sectors().size(), list.getItems().size(), "the list has every sector");
        assertEquals("semiconductors", list.getSelectionModel().getSelectedItem().id(),
                "and shows the selection made before it was built");
        assertTrue(robot.lookup("#evidence-heading").queryLabeled().getText().contains("Semiconductors"),
                "the evidence pane shows the selected sector");
        TableView<OptionRow> table = robot.lookup("#options-table").queryTableView();
        assertEquals(session.project().options().size(), table.getItems().size(), "the table has every option");
        assertEquals(List.of(session.project().options().get(2).id()),
                table.getSelectionModel().getSelectedItems().stream().map(OptionRow::id).distinct().toList(),
                "the option selected before, selected in the table");
        assertSame(robot.lookup("#sector-filter").query(), stage.getScene().getFocusOwner(),
                "the keyboard in the filter, as when every pane was built at once");
    }

    @Test
    void anActionNeedingAPaneBuildsItAtOnceAndTheBuildPassesOverIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(window::startEvidenceSearch);
        WaitForAsyncUtils.waitForFxEvents();
        Node evidence = robot.lookup("#evidence-view").query();
        assertTrue(robot.lookup("#evidence-search-text").query().isFocused(), "Find Evidence went where it should");
        assertTrue(robot.lookup("#sector-list").tryQuery().isEmpty(), "the other panes wait");

        buildAndWait(robot, new AtomicInteger());
        assertSame(evidence, robot.lookup("#evidence-view").query(), "the evidence pane was not built twice");
        assertTrue(robot.lookup("#evidence-search-text").query().isFocused(),
                "and the keyboard stays where the analyst put it");
        assertFalse(robot.lookup("#sector-filter").query().isFocused());
    }
}
