package org.sectorscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.PngDensity;
import org.sectorscope.export.ProjectEmbedding;
import org.sectorscope.export.SizePreset;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.common.FieldMarks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog on screen over the sample: PNG at scale 2 on a transparent background, to a file. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogRobotTest {
    private ProjectSession session;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample");
        RobotFixtures.showOwner(stage);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    @Test
    void exportsAPngAtScaleTwoWithATransparentBackground(FxRobot robot) throws Exception {
        Path file = dir.resolve("figure.png");
        List<ExportRequest.Format> asked = new ArrayList<>();
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = ExportDialog.show(stage, session, ExportDialogViewModel.Start.of(session.selection()),
                    format -> {
                        asked.add(format);
                        return Optional.of(file);
                    });
            Window w = dialog[0].getDialogPane().getScene().getWindow();
            w.setX(20);
            w.setY(20);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ExportDialogViewModel vm = dialog[0].viewModel();

        robot.clickOn("#export-format-png");
        // The scale and background choices sit at the end of the form: scroll there as a person would.
        ScrollPane form = robot.lookup("#export-form-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> form.setVvalue(form.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#export-scale-2");
        robot.clickOn("#export-background-transparent");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, vm.request().scale());
        assertEquals(ExportRequest.Background.TRANSPARENT, vm.request().background());

        // The preview shows the request's figure and says how big the file will be.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.previewPendingProperty().get()
                && vm.previewProperty().get() != null && vm.previewProperty().get().request().equals(vm.request()));
        WaitForAsyncUtils.waitForFxEvents();
        ImageView preview = robot.lookup("#export-preview").queryAs(ImageView.class);
        assertNotNull(preview.getImage(), "the preview shows an image");
        assertEquals(1200, preview.getImage().getWidth());
        assertTrue(preview.getBoundsInParent().getWidth() > 100, "scaled to fit, but visible");
        assertEquals("PNG, 2400 x 1600 px, 150 dpi, transparent background",
                robot.lookup("#export-size").queryAs(Label.class).getText());

        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.exportingProperty().get()
                && !vm.messageProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ExportRequest.Format.PNG), asked);
        assertEquals("Exported to " + file.toAbsolutePath(),
                robot.lookup("#export-message").queryAs(Label.class).getText());
        assertEquals(1.0, robot.lookup("#export-progress").queryAs(ProgressBar.class).getProgress());
        assertTrue(dialog[0].isShowing(), "the dialog stays open to say where the file went");

        assertTrue(Files.isRegularFile(file));
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(2400, image.getWidth());
        assertEquals(1600, image.getHeight());
        assertTrue(image.getColorModel().hasAlpha());
        assertEquals(0, image.getRGB(1, 1) >>> 24, "a transparent corner");
        assertEquals(0, image.getRGB(2398, 1598) >>> 24, "a transparent corner");
    }

    /** Issue 12, point 12: the dialog says what a PNG carries, editable by default, figure only on request. */
    @Test
    void theDialogSaysThePngCarriesTheProjectAndOffersTheFigureOnly(FxRobot robot) {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = ExportDialog.show(stage, session, ExportDialogViewModel.Start.NONE,
                format -> Optional.empty()));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox editable = robot.lookup("#export-embed").queryAs(CheckBox.class);
        CheckBox noNotes = robot.lookup("#export-embed-no-notes")
                .queryAs(CheckBox.class);
        Label summary = robot.lookup("#export-embed-summary").queryAs(Label.class);
        assertTrue(editable.isSelected(), "an editable image by default");
        assertTrue(editable.isVisible() && !editable.isDisabled());
        assertTrue(summary.getText().startsWith("The image carries the whole project ("), summary.getText());
        assertTrue(!noNotes.isDisabled());

        robot.interact(editable::fire);
        assertEquals(ProjectEmbedding.FIGURE_ONLY, dialog[0].viewModel().pngContents().embedding());
        assertTrue(noNotes.isDisabled(), "nothing to leave out of nothing");
        assertTrue(summary.getText().startsWith("Figure only"), summary.getText());

        robot.interact(() -> dialog[0].viewModel().formatProperty().set(ExportRequest.Format.SVG));
        assertFalse(editable.isDisabled(), "an SVG carries the project as a PNG does (issue 16, point 5)");
        robot.interact(() -> dialog[0].viewModel().formatProperty().set(ExportRequest.Format.PPTX));
        assertFalse(editable.isDisabled(), "a slide carries the project too");
        robot.interact(() -> dialog[0].viewModel().formatProperty().set(ExportRequest.Format.XLSX));
        assertFalse(editable.isDisabled(), "and so does a workbook");
        robot.interact(() -> dialog[0].viewModel().formatProperty().set(ExportRequest.Format.PDF));
        assertTrue(editable.isDisabled(), "a PDF carries no project");
    }

    @Test
    void theDateFieldWritesDatesAsTheFigurePrintsThemAndReadsWhatIsTyped(FxRobot robot) {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = ExportDialog.show(stage, session, ExportDialogViewModel.Start.NONE, format -> Optional.empty());
            Window w = dialog[0].getDialogPane().getScene().getWindow();
            w.setX(20); // on screen, so the robot's clicks land
            w.setY(20);
            dialog[0].viewModel().dateProperty().set(java.time.LocalDate.of(2026, 12, 2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DatePicker date = robot.lookup("#export-date").queryAs(javafx.scene.control.DatePicker.class);
        assertEquals("2 December 2026", date.getEditor().getText());

        robot.clickOn(date.getEditor());
        robot.interact(() -> date.getEditor().selectAll());
        robot.write("14 march 2027");
        assertEquals("14 march 2027", date.getEditor().getText());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.time.LocalDate.of(2027, 3, 14), dialog[0].viewModel().dateProperty().get());
        assertEquals("14 March 2027", date.getEditor().getText(), "rewritten in the figure's form");
    }

    @Test
    void aCustomWidthOutOfRangeIsMarkedAndExportStaysOffUntilItIsFixed(FxRobot robot) {
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = ExportDialog.show(stage, session, ExportDialogViewModel.Start.NONE, format -> Optional.empty());
            Window w = dialog[0].getDialogPane().getScene().getWindow();
            w.setX(20);
            w.setY(20);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane form = robot.lookup("#export-form-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> form.setVvalue(form.getVmax()));
        TextField width = robot.lookup("#export-width").queryAs(TextField.class);
        Button export = robot.lookup("#export-button").queryAs(Button.class);
        robot.clickOn(width).write("80000");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The width and height must be whole numbers from 400 to 8000, or empty for the usual size.",
                FieldMarks.shownReason(width));
        assertEquals("", FieldMarks.shownReason(robot.lookup("#export-height").queryAs(TextField.class)));
        assertTrue(export.isDisabled());

        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", FieldMarks.shownReason(width));
        assertFalse(export.isDisabled());
        assertEquals(8000, dialog[0].viewModel().request().width());
    }

    /** Issue 16, point 3: a size chosen by name, at print dpi, reaches the preview line and the file. */
    @Test
    void anA4AtPrintDpiIsChosenByNameAndWrittenWithItsDpi(FxRobot robot) throws Exception {
        Path file = dir.resolve("a4.png");
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = ExportDialog.show(stage, session, ExportDialogViewModel.Start.NONE, format -> Optional.of(file));
            Window w = dialog[0].getDialogPane().getScene().getWindow();
            w.setX(20); // on screen, so the robot's clicks land
            w.setY(20);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ExportDialogViewModel vm = dialog[0].viewModel();
        @SuppressWarnings("unchecked")
        ComboBox<SizePreset> presets = robot.lookup("#export-size-preset").queryAs(ComboBox.class);
        assertEquals(List.of(SizePreset.values()), presets.getItems());
        robot.interact(() -> presets.getSelectionModel().select(SizePreset.A4_PORTRAIT));
        // The form scrolls; the resolution row is below the format choices, so bring it into view first.
        ScrollPane form = robot.lookup("#export-form-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> form.setVvalue(form.getVmax()));
        robot.clickOn("#export-dpi-300");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SizePreset.A4_PORTRAIT, vm.sizePresetProperty().get());
        assertEquals(300, vm.dpiProperty().get());
        assertEquals("A4 portrait (2480 x 3508 px at 300 dpi)", presets.getButtonCell().getText());
        assertTrue(robot.lookup("#export-scale-2").queryAs(RadioButton.class).isDisabled(),
                "a named size fixes the scale");
        assertTrue(robot.lookup("#export-width").queryAs(TextField.class).isDisabled());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "PNG, 2480 x 3508 px, 300 dpi".equals(
                robot.lookup("#export-size").queryAs(Label.class).getText()));

        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.exportingProperty().get()
                && !vm.messageProperty().get().isEmpty());
        byte[] png = Files.readAllBytes(file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(2480, image.getWidth());
        assertEquals(3508, image.getHeight());
        assertEquals(OptionalInt.of(11811), PngDensity.read(png));
    }
}
