package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18: at launch the window shows once its content is in, at the latest after the bound, and once only. */
@ExtendWith(ApplicationExtension.class)
class LaunchShowRobotTest {
    private Stage window;

    @Start
    void start(Stage primary) {
        // The primary stage is TestFX's; each test gets a window of its own, not shown yet.
        window = new Stage();
        window.setScene(new Scene(new StackPane(new Label("Content")), 300, 200));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::hide);
    }

    @Test
    void theWindowWaitsForItsContentThenShows(FxRobot robot) throws Exception {
        LaunchShow launch = new LaunchShow(window);
        CompletableFuture<Void> content = new CompletableFuture<>();
        robot.interact(() -> launch.showWhen(content, 60_000));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isShowing(), "not before the content is in");

        content.complete(null);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, window::isShowing);
        assertTrue(launch.isShown());
    }

    @Test
    void aFailedOpenShowsTheWindowToo(FxRobot robot) throws Exception {
        LaunchShow launch = new LaunchShow(window);
        CompletableFuture<Void> content = new CompletableFuture<>();
        robot.interact(() -> launch.showWhen(content, 60_000));
        content.completeExceptionally(new IllegalStateException("unreadable"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, window::isShowing);
    }

    @Test
    void contentThatNeverComesDoesNotHoldTheWindowBackPastTheBound(FxRobot robot) throws Exception {
        LaunchShow launch = new LaunchShow(window);
        long start = System.nanoTime();
        robot.interact(() -> launch.showWhen(new CompletableFuture<Void>(), 400));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, window::isShowing);
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(400), "not before the bound either");
    }

    @Test
    void aDialogShowsTheWindowFirstAndAWindowClosedAfterwardsStaysClosed(FxRobot robot) throws Exception {
        LaunchShow launch = new LaunchShow(window);
        CompletableFuture<Void> content = new CompletableFuture<>();
        robot.interact(() -> launch.showWhen(content, 60_000));
        robot.interact(launch::showNow);
        assertTrue(window.isShowing(), "a question is not asked of a window off screen");

        robot.interact(window::hide);
        content.complete(null);
        robot.interact(launch::showNow);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.isShowing(), "once shown, the window is the analyst's to close");
    }
}
