package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18, point 2: the start-up mark comes on the first frame with the content, not before it. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameRobotTest {
    private Label label;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        label = new Label("Content");
        Scene scene = new Scene(new StackPane(label), 400, 300);
        scene.setFill(Color.BEIGE);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theCallbackWaitsForTheContentThenComesOnceOnTheFxThreadAndTheFillIsAsBefore(FxRobot robot) throws Exception {
        CompletableFuture<Void> content = new CompletableFuture<>();
        CountDownLatch painted = new CountDownLatch(1);
        int[] calls = new int[1];
        boolean[] onFxThread = new boolean[1];
        robot.interact(() -> FirstFrame.whenPainted(stage, content, () -> {
            calls[0]++;
            onFxThread[0] = Platform.isFxApplicationThread();
            painted.countDown();
        }));
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> label.setText(label.getText() + "."));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(1, painted.getCount(), "pulses without the content do not count");

        content.complete(null);
        assertTrue(painted.await(10, TimeUnit.SECONDS), "the content's first frame is told");
        for (int i = 0; i < 3; i++) {
            robot.interact(() -> label.setText(label.getText() + "."));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(1, calls[0], "once");
        assertTrue(onFxThread[0]);
        assertEquals(Color.BEIGE, stage.getScene().getFill(), "the nudge to the scene's fill is undone");
    }
}
