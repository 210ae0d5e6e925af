package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.ui.RobotFixtures.centreOnScreen;
import static org.sectorscope.ui.RobotFixtures.listItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Project;
import org.sectorscope.session.Dialogs;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.canvas.QuadrantCanvasView;
import org.sectorscope.ui.main.MainWindow;
import org.sectorscope.ui.sectors.SectorItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The gestures a person makes in the main window: drag, undo by keyboard, linked selection, save. */
@ExtendWith(ApplicationExtension.class)
class MainWindowRobotTest {
    @TempDir
    static Path home;

    private ProjectSession session;
    private ProjectFiles files;
    private StubDialogs dialogs;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Project sample = ProjectStore.loadSample();
        session = new ProjectSession(sample, null, "sample.sectorscope.json");
        var shown = RobotFixtures.showMainWindow(stage, session, home);
        files = shown.files();
        dialogs = shown.dialogs();
        window = shown.window();
    }

    /** The scroll view sizes the plot a pulse after the window shows; let the layout settle before pointing. */
    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents(10);
    }

    @AfterEach
    void tearDown() {
        files.close();
    }

    @Test
    void draggingACardAcrossTheVerticalDividerChangesItsQuadrantAndUndoBringsItBack(FxRobot robot) {
        assertEquals("A", listItem(robot, "internet-services").quadrantLetter());
        Node card = robot.lookup("#card-internet-services").query();
        QuadrantCanvasView canvas = robot.lookup("#quadrant-canvas").query();
        var g = canvas.geometry();
        // Target: well inside the right half (Failure side), same height.
        Point2D target = canvas.plot().localToScreen(g.toPixelX(0.5), g.toPixelY(0.65));

        robot.drag(centreOnScreen(card), MouseButton.PRIMARY).moveTo(target).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("C", listItem(robot, "internet-services").quadrantLetter(),
                "the Sectors pane shows the new quadrant");
        double x = session.project().sector("internet-services").orElseThrow().position().x();
        assertTrue(x > 0.3 && x < 0.7, "dropped near x = 0.5, was " + x);
        assertTrue(session.isDirty());
        assertTrue(stage.getTitle().startsWith("\u2022 "), "the title marks unsaved changes: " + stage.getTitle());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A", listItem(robot, "internet-services").quadrantLetter(), "undo puts it back in A");
        assertEquals(-0.65, session.project().sector("internet-services").orElseThrow().position().x(), 1e-9);
        assertFalse(session.isDirty(), "undoing to the loaded state is clean again");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("C", listItem(robot, "internet-services").quadrantLetter(), "redo moves it again");
    }

    @Test
    void ctrlYRedoesToo(FxRobot robot) {
        robot.interact(() -> session.execute(RenameSectorCommand.of(session.project(),
                "semiconductors", "Chips")));
        robot.clickOn("#quadrant-canvas"); // focus the canvas, as after any canvas gesture
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Semiconductors", session.project().sector("semiconductors").orElseThrow().name());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Chips", session.project().sector("semiconductors").orElseThrow().name());
    }

    @Test
    void aDragIsOneUndoStep(FxRobot robot) {
        Node card = robot.lookup("#card-semiconductors").query();
        QuadrantCanvasView canvas = robot.lookup("#quadrant-canvas").query();
        var g = canvas.geometry();
        robot.drag(centreOnScreen(card), MouseButton.PRIMARY)
                .moveTo(canvas.plot().localToScreen(g.toPixelX(0.2), g.toPixelY(-0.3)))
                .moveTo(canvas.plot().localToScreen(g.toPixelX(-0.2), g.toPixelY(-0.5)))
                .moveTo(canvas.plot().localToScreen(g.toPixelX(-0.5), g.toPixelY(-0.4)))
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("B", listItem(robot, "semiconductors").quadrantLetter());
        assertEquals("Undo Move Semiconductors", session.undoTextProperty().get());
        robot.interact(session::undo);
        assertEquals("D", listItem(robot, "semiconductors").quadrantLetter());
        assertFalse(session.canUndoProperty().get(), "the whole drag was a single command");
    }

    @Test
    void selectingInTheListSelectsEverywhere(FxRobot robot) {
        robot.clickOn(robot.lookup("#sector-list .list-cell").nth(3).queryAs(Node.class)); // Semiconductors
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("semiconductors", session.selection().sectorId());
        Node card = robot.lookup("#card-semiconductors").query();
        assertTrue(card.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")),
                "the canvas highlights the card");
        Label heading = robot.lookup("#evidence-heading").queryAs(Label.class);
        assertEquals("Semiconductors", heading.getText());
        Label link = robot.lookup("#options-link-summary").queryAs(Label.class);
        assertTrue(link.getText().endsWith("address Semiconductors (by name or by its quadrant)."), link.getText());
        assertTrue(robot.lookup(".table-row-cell:addresses-selection").queryAll().size() > 0,
                "options that target it are marked");
    }

    @Test
    void clickingACardSelectsItInTheList(FxRobot robot) {
        Node c = robot.lookup("#card-commercial-aircraft").query();
        Node s2 = robot.lookup("#card-semiconductor-manufacturing-equipment").query();
        robot.clickOn("#card-commercial-aircraft");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<SectorItem> list = robot.lookup("#sector-list").queryListView();
        assertEquals("commercial-aircraft", list.getSelectionModel().getSelectedItem().id());
        assertEquals("Commercial aircraft", robot.lookup("#evidence-heading").queryAs(Label.class).getText());
    }

    @Test
    void saveAsWritesTheFileAndClearsTheUnsavedMark(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> session.execute(RenameSectorCommand.of(session.project(),
                "semiconductors", "Chips")));
        assertTrue(session.isDirty());
        Path target = dir.resolve("briefing.sectorscope.json");
        dialogs.saveAnswer = target;

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !session.isDirty());

        assertTrue(dialogs.asked.contains("save:sample.sectorscope.json"), dialogs.asked.toString());
        Project reloaded = ProjectStore.load(target);
        assertEquals("Chips", reloaded.sector("semiconductors").orElseThrow().name());
        assertEquals("briefing.sectorscope.json \u2014 Sectorscope", stage.getTitle());
        assertEquals(target, session.file());
    }

    @Test
    void quittingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        robot.interact(() -> session.execute(RenameSectorCommand.of(session.project(),
                "semiconductors", "Chips")));
        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.CANCEL;
        robot.interact(window::requestQuit);
        assertEquals(1, dialogs.asked.stream().filter(a -> a.startsWith("unsaved:")).count());
        assertTrue(stage.isShowing(), "cancel keeps the window open");
        assertTrue(session.isDirty(), "and the changes");
    }

    @Test
    void openingABrokenFileShowsTheProblemAndKeepsTheCurrentProject(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path broken = dir.resolve("broken.sectorscope.json");
        Files.writeString(broken, "{\"format\": \"sectorscope-project\", \"schemaVersion\": 1, \"project\": {");
        dialogs.openAnswer = broken;
        robot.interact(() -> window.requestOpen());
        waitUntil(() -> !dialogs.errors.isEmpty());
        String error = dialogs.errors.get(0);
        assertTrue(error.contains(broken.getFileName().toString()), error);
        assertTrue(error.contains("line 1"), error);
        assertEquals("File: " + broken, dialogs.errorDetails.get(0), "the full path behind Details");
        assertEquals(14, session.project().sectors().size(), "the open project is untouched");
    }

    @Test
    void openingAnotherFileWithUnsavedChangesAsksAndDiscardOpensIt(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path other = dir.resolve("other.sectorscope.json");
        ProjectStore.save(Project.empty("Other briefing"), other);
        robot.interact(() -> session.execute(RenameSectorCommand.of(session.project(),
                "semiconductors", "Chips")));
        dialogs.openAnswer = other;

        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.CANCEL;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("unsaved:sample.sectorscope.json"), dialogs.asked, "asked first; Cancel stops there");
        assertEquals("Chips", session.project().sector("semiconductors").orElseThrow().name());

        dialogs.unsavedAnswer = Dialogs.UnsavedChoice.DISCARD;
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> "Other briefing".equals(session.project().info().title()));
        assertEquals(List.of("unsaved:sample.sectorscope.json", "unsaved:sample.sectorscope.json", "open"),
                dialogs.asked);
        assertFalse(session.isDirty());
        assertEquals("other.sectorscope.json \u2014 Sectorscope", stage.getTitle());
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not reached within 10 s", e);
        }
    }
}
