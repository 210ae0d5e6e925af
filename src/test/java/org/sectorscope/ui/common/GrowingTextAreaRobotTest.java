package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 19, point 15: the evidence form's Quote box grows with its text, within bounds. */
@ExtendWith(ApplicationExtension.class)
class GrowingTextAreaRobotTest {
    private static final String FIVE_LINES = "China undoubtedly has one of the most vibrant e-commerce industries in "
            + "the world, and its firms have gone from followers to leaders in providing a wide range of services, "
            + "from Tencent's WeChat platform to video streamers such as Youku and the ridesharing firm Didi, while "
            + "search remains closed and cloud services are restricted to foreign firms across the whole market.";
    private TextArea area;

    @Start
    void start(Stage stage) {
        area = new TextArea();
        area.setWrapText(true);
        GrowingTextArea.install(area, 3, 10);
        VBox box = new VBox(area);
        stage.setScene(new Scene(box, 420, 700));
        stage.show();
    }

    private double settle(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        return area.getHeight();
    }

    @Test
    void theBoxGrowsToShowAFiveLineQuoteWholeAndStopsAtTenRows(FxRobot robot) {
        double empty = settle(robot);
        assertEquals(3, area.getPrefRowCount(), "an empty box keeps its least size");

        robot.interact(() -> area.setText(FIVE_LINES));
        double grown = settle(robot);
        assertTrue(area.getPrefRowCount() > 3 && area.getPrefRowCount() < 10, "rows for a long quote: " + area.getPrefRowCount());
        assertTrue(grown > empty + 20, "taller: " + empty + " -> " + grown);
        assertTrue(area.lookupAll(".scroll-bar").stream().noneMatch(b -> b instanceof javafx.scene.control.ScrollBar sb
                && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL && sb.isVisible()),
                "the whole quote is in view: no scroll bar");

        robot.interact(() -> area.setText(FIVE_LINES.repeat(6)));
        settle(robot);
        assertEquals(10, area.getPrefRowCount(), "at most ten rows; then it scrolls");
        assertTrue(area.lookupAll(".scroll-bar").stream().anyMatch(b -> b instanceof javafx.scene.control.ScrollBar sb
                && sb.getOrientation() == javafx.geometry.Orientation.VERTICAL && sb.isVisible()), "and it scrolls");

        robot.interact(() -> area.setText(""));
        settle(robot);
        assertEquals(3, area.getPrefRowCount(), "and back down when cleared");
    }
}
