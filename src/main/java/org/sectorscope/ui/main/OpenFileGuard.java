package org.sectorscope.ui.main;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.session.ProjectWatcher;
import org.sectorscope.store.AutosavePolicy;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.RecoveryJournal;

/**
 * Keeps the open project safe while it is open: our lock on its file (so a second Sectorscope does
 * not write it too), a watcher that notices other programs changing it, and the recovery journal
 * written shortly after edits (2 s after the last one, at least every 30 s while editing goes on).
 * All file work runs on the background thread of {@link ProjectFiles}.
 */
final class OpenFileGuard {
    private final ProjectFiles files;
    private final Executor fx;
    private final RecoveryJournal journal;
    private final LongSupplier clock;
    private final Consumer<String> status;
    private final AutosavePolicy policy = new AutosavePolicy();
    private final ProjectWatcher watcher = new ProjectWatcher();
    private ProjectLock lock;

    /** @param journal null for no recovery journal (tests of other things) */
    OpenFileGuard(ProjectFiles files, Executor fx, RecoveryJournal journal, LongSupplier clock, Consumer<String> status) {
        this.files = files;
        this.fx = fx;
        this.journal = journal;
        this.clock = clock;
        this.status = status;
    }

    /** Holds {@code next} (may be null) instead of the current lock, which is released. */
    void adopt(ProjectLock next) {
        ProjectLock old = lock;
        lock = next;
        if (old != null && old != next) {
            files.run(() -> old.release());
        }
    }

    boolean holdsLock() {
        return lock != null;
    }

    /** Watches {@code file} (null: nothing) and calls {@code onChange} on the FX thread when it changes. */
    void watch(Path file, Runnable onChange) {
        watcher.watch(file, () -> fx.execute(onChange));
    }

    void edited() {
        policy.onEdit(clock.getAsLong());
    }

    /** Called about once a second: writes the journal when the policy says so. */
    void tick(ProjectSession session) {
        long now = clock.getAsLong();
        if (journal == null || !policy.shouldWrite(now)) {
            return;
        }
        Path file = session.file();
        Project snapshot = session.project();
        String name = session.displayNameProperty().get();
        boolean dirty = session.isDirty();
        policy.written(now);
        files.run(() -> {
            try {
                if (dirty) {
                    journal.record(file, name, snapshot);
                } else {
                    journal.clear(file, snapshot); // undone back to the saved state: nothing to recover
                }
            } catch (ProjectFileException e) {
                fx.execute(() -> status.accept("Could not write the recovery copy: " + e.getMessage()));
            }
        });
    }

    /** The saved file now holds everything: the recovery copy is no longer needed. */
    void saved(Path file, Project project) {
        if (journal != null) {
            files.run(() -> clear(file, project));
        }
    }

    /** The project was closed on purpose (opened another, or discarded): drop its recovery copy. */
    void closed(Path file, Project project) {
        saved(file, project);
    }

    /** A clean exit: no lock, no watcher, no recovery copies of this process left behind. */
    void closeCleanly() {
        watcher.close();
        ProjectLock old = lock;
        lock = null;
        files.run(() -> {
            if (old != null) {
                old.release();
            }
            if (journal != null) {
                try {
                    journal.clearThisProcess();
                } catch (ProjectFileException e) {
                    // leaving a stale copy behind is harmless: the next launch offers it once
                }
            }
        });
    }

    RecoveryJournal journal() {
        return journal;
    }

    private void clear(Path file, Project project) {
        try {
            journal.clear(file, project);
        } catch (ProjectFileException e) {
            fx.execute(() -> status.accept("Could not remove the recovery copy: " + e.getMessage()));
        }
    }
}
