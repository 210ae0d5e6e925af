package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 18: work handed to {@link NextFrame} runs after the window's next pulse, not merely later. */
@ExtendWith(ApplicationExtension.class)
class NextFrameRobotTest {
    private Scene scene;
    private final AtomicInteger pulses = new AtomicInteger();

    @Start
    void start(Stage stage) {
        RobotFixtures.showPane(stage, new Label("frame"), 300, 200);
        scene = stage.getScene();
        scene.addPostLayoutPulseListener(pulses::incrementAndGet);
    }

    @Test
    void runsAfterTheNextPulseInOrderAndAfterTasksPostedBeforeIt() throws Exception {
        List<String> ran = new ArrayList<>();
        CompletableFuture<Integer> pulsesBefore = new CompletableFuture<>();
        CompletableFuture<Integer> pulsesAtFirst = new CompletableFuture<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            NextFrame next = new NextFrame(scene);
            pulsesBefore.complete(pulses.get());
            next.execute(() -> {
                pulsesAtFirst.complete(pulses.get());
                ran.add("first");
            });
            next.execute(() -> {
                ran.add("second");
                done.complete(null);
            });
            Platform.runLater(() -> ran.add("a task posted after"));
            ran.add("the caller's task");
        });
        done.get(10, TimeUnit.SECONDS);
        assertTrue(pulsesAtFirst.get() > pulsesBefore.get(), "a pulse came in between");
        assertEquals(List.of("the caller's task", "a task posted after", "first", "second"), ran);
    }

    @Test
    void aSceneNotShownRunsTheWorkAsALaterTask(FxRobot robot) throws Exception {
        CompletableFuture<String> ran = new CompletableFuture<>();
        robot.interact(() -> {
            Scene hidden = new Scene(new Label("never shown"));
            new NextFrame(hidden).execute(() -> ran.complete("ran"));
            assertTrue(!ran.isDone(), "not in the caller's task");
        });
        assertEquals("ran", ran.get(10, TimeUnit.SECONDS));
    }

    @Test
    void afterFramesWaitsForThatManyPulses() throws Exception {
        CompletableFuture<Integer> pulsesBefore = new CompletableFuture<>();
        CompletableFuture<Integer> pulsesAtRun = new CompletableFuture<>();
        Platform.runLater(() -> {
            pulsesBefore.complete(pulses.get());
            new NextFrame(scene).afterFrames(3).execute(() -> pulsesAtRun.complete(pulses.get()));
        });
        int before = pulsesBefore.get(10, TimeUnit.SECONDS);
        assertTrue(pulsesAtRun.get(10, TimeUnit.SECONDS) >= before + 3,
                "three pulses in between: " + before + " then " + pulsesAtRun.get());
    }
}
