package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.AppVersion;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.actions.StandardAction;
import org.sectorscope.ui.help.ShortcutRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Help menu from the keyboard and the mouse: F1 and Ctrl+/ open the shortcut sheet with the keyboard in
 * its filter, Esc closes it; the user guide shows the README's usage sections; About names the version and
 * every library. Each window is left as a picture in target/help-*.png to look at.
 */
@ExtendWith(ApplicationExtension.class)
class HelpMenuRobotTest {
    @TempDir
    static Path home;

    private ProjectFiles files;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ProjectSession session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        files = RobotFixtures.showMainWindow(stage, session, home).files();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
        files.close();
    }

    @Test
    void f1OpensTheSheetWithTheKeyboardInItsFilterAndEscClosesIt(FxRobot robot) throws Exception {
        robot.clickOn("#quadrant-plot");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Window sheet = window("Keyboard Shortcuts \u2014 Sectorscope");
        assertNotNull(sheet, "F1 opens the sheet");
        TextField filter = robot.lookup("#shortcut-filter").queryAs(TextField.class);
        assertTrue(filter.isFocused(), "the keyboard is in the filter");
        @SuppressWarnings("unchecked")
        TableView<ShortcutRow> table = robot.lookup("#shortcut-table").queryAs(TableView.class);
        assertEquals(StandardAction.values().length, table.getItems().size());
        ShortcutRow save = table.getItems().stream().filter(r -> r.id().equals("menu-save-as")).findFirst().orElseThrow();
        assertEquals(StandardAction.SAVE_AS.accelerator().orElseThrow().getDisplayText(), save.keys());
        assertEquals("File menu", save.where());
        snapshot(robot, sheet.getScene(), "help-shortcut-sheet.png");

        // The headless platform leaves its keyboard with the main window when another one opens: click in.
        robot.clickOn(filter).write("zoom");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("canvas-zoom-in", "canvas-zoom-out", "canvas-zoom-fit", "canvas-zoom-actual"),
                table.getItems().stream().map(ShortcutRow::id).toList());
        assertTrue(robot.lookup("#shortcut-count").queryAs(Label.class).getText().startsWith("4 of "));
        snapshot(robot, sheet.getScene(), "help-shortcut-sheet-zoom.png");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(sheet.isShowing(), "Esc closes the sheet");
        assertNull(window("Keyboard Shortcuts \u2014 Sectorscope"));
    }

    @Test
    void ctrlSlashOpensTheSheetToo(FxRobot robot) {
        robot.clickOn("#quadrant-plot");
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(window("Keyboard Shortcuts \u2014 Sectorscope"), "Ctrl+/ opens the sheet");
    }

    @Test
    void theUserGuideShowsTheReadmesUsageSections(FxRobot robot) throws Exception {
        robot.clickOn("#menu-help").clickOn("#menu-user-guide");
        WaitForAsyncUtils.waitForFxEvents();
        Window guide = window("User Guide \u2014 Sectorscope");
        assertNotNull(guide);
        List<String> headings = robot.from(guide.getScene().getRoot()).lookup(".guide-heading").queryAll().stream()
                .map(n -> ((javafx.scene.text.TextFlow) n).getChildren().stream().map(t -> ((Text) t).getText())
                        .reduce("", String::concat)).toList();
        assertEquals("Using the window", headings.get(0));
        assertTrue(headings.containsAll(List.of("Working on the canvas", "Working with evidence",
                "Exporting for a briefing", "Your work is safe")), headings.toString());
        assertTrue(robot.from(guide.getScene().getRoot()).lookup(".guide-table").queryAll().size() >= 6);
        Text emphasis = (Text) robot.from(guide.getScene().getRoot()).lookup(".guide-emphasis").query();
        assertTrue(emphasis.getFont().getStyle().contains("Italic"), emphasis.getFont().toString());
        Text strong = (Text) robot.from(guide.getScene().getRoot()).lookup(".guide-strong").query();
        assertTrue(strong.getFont().getStyle().contains("Bold"), strong.getFont().toString());
        snapshot(robot, guide.getScene(), "help-user-guide.png");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(guide.isShowing(), "Esc closes the guide");
    }

    @Test
    void aboutNamesTheVersionAndEveryLibrary(FxRobot robot) throws Exception {
        robot.clickOn("#menu-help").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        Window about = window("About Sectorscope \u2014 Sectorscope");
        assertNotNull(about);
        assertEquals("Version " + AppVersion.current(), robot.lookup("#about-version").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#about-licence").queryAs(Label.class).getText().startsWith("Licence: "));
        TableView<?> libraries = robot.lookup("#about-libraries").queryAs(TableView.class);
        assertEquals(org.sectorscope.ui.help.AboutInfo.bundled().libraries().size(), libraries.getItems().size());
        assertTrue(libraries.getItems().size() > 20, "the transitive libraries too");
        snapshot(robot, about.getScene(), "help-about.png");
        robot.clickOn("#about-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(about.isShowing());
    }

    private static Window window(String title) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle())
                && w.isShowing()).findFirst().orElse(null);
    }

    private static void snapshot(FxRobot robot, Scene scene, String name) throws Exception {
        AtomicReference<java.awt.image.BufferedImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(SwingFXUtils.fromFXImage(scene.snapshot(null), null)));
        Files.createDirectories(Path.of("target"));
        ImageIO.write(image.get(), "png", new File("target", name));
    }
}
