package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18: tooltips are made on the first hover, yet show, change and go as they did, and speak at once. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipRobotTest {
    private Label label;
    private HBox box;

    @Start
    void start(Stage stage) {
        label = new Label("Grade A1");
        box = new HBox(new Label("Legend entry"));
        VBox content = new VBox(40, label, box);
        content.setAlignment(Pos.CENTER);
        stage.setScene(new Scene(new StackPane(content), 400, 300));
        stage.show();
    }

    @Test
    void noTooltipIsMadeUntilThePointerComesThenItShowsWithTheLatestText(FxRobot robot) throws Exception {
        robot.interact(() -> {
            LazyTooltip.set(label, "Completely reliable");
            LazyTooltip.set(label, "Usually reliable");
        });
        assertNull(label.getTooltip(), "nothing made before a hover");
        assertEquals("Usually reliable", label.getAccessibleHelp(), "a screen reader hears it already");
        assertEquals("Usually reliable", LazyTooltip.textOf(label));

        robot.moveTo(label);
        robot.moveBy(2, 1);
        Tooltip tooltip = label.getTooltip();
        assertNotNull(tooltip, "made on the hover");
        assertEquals("Usually reliable", tooltip.getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, tooltip::isShowing);

        robot.moveTo(box);
        robot.interact(() -> LazyTooltip.set(label, "Fairly reliable"));
        assertSame(tooltip, label.getTooltip(), "one tooltip, its text changed");
        assertEquals("Fairly reliable", tooltip.getText());
        assertEquals("Fairly reliable", label.getAccessibleHelp());

        robot.interact(() -> LazyTooltip.set(label, null));
        assertNull(label.getTooltip(), "null takes it off");
        assertNull(label.getAccessibleHelp());
        robot.interact(() -> LazyTooltip.set(label, "Not usually reliable"));
        assertSame(tooltip, label.getTooltip(), "and a text puts it back");
    }

    @Test
    void aPlainNodeGetsItsTooltipOnHoverStyledOnceAndKeepsAHelpOfItsOwn(FxRobot robot) throws Exception {
        int[] styled = new int[1];
        robot.interact(() -> {
            box.setAccessibleHelp("Its own help");
            LazyTooltip.set(box, "Report placement", tip -> {
                styled[0]++;
                tip.setWrapText(true);
            });
        });
        assertEquals("Its own help", box.getAccessibleHelp(), "a help set elsewhere stays");
        robot.moveTo(box);
        robot.moveBy(1, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && "Report placement".equals(t.getText())));
        Tooltip shown = (Tooltip) Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip t && t.isShowing()).findFirst().orElseThrow();
        assertTrue(shown.isWrapText(), "styled when made");
        robot.moveTo(label);
        robot.interact(() -> LazyTooltip.set(box, "Analyst placement"));
        assertEquals("Analyst placement", shown.getText());
        assertEquals(1, styled[0], "styled once");
    }
}
