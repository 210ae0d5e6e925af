package org.sectorscope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search panel alone on the sample: typing narrows the hits, and Down or a click picks one. */
@ExtendWith(ApplicationExtension.class)
class EvidenceSearchViewRobotTest {
    private static final double WIDTH = 480;
    private static final double HEIGHT = 800;

    private ProjectSession session;
    private EvidenceSearchView view;

    @Start
    void start(Stage stage) throws Exception {
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        view = new EvidenceSearchView(new EvidenceSearchViewModel(session));
        RobotFixtures.showPane(stage, view, WIDTH, HEIGHT);
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String countLine(FxRobot robot) {
        return robot.lookup("#evidence-search-count").queryAs(Label.class).getText();
    }

    @Test
    void typingNarrowsTheHitsAndDownPicksTheFirst(FxRobot robot) {
        assertEquals("80 of 80 items", countLine(robot));
        robot.interact(view::focusSearchField);
        robot.write("huawei");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 of 80 items", countLine(robot));

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("5g-networks", session.selection().sectorId());
        ListView<EvidenceHitRow> list = robot.lookup("#evidence-search-results").queryListView();
        assertTrue(list.isFocused(), "Down moved the focus into the results");
        assertEquals(0, list.getSelectionModel().getSelectedIndex());

        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#evidence-search-text").query().isFocused(), "Up from the first hit goes back");
    }

    @Test
    void clickingAHitSelectsItsSectorAndTheCardsFitTheList(FxRobot robot) {
        robot.clickOn("#evidence-search-text").write("battery");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 of 80 items", countLine(robot));

        ListView<EvidenceHitRow> list = robot.lookup("#evidence-search-results").queryListView();
        Node second = robot.lookup("#evidence-search-results .list-cell").match(
                (ListCell<?> c) -> c.getIndex() == 1 && !c.isEmpty()).query();
        robot.clickOn(second);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("cobalt-ev-batteries", session.selection().sectorId());
        assertTrue(second.getBoundsInParent().getWidth() <= list.getWidth(),
                "a card is no wider than the list, so long quotes wrap");
    }

    /** Issue 19, point 7: a hit found by a tag says so, with the matched letters marked. */
    @Test
    void aHitFoundByItsTagShowsTheTagWithTheMatchMarked(FxRobot robot) {
        robot.interact(view::focusSearchField);
        robot.write("subsid");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<EvidenceHitRow> list = robot.lookup("#evidence-search-results").queryListView();
        EvidenceHitRow tagged = list.getItems().stream().filter(r -> r.match() != null && r.match().field().equals("tag"))
                .findFirst().orElseThrow(() -> new AssertionError("no hit matched by its tag: " + list.getItems()));
        assertEquals("Electric vehicles (new-energy vehicles)", tagged.sectorName());
        assertEquals("Tag", tagged.matchLabel());
        assertEquals("subsidies", tagged.match().text());

        javafx.scene.Node line = robot.lookup("#search-hit-match").match((javafx.scene.Node n) -> n.isVisible()
                && ((javafx.scene.layout.HBox) n).getChildren().get(0) instanceof Label l && l.getText().equals("Tag:"))
                .query();
        javafx.scene.text.Text marked = (javafx.scene.text.Text) line.lookup(".search-match");
        assertEquals("subsid", marked.getText(), "the matched letters, marked");
        assertTrue(marked.isUnderline() && marked.getFont().getStyle().toLowerCase().contains("bold"),
                "marked by more than colour: " + marked.getFont());
    }
}
