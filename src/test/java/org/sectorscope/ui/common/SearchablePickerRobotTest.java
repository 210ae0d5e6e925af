package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long list's choice found by typing, which follows its list without losing the value chosen. */
@ExtendWith(ApplicationExtension.class)
class SearchablePickerRobotTest {
    private final ObservableList<String> sources = FXCollections.observableArrayList("No source",
            "Scott Kennedy, China's uneven high-tech drive", "Barry Naughton, Industrial policy notes");
    private ComboBox<String> picker;
    private TextField after;

    @Start
    void start(Stage stage) {
        picker = SearchablePicker.of(sources);
        picker.setId("picker");
        picker.setValue("No source");
        after = new TextField();
        after.setId("after");
        RobotFixtures.showPane(stage, new VBox(8, picker, after), 500, 300);
    }

    @Test
    void typedWordsFromAnywhereInAnEntryAndTabTakeIt(FxRobot robot) {
        robot.interact(picker::requestFocus);
        robot.write("policy").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Barry Naughton, Industrial policy notes", picker.getValue());
        assertTrue(after.isFocused(), "Tab went on to the next field");
        assertFalse(picker.isShowing());
    }

    @Test
    void theListFollowsItsItemsAndKeepsTheValueChosen(FxRobot robot) {
        robot.interact(() -> picker.setValue("Barry Naughton, Industrial policy notes"));
        robot.interact(() -> sources.setAll(List.of("No source", "Barry Naughton, Industrial policy notes",
                "Edward Tse, China's disruptors")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("No source", "Barry Naughton, Industrial policy notes", "Edward Tse, China's disruptors"),
                picker.getItems());
        assertEquals("Barry Naughton, Industrial policy notes", picker.getValue());

        robot.interact(picker::requestFocus);
        robot.write("disrupt").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Edward Tse, China's disruptors", picker.getValue(), "a new entry is found at once");
        assertTrue(picker.isFocused(), "Enter leaves the keyboard on the choice");
    }
}
