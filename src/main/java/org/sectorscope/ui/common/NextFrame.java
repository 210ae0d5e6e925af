package org.sectorscope.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work on the FX thread after the scene's next pulse, rather than merely later: a task posted with
 * {@link Platform#runLater} can run before the pulse that lays out what the task before it changed, and the
 * two then freeze the window as one. Used for the selection a freshly opened project starts with, so its
 * layout comes in a frame of its own. When the window is not showing (no pulse would come), it runs the
 * work as {@code runLater} does.
 */
public final class NextFrame implements Executor {
    private final Scene scene;
    private final List<Runnable> waiting = new ArrayList<>();
    private final Runnable afterLayout = this::afterLayout;

    public NextFrame(Scene scene) {
        this.scene = scene;
    }

    /** FX thread. */
    @Override
    public void execute(Runnable work) {
        if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
            Platform.runLater(work);
            return;
        }
        if (waiting.isEmpty()) {
            scene.addPostLayoutPulseListener(afterLayout);
        }
        waiting.add(work);
        Platform.requestNextPulse();
    }

    /** Runs {@code work} through {@code afterFrame} {@code frames} times over: after that many frames. */
    public static void after(Executor afterFrame, int frames, Runnable work) {
        if (frames <= 0) {
            work.run();
        } else {
            afterFrame.execute(() -> after(afterFrame, frames - 1, work));
        }
    }

    /** An executor running work after the window's next {@code frames} frames. */
    public Executor afterFrames(int frames) {
        return work -> after(this, frames, work);
    }

    private void afterLayout() {
        scene.removePostLayoutPulseListener(afterLayout);
        List<Runnable> due = List.copyOf(waiting);
        waiting.clear();
        // Posted from within the pulse, so each runs once the pulse, and its frame's copy, are over.
        due.forEach(Platform::runLater);
    }
}
