package org.sectorscope.session;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sectorscope.store.ProjectLock;

/**
 * Keeps the open file ours while it is open: our lock on it (so a second Sectorscope does not write it
 * too), and a watcher that notices other programs changing or deleting it and says so in
 * {@link #changedOnDiskProperty()}. Lock files are released on the write thread of {@link ProjectFiles}.
 */
final class OpenFileGuard {
    private final ProjectSession session;
    private final ProjectFiles files;
    private final Executor fx;
    private final ProjectWatcher watcher = new ProjectWatcher();
    private final ReadOnlyStringWrapper changedOnDisk = new ReadOnlyStringWrapper(this, "changedOnDisk", "");
    private ProjectLock lock;
    /** A lock being taken on the write thread for the open file, not yet held here (see {@link #awaitLock}). */
    private volatile AtomicReference<ProjectLock> awaited;

    OpenFileGuard(ProjectSession session, ProjectFiles files, Executor fx) {
        this.session = session;
        this.files = files;
        this.fx = fx;
    }

    /** Holds {@code next} (may be null) instead of the current lock, which is released. */
    void adopt(ProjectLock next) {
        ProjectLock old = lock;
        lock = next;
        if (old != null && old != next) {
            files.run(old::release);
        }
        releaseAwaited(next);
    }

    /**
     * A lock for the open file is being taken on the write thread and will be put in {@code slot} there;
     * whoever takes it out first owns it: the caller, to adopt it while the file is still open, or this
     * guard, which releases it once the project has moved on ({@link #adopt}, or a newer Save As).
     */
    void awaitLock(AtomicReference<ProjectLock> slot) {
        releaseAwaited(null); // an earlier Save As's file is no longer the open one
        awaited = slot;
    }

    /**
     * Releases the awaited lock on the write thread, queued after the task taking it, so a lock taken for
     * a file the project has left is gone before any later open of that file looks for locks.
     */
    private void releaseAwaited(ProjectLock keep) {
        AtomicReference<ProjectLock> slot = awaited;
        awaited = null;
        if (slot != null) {
            files.run(() -> {
                ProjectLock taken = slot.getAndSet(null);
                if (taken != null && taken != keep) {
                    taken.release();
                }
            });
        }
    }

    /** Watches {@code file} (null: nothing) instead of the file watched so far; nothing needs attention yet. */
    void watch(Path file) {
        changedOnDisk.set("");
        watcher.watch(file, () -> fx.execute(() -> checkDisk(file)));
    }

    /** Why the open file needs attention (changed or deleted by another program); empty when it does not. */
    ReadOnlyStringProperty changedOnDiskProperty() {
        return changedOnDisk.getReadOnlyProperty();
    }

    /** The analyst goes on with this version (Save still checks), or the file was just saved. */
    void settled() {
        changedOnDisk.set("");
    }

    /** A clean exit: no watcher, and no lock left behind. */
    void closeCleanly() {
        watcher.close();
        adopt(null);
    }

    /** Another program touched the open file: say so unless it still holds what we loaded or saved. */
    private void checkDisk(Path file) {
        if (!file.equals(session.file())) {
            return;
        }
        files.fingerprint(file).whenComplete((now, failure) -> fx.execute(() -> {
            if (!file.equals(session.file())) {
                return;
            }
            if (failure != null) {
                changedOnDisk.set(file.getFileName() + " was deleted or renamed by another program.");
            } else if (!now.equals(session.fingerprint())) {
                changedOnDisk.set(file.getFileName() + " was changed by another program.");
            } else {
                changedOnDisk.set("");
            }
        }));
    }
}
