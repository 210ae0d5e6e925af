package org.sectorscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The briefing deck dialog on screen over the sample: two sections, as a PDF, with its progress and message. */
@ExtendWith(ApplicationExtension.class)
class DeckDialogRobotTest {
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
    void theTickedSectionsAreSavedAndWrittenAsAPdf(FxRobot robot) throws Exception {
        Path file = dir.resolve("deck.pdf");
        List<ExportRequest.Format> asked = new ArrayList<>();
        DeckDialog[] dialog = new DeckDialog[1];
        robot.interact(() -> {
            dialog[0] = DeckDialog.show(stage, session, format -> {
                asked.add(format);
                return Optional.of(file);
            });
            Window w = dialog[0].getDialogPane().getScene().getWindow();
            w.setX(20); // on screen, so the robot's clicks land
            w.setY(20);
        });
        WaitForAsyncUtils.waitForFxEvents();
        DeckDialogViewModel vm = dialog[0].viewModel();
        for (DeckSection s : DeckSection.values()) {
            assertTrue(robot.lookup("#deck-section-" + s.key()).queryAs(CheckBox.class).isSelected(), s.key());
        }
        for (DeckSection s : List.of(DeckSection.TITLE, DeckSection.FIGURE, DeckSection.QUADRANTS, DeckSection.OPTIONS,
                DeckSection.SENSITIVITY, DeckSection.SOURCES)) {
            robot.clickOn("#deck-section-" + s.key());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Choose at least one section.", robot.lookup("#deck-problem").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#deck-export-button").queryAs(Button.class).isDisabled());
        robot.clickOn("#deck-section-" + DeckSection.TITLE.key());
        robot.clickOn("#deck-section-" + DeckSection.SOURCES.key());
        robot.clickOn("#deck-format-pdf");
        robot.clickOn("#deck-slides-standard");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ExportRequest.Format.DECK_PDF, vm.formatProperty().get());
        assertEquals(DeckSections.ALL, session.project().deck(), "saved only on Export");

        robot.clickOn("#deck-export-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.exportingProperty().get()
                && !vm.messageProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ExportRequest.Format.DECK_PDF), asked);
        assertEquals("Exported to " + file.toAbsolutePath(), robot.lookup("#deck-message").queryAs(Label.class)
                .getText());
        assertEquals(1.0, robot.lookup("#deck-progress").queryAs(ProgressBar.class).getProgress());
        assertTrue(dialog[0].isShowing(), "the dialog stays open to say where the deck went");
        assertEquals(DeckSections.of(List.of(DeckSection.TITLE, DeckSection.SOURCES)), session.project().deck());
        assertTrue(session.isDirty());
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(720, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(session.project().info().title()));
            assertTrue(text.contains("Sources"));
            assertFalse(text.contains("A) Win-Win"), "the quadrants were left out");
        }
    }
}
