package org.sectorscope.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Files the desktop asks the running app to open (macOS sends "open with" and a double-clicked document
 * as an event, not as an argument). The window holds one project, so the first file of a request is the
 * one opened; a request that comes before the window is ready waits for it, and the latest wins.
 */
public final class OpenFileRequests {
    private final Executor fxThread;
    private Consumer<Path> opener;
    private Path waiting;

    public OpenFileRequests(Executor fxThread) {
        this.fxThread = fxThread;
    }

    /** A request from the desktop, on whatever thread it arrives. */
    public synchronized void request(List<File> files) {
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(0).toPath();
        if (opener == null) {
            waiting = file;
        } else {
            Consumer<Path> open = opener;
            fxThread.execute(() -> open.accept(file));
        }
    }

    /**
     * The file asked for before the window was ready, taken so it opens at launch instead of the sample;
     * null when none was.
     */
    public synchronized Path takeWaiting() {
        Path file = waiting;
        waiting = null;
        return file;
    }

    /** The window is ready: later requests go to {@code open} on the FX thread, and so does one still waiting. */
    public synchronized void ready(Consumer<Path> open) {
        opener = open;
        Path file = takeWaiting();
        if (file != null) {
            fxThread.execute(() -> open.accept(file));
        }
    }
}
