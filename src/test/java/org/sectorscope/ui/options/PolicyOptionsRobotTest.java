package org.sectorscope.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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

/**
 * The options matrix alone on the sample project, edited by keyboard: a score, then a weight, and the
 * ranks follow.
 *
 * <p>The sample's weights: national-security 0.25, us-innovation 0.20, allied-support 0.15,
 * low-cost-us-firms 0.15, china-market-reform 0.15, feasibility 0.10 (sum 1.0). Scores in that order
 * and totals:
 * <pre>
 *  allied-coordination                5 3 5 4 4 2  1.25+0.60+0.75+0.60+0.60+0.20 = 4.00  rank 1
 *  press-wto-commitments              3 4 4 5 5 2  0.75+0.80+0.60+0.75+0.75+0.20 = 3.85  rank 2
 *  sector-differentiated-response     4 4 3 4 4 3  1.00+0.80+0.45+0.60+0.60+0.30 = 3.75  rank 3
 *  invest-in-us-capabilities          4 5 3 3 3 2  1.00+1.00+0.45+0.45+0.45+0.20 = 3.55  rank 4
 *  rewrite-global-rules               3 4 4 4 4 2  0.75+0.80+0.60+0.60+0.60+0.20 = 3.55  rank 4
 *  tpp-level-set                      3 4 4 4 4 2  = 3.55                                rank 4
 *  investment-screening               5 2 3 3 3 5  1.25+0.40+0.45+0.45+0.45+0.50 = 3.50  rank 7
 *  supply-chain-bottleneck-monitoring 4 3 3 4 3 4  1.00+0.60+0.45+0.60+0.45+0.40 = 3.50  rank 7
 *  avoid-overreaction                 3 4 4 4 3 2  0.75+0.80+0.60+0.60+0.45+0.20 = 3.40  rank 9
 *  talent-academic-exchanges          2 4 3 4 3 3  0.50+0.80+0.45+0.60+0.45+0.30 = 3.10  rank 10
 *  trusted-5g-vendors                 5 2 3 2 2 3  1.25+0.40+0.45+0.30+0.30+0.30 = 3.00  rank 11
 *  targeted-export-controls           5 2 2 2 1 4  1.25+0.40+0.30+0.30+0.15+0.40 = 2.80  rank 12
 *  commercial-restrictions-decoupling 4 2 2 1 1 3  1.00+0.40+0.30+0.15+0.15+0.30 = 2.30  rank 13
 * </pre>
 */
@ExtendWith(ApplicationExtension.class)
class PolicyOptionsRobotTest {
    private static final String DECOUPLING = "commercial-restrictions-decoupling";
    private static final String INNOVATION = "us-innovation";

