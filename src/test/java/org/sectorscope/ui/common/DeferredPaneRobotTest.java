package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sectorscope.ui.RobotFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 18: a pane built when first needed shows its title until then, and is built once. */
@ExtendWith(ApplicationExtension.class)
class DeferredPaneRobotTest {
    private final List<String> built = new ArrayList<>();
    private DeferredPane first;
    private DeferredPane second;
    private DeferredPane third;

    @Start
    void start(Stage stage) {
        first = pane("First");
        second = pane("Second");
        third = pane("Third");
        RobotFixtures.showPane(stage, new HBox(first, second, third), 600, 300);
    }

    private DeferredPane pane(String title) {
        return new DeferredPane(title, () -> {
            built.add(title);
            Label content = new Label(title + " content");
            content.setId(title.toLowerCase() + "-content");
            return content;
        });
    }

    @Test
    void showsItsTitleUntilFilledThenItsContentBuiltOnce(FxRobot robot) {
        robot.interact(() -> {
            assertFalse(first.isFilled());
            assertEquals(1, first.getChildren().size());
            assertEquals("First", ((Label) first.getChildren().get(0)).getText(), "the title where the content's will be");
            assertTrue(first.getChildren().get(0).getStyleClass().contains("pane-title"));
            assertTrue(robot.lookup("#first-content").tryQuery().isEmpty(), "nothing built yet");

            var content = first.fill();
            assertSame(content, first.fill(), "a second fill gives the same content");
            assertEquals(List.of("First"), built, "built once");
            assertEquals(List.of(content), first.getChildren(), "the content replaces the title");
            assertTrue(first.isFilled());
        });
    }

    @Test
    void fillsInTurnOneTaskEachPassingOverThoseFilledThenRunsWhatFollows(FxRobot robot) {
        Deque<Runnable> tasks = new ArrayDeque<>();
        AtomicInteger after = new AtomicInteger();
        robot.interact(() -> {
            second.fill();
            built.clear();
            DeferredPane.inTurn(List.of(first::fill, second::fill, third::fill), tasks::add, after::incrementAndGet);
            assertTrue(built.isEmpty(), "nothing is built in the caller's task");

            tasks.poll().run();
            assertEquals(List.of("First"), built, "one pane per task");
            assertFalse(third.isFilled());
            tasks.poll().run();
            assertEquals(List.of("First"), built, "the pane filled already is passed over");
            tasks.poll().run();
            assertEquals(List.of("First", "Third"), built);
            assertEquals(0, after.get(), "what follows waits for a task of its own");
            tasks.poll().run();
            assertEquals(1, after.get());
            assertTrue(tasks.isEmpty(), "and nothing more is queued");
        });
    }

    @Test
    void aStepThatFailsLeavesTheRestToCome(FxRobot robot) {
        Deque<Runnable> tasks = new ArrayDeque<>();
        AtomicInteger after = new AtomicInteger();
        robot.interact(() -> {
            DeferredPane.inTurn(List.of(() -> {
                throw new IllegalStateException("a pane that could not be built");
            }, third::fill), tasks::add, after::incrementAndGet);
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> tasks.poll().run());
            assertEquals("a pane that could not be built", failure.getMessage(), "the failure reaches the thread");
            tasks.poll().run();
            assertTrue(third.isFilled(), "the next step still runs");
            tasks.poll().run();
            assertEquals(1, after.get(), "and what follows, so a launch waiting for it is not left waiting");
        });
    }
}
