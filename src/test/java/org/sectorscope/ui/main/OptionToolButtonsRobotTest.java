package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.RobotFixtures;
import org.sectorscope.ui.options.PolicyOptionsView;
import org.sectorscope.ui.options.PolicyOptionsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Options pane's Compare, Weights and Coverage buttons: each clicked does its own action, and Compare follows its rule. */
@ExtendWith(ApplicationExtension.class)
class OptionToolButtonsRobotTest {
    private final List<String> done = new ArrayList<>();
    private final SimpleBooleanProperty compareUnavailable = new SimpleBooleanProperty(false);

    @Start
    void start(Stage stage) throws Exception {
        ProjectSession session = new ProjectSession(ProjectStore.loadSample(), null, "sample.sectorscope.json");
        PolicyOptionsView view = new PolicyOptionsView(new PolicyOptionsViewModel(session));
        OptionToolButtons.addTo(view, Bindings.createBooleanBinding(compareUnavailable::get, compareUnavailable),
                () -> done.add("compare"), () -> done.add("weights"), () -> done.add("coverage"));
        RobotFixtures.showPane(stage, view, 1300, 600);
    }

    @Test
    void eachButtonDoesItsOwnActionAndCompareIsOffWhileItsRuleSaysSo(FxRobot robot) {
        robot.clickOn("#options-weights");
        robot.clickOn("#options-coverage");
        robot.clickOn("#options-compare");
        assertEquals(List.of("weights", "coverage", "compare"), done);

        robot.interact(() -> compareUnavailable.set(true));
        WaitForAsyncUtils.waitForFxEvents();
        Button compare = robot.lookup("#options-compare").queryButton();
        assertTrue(compare.isDisabled());
        robot.clickOn(compare);
        assertEquals(3, done.size(), "a disabled Compare does nothing");

        robot.interact(() -> compareUnavailable.set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(compare.isDisabled());
        assertFalse(compare.isFocusTraversable(), "the toolbar's buttons leave the keyboard to the table");
    }
}
