package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Work that ran out of memory on the background thread is told in words, not as an error's name. */
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
}
