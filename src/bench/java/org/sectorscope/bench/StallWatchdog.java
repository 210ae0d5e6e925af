package org.sectorscope.bench;

import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread stays blocked: a background thread posts a ping with
 * {@link Platform#runLater} every 5 ms and each ping records how long it waited to run. While the FX
 * thread is busy with one long piece of work the pings queue up, and the first of them waits for
 * (nearly) all of it, so the longest wait is the longest freeze a user would have seen.
 */
final class StallWatchdog implements AutoCloseable {
    static final long PERIOD_MILLIS = 5;

    private final AtomicLong maxLatency = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    StallWatchdog() {
        thread = new Thread(this::loop, "bench-stall-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            long sent = System.nanoTime();
            Platform.runLater(() -> maxLatency.accumulateAndGet(System.nanoTime() - sent, Math::max));
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The longest wait of any ping that has run so far, in milliseconds. */
    double longestStallMillis() {
        return maxLatency.get() / 1e6;
    }

    /** Stops pinging; pings already posted still run (and count) when the FX thread gets to them. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
