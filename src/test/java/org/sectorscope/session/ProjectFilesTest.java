package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.SpecialFiles;

/**
 * Issue 12, point 6, in the window: reading and writing run on separate threads, so a read that hangs
 * (a named pipe, a stalled network share) never holds up a save or a recovery write queued after it.
 */
class ProjectFilesTest {
    @TempDir
    Path dir;
    private final ProjectFiles files = new ProjectFiles();
    private Path fifo;
    private Path pngFifo;
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void tearDown() {
        release.countDown();
        SpecialFiles.unblock(fifo);
        SpecialFiles.unblock(pngFifo);
        files.close();
    }

    @Test
    void openingAPipeFailsAtOnceAndASaveAfterItCompletes() throws Exception {
        fifo = SpecialFiles.fifo(dir.resolve("pipe.sectorscope.json"));
        var opening = files.open(fifo);
        pngFifo = SpecialFiles.fifo(dir.resolve("pipe.png"));
        var imageOpening = files.openImage(pngFifo);
        Path file = dir.resolve("saved.sectorscope.json");
        assertEquals(file, files.save(TestProjects.small(), file).get(5, TimeUnit.SECONDS), "the save is not held up");
        assertEquals(TestProjects.small(), ProjectStore.load(file));
        ExecutionException e = Assertions.assertThrows(ExecutionException.class,
                () -> opening.get(5, TimeUnit.SECONDS));
        assertEquals(fifo + ": is a named pipe (FIFO), not a project file", ProjectFiles.fileError(e.getCause()).getMessage());
        Assertions.assertThrows(ExecutionException.class, () -> imageOpening.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aStuckReadNeverHoldsUpSavesOrOtherWrites() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        var stuck = files.runReading(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        Path file = dir.resolve("saved.sectorscope.json");
        files.save(TestProjects.small(), file).get(5, TimeUnit.SECONDS);
        files.run(() -> { }).get(5, TimeUnit.SECONDS);
        assertEquals(TestProjects.small(), files.load(file).get(5, TimeUnit.SECONDS), "another read is not held up");
        assertTrue(!stuck.isDone());
    }

    @Test
    void theSampleReadAheadIsHandedOverOnceThenEachLoadReadsAnew() throws Exception {
        files.prefetchSample();
        var ahead = files.loadSample();
        var again = files.loadSample();
        Assertions.assertNotSame(ahead, again, "the read ahead serves one load, the next reads again");
        assertEquals(ProjectStore.loadSample(), ahead.get(5, TimeUnit.SECONDS));
        assertEquals(ProjectStore.loadSample(), again.get(5, TimeUnit.SECONDS));
    }
}
