package org.sectorscope.session;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Calls back at a fixed period until stopped: the clock that asks autosave whether a recovery copy is
 * due. The callback runs on the ticker's own thread; the document hops to the FX thread itself. Tests
 * tick by hand.
 */
@FunctionalInterface
public interface Ticker {
    /** A running ticker; stopping it twice is harmless. */
    interface Ticking {
        void stop();
    }

    Ticking every(Duration period, Runnable tick);

    /** Never ticks: for documents that keep no recovery copy. */
    Ticker NEVER = (period, tick) -> () -> { };

    /** Ticks on a daemon thread of its own, so a window left open never keeps the program alive. */
    static Ticker onDaemonThread() {
        return (period, tick) -> {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sectorscope-autosave");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
            return timer::shutdownNow;
        };
    }
}
