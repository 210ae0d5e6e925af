package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.FileFingerprint;
import org.sectorscope.store.ProjectFormat;
import org.sectorscope.store.ProjectStore;

/**
 * Work that ran out of memory on the background thread is told in words, not as an error's name; a large
 * file's open and save tell how far they are, and the status line shows it while that work is busy.
 */
class BackgroundWorkTest {
    @Test
    void runningOutOfMemoryIsAClearMessageNotAnExceptionName() {
        List<String> shown = new ArrayList<>();
        BackgroundWork work = new BackgroundWork(Runnable::run, (title, message, details) -> shown.add(title + ": " + message));
        // As the background thread hands it over: supplyAsync wraps what its task threw.
        CompletableFuture<String> failed = CompletableFuture.supplyAsync(() -> {
            throw new OutOfMemoryError("Java heap space");
        });

        boolean done = work.finish(failed, "Opening huge.png", value -> { }, "Could not open the project").join();

        assertFalse(done);
        assertEquals(1, shown.size());
        String message = shown.get(0);
        assertTrue(message.startsWith("Could not open the project: Sectorscope ran out of memory (Java may use at most "),
                message);
        assertTrue(message.contains("so this was not done; the open project is as it was"), message);
        assertFalse(message.contains("OutOfMemoryError") || message.contains("Exception"), message);
        assertEquals("Could not open the project", work.statusProperty().get());
    }

    @Test
    void progressIsShownWhileItsWorkIsBusyAndALateWordIsDropped() {
        BackgroundWork work = new BackgroundWork(Runnable::run, (title, message, details) -> { });
        DoubleConsumer first = work.progressReporter();
        work.busy(true);
        assertEquals(-1, work.progressProperty().get(), "nothing told yet");
        first.accept(0.004);
        assertEquals(0, work.progressProperty().get(), 1e-9, "rounded to whole percents");
        first.accept(0.42);
        assertEquals(0.42, work.progressProperty().get(), 1e-9);
        first.accept(0.30);
        assertEquals(0.42, work.progressProperty().get(), 1e-9, "never goes back");
        work.busy(false);
        assertEquals(-1, work.progressProperty().get());

        DoubleConsumer second = work.progressReporter();
        work.busy(true);
        first.accept(0.9);
        assertEquals(-1, work.progressProperty().get(), "the finished work's late word is dropped");
        second.accept(0.5);
        assertEquals(0.5, work.progressProperty().get(), 1e-9);
    }

    @Test
    void openingAndSavingALargeFileTellHowFarTheyAre(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.sectorscope.json");
        Project project = TestProjects.random(3, 7_000);
        FileFingerprint saved = ProjectStore.save(project, file, null);
        assertTrue(saved.size() >= ProjectFormat.MEASURED_FROM_BYTES, saved.size() + " bytes");

        List<Double> opened = new ArrayList<>();
        ProjectStore.openWithFingerprint(file, opened::add);
        assertTrue(opened.size() > 20, "told often: " + opened.size());
        assertRising(opened);

        List<Double> written = new ArrayList<>();
        ProjectStore.save(project, file, saved, written::add);
        assertTrue(written.size() > 20, "told often: " + written.size());
        assertRising(written);

        Path small = dir.resolve("small.sectorscope.json");
        FileFingerprint smallSaved = ProjectStore.save(TestProjects.random(3, 5), small, null);
        List<Double> quiet = new ArrayList<>();
        ProjectStore.openWithFingerprint(small, quiet::add);
        ProjectStore.save(TestProjects.random(3, 5), small, smallSaved, quiet::add);
        assertEquals(List.of(), quiet, "a small file is over before a bar could be read");
    }

    private static void assertRising(List<Double> told) {
        for (int i = 1; i < told.size(); i++) {
            assertTrue(told.get(i) >= told.get(i - 1), told.toString());
        }
        assertTrue(told.get(0) < 0.1, told.toString());
        assertEquals(1.0, told.get(told.size() - 1), 1e-9, told.toString());
    }
}
