package org.sectorscope.ui.sources;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Carries out {@link SourceOpening}'s decisions: the decision is made on a thread of its own (it reads
 * the file system, which may hang on a network folder), then, on the FX thread, the target is opened,
 * confirmed first through {@link SourceQuestions#confirmOpen}, or refused.
 */
public final class SourceOpener {
    /** What came of a request: whether it was opened, and if not, why (for the dialog to show). */
    public record Outcome(boolean opened, String message) {
    }

    private final SourceQuestions dialogs;
    private final SourceFolders folders;
    private final Executor io;
    private final Executor fx;

    /** The app's: a daemon thread per decision, then the FX thread. */
    public SourceOpener(SourceQuestions dialogs, SourceFolders folders) {
        this(dialogs, folders, work -> {
            Thread t = new Thread(work, "sectorscope-open-source");
            t.setDaemon(true);
            t.start();
        }, Platform::runLater);
    }

    public SourceOpener(SourceQuestions dialogs, SourceFolders folders, Executor io, Executor fx) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.folders = Objects.requireNonNull(folders, "folders");
        this.io = Objects.requireNonNull(io, "io");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    public SourceFolders folders() {
        return folders;
    }

    /** Decides about {@code target} (see {@link SourceOpening#target}) and acts; completes on the FX thread. */
    public CompletableFuture<Outcome> open(String target, Path projectFolder) {
        return CompletableFuture.supplyAsync(() -> SourceOpening.decide(target, projectFolder, folders.list()), io)
                .thenApplyAsync(this::act, fx);
    }

    private Outcome act(SourceOpening.Decision d) {
        switch (d.verdict()) {
            case OPEN -> {
                dialogs.openDocument(d.uri());
                return new Outcome(true, "");
            }
            case REFUSE -> {
                return new Outcome(false, "Not opened: " + d.shown() + ": " + d.reason() + ".");
            }
            default -> {
                SourceQuestions.OpenChoice choice = dialogs.confirmOpen(d.shown(), d.reason(), d.folder());
                if (choice == SourceQuestions.OpenChoice.CANCEL) {
                    return new Outcome(false, "");
                }
                if (choice == SourceQuestions.OpenChoice.OPEN_AND_TRUST_FOLDER && d.folder() != null) {
                    folders.trust(d.folder());
                }
                dialogs.openDocument(d.uri());
                return new Outcome(true, "");
            }
        }
    }
}
