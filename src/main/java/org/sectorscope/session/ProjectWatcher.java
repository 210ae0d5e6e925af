package org.sectorscope.session;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Notices early when another program writes, replaces or deletes the open project file, so the
 * analyst can reload before editing further. Watches the file's folder (editors often save by
 * replacing the file); {@code onChange} runs on the watcher's own thread and should only hand over
 * to the FX thread. The caller then compares fingerprints, so our own saves raise no alarm.
 */
public final class ProjectWatcher implements AutoCloseable {
    private WatchService service;
    private Thread thread;

    /** Watches {@code file} instead of whatever was watched before; null stops watching. */
    public synchronized void watch(Path file, Runnable onChange) {
        close();
        if (file == null || file.toAbsolutePath().getParent() == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Path name = file.getFileName();
        try {
            WatchService ws = FileSystems.getDefault().newWatchService();
            folder.register(ws, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE);
            service = ws;
            thread = new Thread(() -> loop(ws, name, onChange), "sectorscope-watch");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException | UnsupportedOperationException e) {
            service = null; // no watching on this file system; the check at save time still protects the file
        }
    }

    private static void loop(WatchService ws, Path name, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context());
                }
                key.reset();
                if (ours) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop quietly
        }
    }

    @Override
    public synchronized void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // nothing to do: the thread ends on the closed service
            }
            service = null;
            thread = null;
        }
    }
}
