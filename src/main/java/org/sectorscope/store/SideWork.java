package org.sectorscope.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What an open or a save does beside its main work: hashing the bytes, reading the file on disk back,
 * checking the reader's limits. Each gets a thread of its own, so they run side by side with each other
 * as well as with the main work; the common pool has one worker on a two-core machine, which made them
 * queue behind each other while the save waited for the last.
 */
final class SideWork {
    private static final AtomicInteger COUNT = new AtomicInteger();
    /** Threads are made as needed and kept a minute, so a burst of saves reuses them. */
    private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), work -> {
                Thread t = new Thread(work, "sectorscope-side-work-" + COUNT.incrementAndGet());
                t.setDaemon(true); // never keeps the application from exiting
                return t;
            });

    private SideWork() {
    }

    static <T> CompletableFuture<T> start(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, THREADS);
    }
}
