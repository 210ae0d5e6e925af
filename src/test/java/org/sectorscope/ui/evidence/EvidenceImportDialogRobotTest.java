package org.sectorscope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.EvidenceCsvReader;
import org.sectorscope.store.EvidenceCsvWriter;
import org.sectorscope.store.OnExisting;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview on screen: Skip is chosen at first, and choosing Update enables Import and relabels rows. */
@ExtendWith(ApplicationExtension.class)
class EvidenceImportDialogRobotTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        RobotFixtures.showOwner(stage);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    @Test
    void choosingUpdateEnablesImportAndTheTableSaysWhatChanges(FxRobot robot) throws Exception {
        Project small = TestProjects.small();
        Evidence e = small.sector(TestProjects.SOLAR).orElseThrow().evidence().get(0);
        Evidence requoted = new Evidence(e.id(), "Requoted.", e.note(), e.sourceId(), e.page(), e.reliability(),
                e.credibility(), e.bearing(), e.tags(), e.added(), e.extras());
        Project edited = small.withSector(TestProjects.SOLAR,
                s -> s.withEvidence(List.of(requoted, s.evidence().get(1))));
        EvidenceImportDialogViewModel vm = new EvidenceImportDialogViewModel(EvidenceCsvReader.read(
                new StringReader(EvidenceCsvWriter.toText(edited)), small, "2026-12-01"), "in.csv");
        robot.interact(() -> {
            EvidenceImportDialog dialog = new EvidenceImportDialog(vm);
            dialog.initOwner(stage);
            dialog.show();
            dialog.setX(20);
            dialog.setY(20);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button importButton = robot.lookup("#import-button").queryAs(Button.class);
        assertTrue(robot.lookup("#import-skip").queryAs(RadioButton.class).isSelected());
        assertTrue(importButton.isDisabled(), "with Skip nothing would change");
        assertTrue(robot.lookup("skip (differs: quote)").tryQuery().isPresent());

        robot.clickOn("#import-update");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(OnExisting.UPDATE, vm.choice());
        assertFalse(importButton.isDisabled());
        assertEquals("Update 1 item", importButton.getText());
        assertEquals("1 to update, 4 unchanged.", robot.lookup("#import-summary").queryAs(Label.class).getText());
        assertTrue(robot.lookup("update: quote").tryQuery().isPresent(), "the status column follows the choice");
    }
}
