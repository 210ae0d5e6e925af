package org.sectorscope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import org.sectorscope.ui.common.FieldMarks;
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

    @Test
    void aRefusedGradeIsMarkedWithItsReasonAndSaveStaysOffUntilItIsFixed(FxRobot robot) {
        robot.interact(() -> session.selection().selectSector(TestProjects.AIRCRAFT));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea quote = robot.lookup("#editor-quote").queryAs(TextArea.class);
        TextField grade = robot.lookup("#editor-grade").queryAs(TextField.class);
        Button save = robot.lookup("#editor-save").queryAs(Button.class);
        assertEquals("Write a quote or a note.", FieldMarks.shownReason(quote), "an empty form says what it needs");

        robot.write("Orders come mostly from state airlines.");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", FieldMarks.shownReason(quote));
        robot.interact(grade::requestFocus);
        robot.write("Z9");
        WaitForAsyncUtils.waitForFxEvents();
        String why = "The grade is a letter A\u2013F and a digit 1\u20136, for example B2.";
        assertEquals(why, FieldMarks.shownReason(grade));
        assertEquals(why, robot.lookup("#editor-problem").queryAs(Label.class).getText());
        assertTrue(save.isDisabled());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, aircraftEvidence().size(), "Ctrl+Enter saves nothing while a field is refused");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("C3");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", FieldMarks.shownReason(grade));
        assertFalse(save.isDisabled());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("C3", aircraftEvidence().get(0).grade());
    }

    @Test
    void theSourceIsFoundByAnyOfItsWordsAndEnterTakesItWithoutSavingTheForm(FxRobot robot) {
        robot.interact(() -> session.selection().selectSector(TestProjects.AIRCRAFT));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        robot.write("Orders come mostly from state airlines.");
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        @SuppressWarnings("unchecked")
        ComboBox<EvidenceEditorViewModel.SourceChoice> source = robot.lookup("#editor-source").queryAs(ComboBox.class);
        assertTrue(source.isFocused());

        robot.write("policy notes").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TestProjects.NAUGHTON, source.getValue().id(), "words from the middle of the title find it");
        assertTrue(robot.lookup("#evidence-editor").query().isVisible(), "Enter took the source; the form is open");
        assertTrue(source.isFocused());
        assertEquals(0, aircraftEvidence().size());

        robot.write("kennedy").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TestProjects.NAUGHTON, source.getValue().id(), "Escape leaves the search, not the form");
        assertTrue(robot.lookup("#evidence-editor").query().isVisible());
        assertFalse(robot.lookup("#editor-discard-prompt").query().isVisible());

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TestProjects.NAUGHTON, aircraftEvidence().get(0).sourceId());
    }

    private List<String> ids(String sectorId) {
        return session.project().sector(sectorId).orElseThrow().evidence().stream().map(Evidence::id).toList();
    }
}
