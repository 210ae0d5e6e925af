package org.sectorscope.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.sectorscope.model.Project;
import org.sectorscope.store.AutosavePolicy;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.RecoveryJournal;

/**
 * The recovery copy of the open project: written shortly after edits (2 s after the last one, at least
 * every 30 s while editing goes on) so a crash loses little, and removed once the work is saved or
 * closed on purpose. The ticker asks each second whether a copy is due; the policy decides. Writes run
 * on the write thread of {@link ProjectFiles}.
 */
final class RecoveryCopy {
    private static final Duration TICK = Duration.ofSeconds(1);
    private final ProjectFiles files;
    private final Executor fx;
    private final RecoveryJournal journal;
    private final LongSupplier clock;
    private final Ticker ticker;
    private final Consumer<String> status;
    private final AutosavePolicy policy = new AutosavePolicy();
    private Ticker.Ticking ticking;
    /** A copy is being written: no second one starts, and the policy hears how it went when it ends. */
    private boolean writing;

    RecoveryCopy(ProjectFiles files, Executor fx, Autosave autosave, Consumer<String> status) {
        this.files = files;
        this.fx = fx;
        this.journal = autosave.journal();
        this.clock = autosave.clock();
        this.ticker = autosave.ticker();
        this.status = status;
    }

    /** Starts asking, each second on the FX thread, whether a copy of {@code session}'s project is due. */
    void start(ProjectSession session) {
        if (journal != null && ticking == null) {
            ticking = ticker.every(TICK, () -> fx.execute(() -> tick(session)));
        }
    }

    /** Stops asking; copies already written stay until saved, closed or cleared. */
    void stop() {
        if (ticking != null) {
            ticking.stop();
            ticking = null;
        }
    }

    RecoveryJournal journal() {
        return journal;
    }

    void edited() {
        policy.onEdit(clock.getAsLong());
    }

    private void tick(ProjectSession session) {
        long now = clock.getAsLong();
        if (writing || !policy.shouldWrite(now)) {
            return;
        }
        Path file = session.file();
        Project snapshot = session.project();
        String name = session.displayNameProperty().get();
        boolean dirty = session.isDirty();
        writing = true;
        files.run(() -> {
            String failure = null;
            try {
                if (dirty) {
                    journal.record(file, name, snapshot);
                } else {
                    journal.clear(file, snapshot); // undone back to the saved state: nothing to recover
                }
            } catch (ProjectFileException | RuntimeException e) {
                failure = e.getMessage();
            }
            String problem = failure;
            fx.execute(() -> finished(now, problem));
        });
    }

    /** The policy learns the outcome only now, so a failed copy is tried again (after a pause) without a new edit. */
    private void finished(long snapshotTakenAt, String problem) {
        writing = false;
        if (problem == null) {
            policy.written(snapshotTakenAt);
        } else {
            policy.writeFailed(clock.getAsLong());
            status.accept("Could not write the recovery copy: " + problem);
        }
    }

    /** The saved file now holds everything, or the project was closed on purpose: its copy goes. */
    void drop(Path file, Project project) {
        if (journal != null) {
            files.run(() -> {
                try {
                    journal.clear(file, project);
                } catch (ProjectFileException e) {
                    fx.execute(() -> status.accept("Could not remove the recovery copy: " + e.getMessage()));
                }
            });
        }
    }

    /** A clean exit: no ticking, and no copies of this process left behind. */
    void closeCleanly() {
        stop();
        if (journal != null) {
            files.run(() -> {
                try {
                    journal.clearThisProcess();
                } catch (ProjectFileException e) {
                    // leaving a stale copy behind is harmless: the next launch offers it once
                }
            });
        }
    }
}
