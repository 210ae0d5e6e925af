package org.sectorscope.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sectorscope.store.ProjectFileException;

/**
 * The document's status line, busy mark and notices, and the one way its actions finish work done on the
 * background thread: back on the FX thread, with success handled or the failure shown naming the file.
 */
final class BackgroundWork {
    private static final System.Logger LOG = System.getLogger("org.sectorscope.work");

    /** Receives a failure to show: a title and a message naming the file and the problem. */
    interface ErrorSink {
        void show(String title, String message, String details);

        default void show(String title, String message) {
            show(title, message, null);
        }

        /** A refused file, told in plain words with the technical detail apart ({@link FileProblemText}). */
        default void show(String title, ProjectFileException refused) {
            FileProblemText text = FileProblemText.of(refused);
            show(title, text.sentence(), text.details());
        }
    }

    /** What to do with a finished result, on the FX thread. */
    interface Success<T> {
        void accept(T value);
    }

    private final Executor fx;
    private final ErrorSink errors;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** How far the busy work has got, 0 to 1, or -1 when it does not say. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    /** Which piece of work may still tell its progress; an older one's late word is dropped. */
    private int progressGeneration;
    private final List<Consumer<Notice>> noticeListeners = new ArrayList<>();

    BackgroundWork(Executor fx, ErrorSink errors) {
        this.fx = fx;
        this.errors = errors;
        busy.addListener((obs, was, now) -> {
            progress.set(-1);
            if (!now) {
                progressGeneration++; // the work is over: its reporter's late words are dropped
            }
        });
    }

    /**
     * For the work about to start (call on the FX thread, just before or after it is marked busy): a
     * reporter any thread may call with how far it is, shown on the FX thread at most once per percent
     * while that work is busy.
     */
    DoubleConsumer progressReporter() {
        int generation = ++progressGeneration;
        progress.set(-1);
        AtomicInteger told = new AtomicInteger(-1);
        return done -> {
            int percent = (int) Math.round(Math.max(0, Math.min(1, done)) * 100);
            if (told.getAndAccumulate(percent, Math::max) < percent) {
                fx.execute(() -> {
                    if (generation == progressGeneration && busy.get()) {
                        progress.set(percent / 100.0);
                    }
                });
            }
        };
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    Executor fx() {
        return fx;
    }

    ErrorSink errors() {
        return errors;
    }

    void say(String message) {
        if (message != null && message.equals(status.get())) {
            status.set(""); // said again: a change, so the status line shows it afresh
        }
        status.set(message);
    }

    /** Tells the listeners a notice; the status line is set apart, by {@link #say}. */
    void notice(Notice.Kind kind, String text) {
        Notice notice = new Notice(kind, text);
        List.copyOf(noticeListeners).forEach(l -> l.accept(notice));
    }

    void addNoticeListener(Consumer<Notice> listener) {
        noticeListeners.add(listener);
    }

    void busy(boolean on) {
        busy.set(on);
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * A failure that is not the store's own error, in words: running out of memory is told as what it is
     * and what to do, never as the name of an exception.
     */
    static String describe(Throwable failure) {
        // The user gets the sentence; the log keeps the stack trace for whoever looks into it (ADR 0016).
        LOG.log(System.Logger.Level.ERROR, "Background work failed", failure);
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof OutOfMemoryError) {
            return "Sectorscope ran out of memory (Java may use at most " + Runtime.getRuntime().maxMemory() / 1048576
                    + " MB here), so this was not done; the open project is as it was. For projects this large,"
                    + " start Sectorscope with more memory, e.g. java -Xmx4g -jar sectorscope.jar.";
        }
        return "Unexpected error: " + failure;
    }

    <T> CompletableFuture<Boolean> finish(CompletableFuture<T> work, String doing, Success<T> onSuccess,
                                          String failureTitle) {
        return finish(work, doing, onSuccess, failureTitle, null);
    }

    /** As above; {@code onFileError}, when given, handles a refused file instead of the plain error message. */
    <T> CompletableFuture<Boolean> finish(CompletableFuture<T> work, String doing, Success<T> onSuccess,
                                          String failureTitle,
                                          Function<ProjectFileException, CompletableFuture<Boolean>> onFileError) {
        busy.set(true);
        status.set(doing + "\u2026");
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        work.whenComplete((value, failure) -> fx.execute(() -> {
            busy.set(false);
            if (failure == null) {
                onSuccess.accept(value);
                done.complete(true);
                return;
            }
            ProjectFileException e = ProjectFiles.fileError(failure);
            if (e != null && onFileError != null) {
                onFileError.apply(e).thenAccept(done::complete);
                return;
            }
            status.set(failureTitle);
            if (e != null) {
                errors.show(failureTitle, e);
            } else {
                errors.show(failureTitle, describe(failure), null);
            }
            done.complete(false);
        }));
        return done;
    }
}
