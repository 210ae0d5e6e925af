package org.sectorscope.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Tells when the work an action set off is on screen: laid out and rendered.
 *
 * <p>JavaFX renders a pulse on its render thread while the FX thread goes on, and the next pulse
 * that has anything to draw first waits for that render to finish. So after the first pulse that
 * leaves the layout clean, this watcher changes a 1x1 probe (one pixel to redraw, nothing to lay
 * out), which forces one more pulse; that pulse waits for the previous frame's render, and once it
 * has run, the time of the last completed render (reported by the toolkit's per-scene performance
 * tracker on the render thread) is the moment the settled frame was on screen. The probe pulse
 * itself must be quiet (CSS and layout under {@link #QUIET_NANOS}); if it is not, the layout was not
 * settled after all and the watcher keeps going.
 */
final class FrameWatcher {
    /** A pulse whose CSS and layout passes take less than this did no real work. */
    static final long QUIET_NANOS = 2_000_000;
    private static final Color PROBE_A = Color.rgb(0, 0, 0, 0.01);
    private static final Color PROBE_B = Color.rgb(0, 0, 0, 0.02);

    private final Scene scene;
    private final Rectangle probe;
    private final AtomicLong lastRendered = new AtomicLong();
    private final AtomicLong framesRendered = new AtomicLong();

    /** Call on the FX thread; {@code probe} must be a node of {@code scene}. */
    FrameWatcher(Scene scene, Rectangle probe) {
        this.scene = scene;
        this.probe = probe;
        probe.setFill(PROBE_A);
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            lastRendered.set(System.nanoTime());
            framesRendered.incrementAndGet();
        });
    }

    /** A 1x1, nearly transparent, unmanaged rectangle to give the constructor. */
    static Rectangle newProbe() {
        Rectangle probe = new Rectangle(1, 1, PROBE_A);
        probe.setManaged(false);
        probe.setMouseTransparent(true);
        return probe;
    }

    long framesRendered() {
        return framesRendered.get();
    }

    void release() {
        PerformanceTracker.releaseSceneTracker(scene);
    }

    /**
     * Call on the FX thread just before starting the work: completes with the {@link System#nanoTime()}
     * at which the first frame showing the settled layout, with {@code ready} true, finished rendering.
     */
    CompletableFuture<Long> whenSettled(BooleanSupplier ready) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Runnable[] listeners = new Runnable[2];
        long[] preLayout = new long[1];
        boolean[] probed = new boolean[1];
        listeners[0] = () -> preLayout[0] = System.nanoTime();
        listeners[1] = () -> {
            if (done.isDone()) {
                return;
            }
            long work = System.nanoTime() - preLayout[0];
            boolean settled = !scene.getRoot().isNeedsLayout() && ready.getAsBoolean();
            if (settled && probed[0] && work < QUIET_NANOS) {
                // This probe pulse waited for the previous frame; once it is over, that frame is rendered.
                Platform.runLater(() -> {
                    scene.removePreLayoutPulseListener(listeners[0]);
                    scene.removePostLayoutPulseListener(listeners[1]);
                    // Without reports from the tracker, fall back on now: later than the render, by this pulse.
                    done.complete(framesRendered.get() > 0 ? lastRendered.get() : System.nanoTime());
                });
            } else if (settled) {
                probed[0] = true;
                Platform.runLater(() -> {
                    probe.setFill(PROBE_A.equals(probe.getFill()) ? PROBE_B : PROBE_A);
                    Platform.requestNextPulse();
                });
            } else {
                probed[0] = false;
                Platform.requestNextPulse();
            }
        };
        scene.addPreLayoutPulseListener(listeners[0]);
        scene.addPostLayoutPulseListener(listeners[1]);
        Platform.requestNextPulse();
        return done;
    }
}
