package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18, point 2: a hidden tab's content stays out of the scene until its tab is first chosen. */
@ExtendWith(ApplicationExtension.class)
class LazyTabContentRobotTest {
    private Label first;
    private Label second;
    private TabPane tabs;
    private Tab secondTab;

    @Start
    void start(Stage stage) {
        first = new Label("First");
        second = new Label("Second");
        tabs = new TabPane();
        tabs.getTabs().add(LazyTabContent.attachWhenSelected(new Tab("One"), first));
        secondTab = new Tab("Two");
        tabs.getTabs().add(secondTab);
        LazyTabContent.attachWhenSelected(secondTab, second);
        stage.setScene(new Scene(tabs, 400, 300));
        stage.show();
    }

    @Test
    void theHiddenTabsContentJoinsTheSceneOnItsFirstSelectionAndStays(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(tabs.getScene(), first.getScene(), "the selected tab shows its content at once");
        assertNull(secondTab.getContent(), "the hidden tab has none yet");
        assertNull(second.getScene(), "so nothing of it is styled or laid out");

        robot.clickOn("Two");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(second, secondTab.getContent());
        assertSame(tabs.getScene(), second.getScene(), "chosen, it is in the window");

        robot.clickOn("One");
        robot.clickOn("Two");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(second, secondTab.getContent(), "the same content on every later visit");
    }
}
