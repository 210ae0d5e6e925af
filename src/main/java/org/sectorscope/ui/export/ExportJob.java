package org.sectorscope.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sectorscope.export.ExportException;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Exporter;
import org.sectorscope.export.ProjectEmbedding;
import org.sectorscope.model.Project;
import org.sectorscope.store.AtomicFileWriter;
import org.sectorscope.store.ProjectFileGuard;

/**
 * Writes the export file on a thread of its own (not a daemon, so quitting waits for the file), one at a
 * time, and says how it is going: whether it runs, its progress and where the file went or what went
 * wrong. Started from the FX thread, which {@code fx} stands for; the state changes there too.
 */
final class ExportJob {
    private final Executor fx;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");

    ExportJob(Executor fx) {
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /**
     * Exports {@code project} as {@code r} to {@code target}, refusing to overwrite the project's own
     * {@code projectFile}. The future completes on the FX thread, after {@link #messageProperty()} says
     * where the file went or, failing with the {@link ExportException}, what went wrong.
     */
    CompletableFuture<Path> start(Project project, Path projectFile, ExportRequest r, ProjectEmbedding embedding,
                                  Path target) {
        running.set(true);
        progress.set(0);
        messageIsError.set(false);
        message.set("Exporting to " + target + "\u2026");
        CompletableFuture<Path> done = new CompletableFuture<>();
        AtomicBoolean progressPosted = new AtomicBoolean();
        AtomicLong latest = new AtomicLong();
        Thread worker = new Thread(() -> {
            try {
                Optional<String> overwritesProject = ProjectFileGuard.refusal(projectFile, target);
                if (overwritesProject.isPresent()) {
                    throw new ExportException(target, "it " + overwritesProject.get() + "; choose another file");
                }
                boolean replacing = Files.isRegularFile(target);
                Exporter.export(project, r, embedding, target, p -> {
                    latest.set(Double.doubleToLongBits(p));
                    if (progressPosted.compareAndSet(false, true)) { // one hop at a time; the latest value wins
                        fx.execute(() -> {
                            progressPosted.set(false);
                            progress.set(Double.longBitsToDouble(latest.get()));
                        });
                    }
                });
                fx.execute(() -> {
                    running.set(false);
                    progress.set(1);
                    messageIsError.set(false);
                    message.set("Exported to " + target + (replacing ? " (the file it replaced is kept as "
                            + AtomicFileWriter.backupOf(target).getFileName() + ")" : ""));
                    done.complete(target);
                });
            } catch (ExportException e) {
                failed(done, e, e.getMessage());
            } catch (RuntimeException | Error e) {
                failed(done, e, "Could not export to " + target + ": " + e);
            }
        }, "sectorscope-export");
        worker.setDaemon(false); // quitting waits for the file rather than leaving it unwritten
        worker.start();
        return done;
    }

    private void failed(CompletableFuture<Path> done, Throwable e, String text) {
        fx.execute(() -> {
            running.set(false);
            progress.set(0);
            messageIsError.set(true);
            message.set(text);
            done.completeExceptionally(e);
        });
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running export's progress, 0 to 1. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Where the last export was written, or what went wrong ("Could not export to ...: ..."). */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
