package org.sectorscope.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.model.TestProjects.CHIPS;
import static org.sectorscope.model.TestProjects.KENNEDY;
import static org.sectorscope.model.TestProjects.NAUGHTON;
import static org.sectorscope.model.TestProjects.SECURITY;
import static org.sectorscope.model.TestProjects.SUBSIDY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.common.FieldMarks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The option and criterion dialogs driven by the keyboard and mouse: a refused field is marked at the
 * field with the view model's reason while OK is disabled, and the target sectors' filter narrows a
 * long check list without losing checks.
 */
@ExtendWith(ApplicationExtension.class)
class OptionDialogRobotTest {
    private static final int EXTRA_SECTORS = 300;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        RobotFixtures.showOwner(stage);
        // The option dialog is taller than the usual owner; centred on it in the screen's corner, its top
        // would be off the screen, out of the mouse's reach.
        stage.setWidth(1000);
        stage.setHeight(900);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        RobotFixtures.hideOtherWindows(robot, stage);
    }

    /** The small project with 300 more sectors, "Sector 001" to "Sector 300". */
    private static Project manySectors() {
        Project small = TestProjects.small();
        List<Sector> sectors = new ArrayList<>(small.sectors());
        for (int i = 1; i <= EXTRA_SECTORS; i++) {
            sectors.add(new Sector(String.format("sector-%03d", i), String.format("Sector %03d", i), Driver.MARKET,
                    null, new Position(0.01 * (i % 90), -0.5), Placement.analyst("Generated."), List.of(), List.of(),
                    Extras.NONE, Extras.NONE));
        }
        return small.withSectors(sectors);
    }

    private AtomicReference<Optional<String>> open(OptionDialogViewModel vm) {
        AtomicReference<Optional<String>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(OptionDialog.showAndApply(stage, vm)));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static Button ok(FxRobot robot, String dialogClass) {
        return (Button) robot.lookup(dialogClass).queryAs(DialogPane.class).lookupButton(ButtonType.OK);
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEmptyNameIsMarkedWithItsReasonAndOkRefusesUntilItIsTyped(FxRobot robot) {
        ProjectSession session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        AtomicReference<Optional<String>> added = open(new PolicyOptionsViewModel(session).newOption());
        TextField name = robot.lookup("#option-name").queryAs(TextField.class);
        Button ok = ok(robot, ".option-dialog");

        assertTrue(ok.isDisabled());
        assertEquals("The option needs a name.", FieldMarks.shownReason(name), "marked from the start");
        assertTrue(name.getStyleClass().contains(FieldMarks.REFUSED));
        assertEquals("The option needs a name.", name.getAccessibleHelp(), "a screen reader hears the reason");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".option-dialog").tryQuery().isPresent(), "Enter does not close a refused form");

        robot.clickOn(name).write("Export controls");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ok.isDisabled());
        assertEquals("", FieldMarks.shownReason(name));
        assertFalse(name.getStyleClass().contains(FieldMarks.REFUSED));

        replaceText(robot, "#option-name", "");
        assertTrue(ok.isDisabled());
        assertEquals("The option needs a name.", FieldMarks.shownReason(name), "marked again when emptied");

        robot.clickOn(name).write("Export controls on tools");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        String id = added.get().orElseThrow();
        assertEquals("Export controls on tools", session.project().option(id).orElseThrow().name());
    }

    @Test
    void aWeightOutOfRangeIsMarkedAndOkRefusesUntilItIsFixed(FxRobot robot) {
        ProjectSession session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        Platform.runLater(() -> CriterionDialog.showAndApply(stage, new PolicyOptionsViewModel(session)
                .editCriterion(SECURITY)));
        WaitForAsyncUtils.waitForFxEvents();
        TextField weight = robot.lookup("#criterion-weight").queryAs(TextField.class);
        Button ok = ok(robot, ".criterion-dialog");
        assertEquals("", FieldMarks.shownReason(weight));

        replaceText(robot, "#criterion-weight", "2000000");
        assertTrue(ok.isDisabled());
        String reason = "The weight must be a number from 0 to 1000000.";
        assertEquals(reason, FieldMarks.shownReason(weight));
        assertEquals(reason, robot.lookup("#criterion-problem").queryAs(Label.class).getText(),
                "the mark says what the problem line says");
        assertEquals("", FieldMarks.shownReason(robot.lookup("#criterion-name").queryAs(TextField.class)),
                "only the refused field is marked");

        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ok.isDisabled());
        assertEquals("", FieldMarks.shownReason(weight));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(200000.0, session.project().criteria().get(1).weight());
    }

    @Test
    void aSourceTheProjectNoLongerListsIsNotedButKept(FxRobot robot) {
        Project withoutKennedy = TestProjects.small().withSources(TestProjects.small().sources().stream()
                .filter(s -> s.id().equals(NAUGHTON)).toList());
        ProjectSession session = new ProjectSession(withoutKennedy, null, "small.sectorscope.json");
        open(new PolicyOptionsViewModel(session).editOption(SUBSIDY));
        Control source = robot.lookup("#option-source").queryAs(Control.class);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(FieldMarks.shownReason(source).contains("not among the project's"
                + " sources"), FieldMarks.shownReason(source));
        assertTrue(source.getStyleClass().contains(FieldMarks.NOTED));
        assertFalse(ok(robot, ".option-dialog").isDisabled(), "a note does not refuse the form");
        replaceText(robot, "#option-name", "Mature-node subsidies");
        robot.clickOn(ok(robot, ".option-dialog"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(KENNEDY, session.project().option(SUBSIDY).orElseThrow().sourceId());
    }

    @Test
    void theSectorFilterNarrowsHundredsOfSectorsAndKeepsTheChecksItHides(FxRobot robot) {
        ProjectSession session = new ProjectSession(manySectors(), null, "many.sectorscope.json");
        AtomicReference<Optional<String>> edited = open(new PolicyOptionsViewModel(session).editOption(SUBSIDY));
        @SuppressWarnings("unchecked")
        CheckListView<OptionDialogChoice> list = robot.lookup("#option-sectors").queryAs(CheckListView.class);
        Label count = robot.lookup("#option-sectors-count").queryAs(Label.class);
        assertEquals(4 + EXTRA_SECTORS, list.getItems().size());
        assertEquals("1 of 304 sectors targeted", count.getText());

        robot.clickOn("#option-sector-filter").write("sector 12");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Sector 012", "Sector 112", "Sector 120", "Sector 121", "Sector 122", "Sector 123",
                "Sector 124", "Sector 125", "Sector 126", "Sector 127", "Sector 128", "Sector 129", "Sector 212"),
                list.getItems().stream().map(OptionDialogChoice::label).map(l -> l.replaceAll(" \\(.\\)$", ""))
                        .toList());
        assertEquals("1 of 304 sectors targeted; 13 shown", count.getText());

        // Check "Sector 121" with the mouse, on its check box.
        Node box = robot.lookup("#option-sectors .check-box").queryAll().stream()
                .filter(n -> n.getParent() instanceof ListCell<?> cell
                        && cell.getItem() != null && cell.getItem().toString().startsWith("Sector 121"))
                .findFirst().orElseThrow();
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((CheckBox) box).isSelected());
        assertEquals("2 of 304 sectors targeted; 13 shown", count.getText());

        replaceText(robot, "#option-sector-filter", "semi");
        assertEquals(1, list.getItems().size());
        assertTrue(list.getCheckModel().isChecked(0), "Semiconductors, targeted before, is still checked");
        assertEquals(List.of(), list.getItems().stream().filter(c -> c.label().startsWith("Sector")).toList());

        replaceText(robot, "#option-sector-filter", "");
        assertEquals(304, list.getItems().size());
        List<String> checked = list.getCheckModel().getCheckedItems().stream().map(OptionDialogChoice::id).toList();
        assertEquals(List.of(CHIPS, "sector-121"), checked, "no check moved onto another sector");

        robot.clickOn(ok(robot, ".option-dialog"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(SUBSIDY), edited.get());
        assertEquals(List.of(CHIPS, "sector-121"), session.project().option(SUBSIDY).orElseThrow().targets().sectorIds());
    }
}