    private ProjectSession session;
    private PolicyOptionsView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        view = new PolicyOptionsView(new PolicyOptionsViewModel(session));
        RobotFixtures.showPane(stage, view, 1300, 700);
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A failed test must not leave a modal dialog (and its nested event loop) open for the next. */
    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    private OptionRow row(String id) {
        return view.viewModel().rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** Option id to rank, in row order. */
    private Map<String, Integer> ranks() {
        Map<String, Integer> out = new LinkedHashMap<>();
        view.viewModel().rows().forEach(r -> out.put(r.id(), r.rank()));
        return out;
    }

    private TableCell<?, ?> scoreCell(FxRobot robot, String optionId, String criterionId) {
        return robot.lookup(".score-cell").match((TableCell<OptionRow, OptionRow.Cell> c) -> !c.isEmpty()
                && c.getTableRow() != null && c.getTableRow().getItem() != null
                && c.getTableRow().getItem().id().equals(optionId)
                && ("criterion-" + criterionId).equals(c.getTableColumn().getId())).query();
    }

    private void assertFocusedOn(String optionId, String criterionId) {
        TableView<OptionRow> table = view.table();
        TablePosition<OptionRow, ?> focus = table.getFocusModel().getFocusedCell();
        assertEquals(optionId, table.getItems().get(focus.getRow()).id());
        assertEquals("criterion-" + criterionId, focus.getTableColumn().getId());
        assertEquals(optionId, session.selection().optionId());
        assertTrue(table.isFocused(), "the keyboard stays in the table");
    }

    @Test
    void typingAScoreAndAWeightReranksTheOptionsAndKeepsTheFocusedCell(FxRobot robot) {
        assertEquals(13, row(DECOUPLING).rank());
        assertEquals(2.30, row(DECOUPLING).total(), 1e-9);

        // Decoupling's us-innovation score 2 -> 5 adds 3 * 0.20: 2.30 + 0.60 = 2.90, above targeted-export-controls'
        // 2.80 but below trusted-5g-vendors' 3.00, so 13th becomes 12th.
        robot.clickOn(scoreCell(robot, DECOUPLING, INNOVATION));
        robot.type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2.90, row(DECOUPLING).total(), 1e-9);
        assertEquals(12, row(DECOUPLING).rank());
        assertEquals(11, row("trusted-5g-vendors").rank());
        assertEquals(13, row("targeted-export-controls").rank());
        assertEquals("Undo Score Commercial restrictions and decoupling on Sustains U.S. innovation and competitiveness",
                session.undoTextProperty().get());
        assertEquals("5", ((TableCell<?, ?>) scoreCell(robot, DECOUPLING, INNOVATION)).getText());
        assertFocusedOn(DECOUPLING, INNOVATION);

        // Shift+F2 edits the focused column's criterion, its weight field focused and selected.
        robot.press(KeyCode.SHIFT, KeyCode.F2).release(KeyCode.F2, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        TextField weight = robot.lookup("#criterion-weight").queryAs(TextField.class);
        assertNotNull(weight);
        assertEquals("0.2", weight.getText());
        assertTrue(weight.isFocused());
        // us-innovation 0.20 -> 0.60: the total weight is 0.80 + 0.60 = 1.40 and its share 0.6 / 1.4 = 43%.
        // Real key presses go to the focused window, the dialog (write() would aim at TestFX's target window).
        robot.type(KeyCode.DIGIT0, KeyCode.PERIOD, KeyCode.DIGIT6);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("43% of the total weight (0.6 of 1.4)",
                robot.lookup("#criterion-share").queryAs(Label.class).getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup(".criterion-dialog").tryQuery().isPresent(), "Enter pressed OK");
        assertEquals("Undo Set the weight of Sustains U.S. innovation and competitiveness",
                session.undoTextProperty().get());
        // Each total is now (old total - 0.2 * innovation + 0.6 * innovation) / 1.4:
        //  invest-in-us-capabilities          (3.55 + 0.4*5) / 1.4 = 5.55 / 1.4 = 3.964  rank 1
        //  press-wto-commitments              (3.85 + 0.4*4) / 1.4 = 5.45 / 1.4 = 3.893  rank 2
        //  sector-differentiated-response     (3.75 + 0.4*4) / 1.4 = 5.35 / 1.4 = 3.821  rank 3
        //  allied-coordination                (4.00 + 0.4*3) / 1.4 = 5.20 / 1.4 = 3.714  rank 4
        //  rewrite-global-rules, tpp-level-set (3.55 + 0.4*4) / 1.4 = 5.15 / 1.4 = 3.679  rank 5
        //  avoid-overreaction                 (3.40 + 0.4*4) / 1.4 = 5.00 / 1.4 = 3.571  rank 7
        //  commercial-restrictions-decoupling (2.90 + 0.4*5) / 1.4 = 4.90 / 1.4 = 3.500  rank 8
        //  talent-academic-exchanges          (3.10 + 0.4*4) / 1.4 = 4.70 / 1.4 = 3.357  rank 9
        //  supply-chain-bottleneck-monitoring (3.50 + 0.4*3) / 1.4 = 4.70 / 1.4 = 3.357  rank 9
        //  investment-screening               (3.50 + 0.4*2) / 1.4 = 4.30 / 1.4 = 3.071  rank 11
        //  trusted-5g-vendors                 (3.00 + 0.4*2) / 1.4 = 3.80 / 1.4 = 2.714  rank 12
        //  targeted-export-controls           (2.80 + 0.4*2) / 1.4 = 3.60 / 1.4 = 2.571  rank 13
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("invest-in-us-capabilities", 1);
        expected.put("press-wto-commitments", 2);
        expected.put("sector-differentiated-response", 3);
        expected.put("allied-coordination", 4);
        expected.put("rewrite-global-rules", 5);
        expected.put("tpp-level-set", 5);
        expected.put("avoid-overreaction", 7);
        expected.put(DECOUPLING, 8);
        expected.put("talent-academic-exchanges", 9);
        expected.put("supply-chain-bottleneck-monitoring", 9);
        expected.put("investment-screening", 11);
        expected.put("trusted-5g-vendors", 12);
        expected.put("targeted-export-controls", 13);
        assertEquals(expected, ranks());
        assertEquals(3.5, row(DECOUPLING).total(), 1e-9);
        assertEquals(5.55 / 1.4, row("invest-in-us-capabilities").total(), 1e-9);
        assertFocusedOn(DECOUPLING, INNOVATION);
        Label header = (Label) view.table().getColumns().stream()
                .filter(c -> ("criterion-" + INNOVATION).equals(c.getId())).findFirst().orElseThrow().getGraphic();
        assertTrue(header.getText().endsWith("\n43%"), header.getText());

        // The arrow keys move on from the kept cell, and Delete clears the score there (counts 0).
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFocusedOn(DECOUPLING, "allied-support");
        assertEquals(null, row(DECOUPLING).cell("allied-support").value());
        // (4.90 - 0.15 * 2) / 1.4 = 4.60 / 1.4 = 3.286: below the 3.357 of talent exchanges and supply-chain
        // monitoring, above investment screening's 3.071.
        assertEquals(4.6 / 1.4, row(DECOUPLING).total(), 1e-9);
        assertEquals(10, row(DECOUPLING).rank());
    }

    @Test
    void selectingAnOptionElsewhereSelectsItsRowAndSeveralRowsCanBeSelected(FxRobot robot) {
        robot.interact(() -> session.selection().selectOption("tpp-level-set"));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<OptionRow> table = view.table();
        TablePosition<OptionRow, ?> focus = table.getFocusModel().getFocusedCell();
        assertEquals("tpp-level-set", table.getItems().get(focus.getRow()).id());
        assertEquals(List.of("tpp-level-set"), view.viewModel().selectedOptionIds());

        robot.clickOn(scoreCell(robot, "allied-coordination", "feasibility"));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("allied-coordination", "press-wto-commitments", "sector-differentiated-response"),
                view.viewModel().selectedOptionIds());
        assertEquals("sector-differentiated-response", session.selection().optionId());
    }
}
