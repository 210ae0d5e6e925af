package org.sectorscope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Side;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An analyst captures, reorders and deletes evidence without touching the mouse. */
@ExtendWith(ApplicationExtension.class)
class EvidenceCaptureRobotTest {
    @TempDir
    static Path home;

    private ProjectSession session;
    private ProjectFiles files;

    @Start
    void start(Stage stage) {
        session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    @AfterEach
    void tearDown() {
        files.close();
    }

    private List<Evidence> aircraftEvidence() {
        return session.project().sector(TestProjects.AIRCRAFT).orElseThrow().evidence();
    }

    @Test
    void anItemIsCapturedByKeyboardAlone(FxRobot robot) {
        robot.interact(() -> session.selection().selectSector(TestProjects.AIRCRAFT));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node quote = robot.lookup("#editor-quote").query();
        assertTrue(quote.isFocused(), "the form opens with the caret in the quote");

        robot.write("Orders come mostly from state airlines.");
        robot.type(KeyCode.TAB).write("Domestic demand only.");
        robot.type(KeyCode.TAB).write("naughton");           // source, by typing part of its label
        robot.type(KeyCode.TAB).write("7");                  // page
        robot.type(KeyCode.TAB).write("A1");                 // grade: the field's text is selected on entry
        robot.type(KeyCode.TAB).write("fail");               // bears on: "Toward Failure"
        robot.type(KeyCode.TAB).write("orders, demand");     // tags
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, aircraftEvidence().size());
        Evidence e = aircraftEvidence().get(0);
        assertEquals("Orders come mostly from state airlines.", e.quote());
        assertEquals("Domestic demand only.", e.note());
        assertEquals(TestProjects.NAUGHTON, e.sourceId());
        assertEquals("7", e.page());
        assertEquals(Reliability.A, e.reliability());
        assertEquals(1, e.credibility());
        assertEquals(new Bearing(AxisId.X, Side.HIGH), e.bearing());
        assertEquals(List.of("orders", "demand"), e.tags());
        assertFalse(robot.lookup("#evidence-editor").query().isVisible(), "the form closes on save");
        Node card = robot.lookup("#evidence-" + e.id()).query();
        assertTrue(card.isFocused(), "focus returns to the saved item");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, aircraftEvidence().size(), "one undo removes the whole item");
    }

    @Test
    void escapeCancelsWithoutAStep(FxRobot robot) {
        robot.interact(() -> session.selection().selectSector(TestProjects.AIRCRAFT));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        robot.write("Not worth keeping.").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        // Issue 12, point 15: the first Esc asks; the draft is still there.
        assertTrue(robot.lookup("#evidence-editor").query().isVisible(), "a typed draft survives one Esc");
        assertEquals("Not worth keeping.", robot.lookup("#editor-quote").queryAs(TextArea.class)
                .getText());
        assertTrue(robot.lookup("#editor-discard-prompt").query().isVisible());
        assertEquals("Discard", robot.lookup("#editor-cancel").queryAs(Button.class).getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#evidence-editor").query().isVisible(), "the second Esc discards it");
        assertEquals(0, aircraftEvidence().size());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void pickedItemsMoveWithAltArrowsAndDeleteWithTheDeleteKey(FxRobot robot) {
        robot.interact(() -> session.selection().selectSector(TestProjects.SOLAR));
        robot.clickOn(robot.lookup("#evidence-ev-solar-1 .evidence-quote").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("ev-solar-2", "ev-solar-1"), ids(TestProjects.SOLAR));
        Node moved = robot.lookup("#evidence-ev-solar-1").query();
        assertTrue(moved.isFocused(), "the moved item keeps the focus");

        robot.type(KeyCode.UP);                               // pick ev-solar-2
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("ev-solar-1"), ids(TestProjects.SOLAR));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TestProjects.small(), session.project());
    }

    private List<String> ids(String sectorId) {
        return session.project().sector(sectorId).orElseThrow().evidence().stream().map(Evidence::id).toList();
    }
}
