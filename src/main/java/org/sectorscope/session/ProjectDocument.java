package org.sectorscope.session;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.sectorscope.command.ReplaceProjectCommand;
import org.sectorscope.model.Project;
import org.sectorscope.store.FileFingerprint;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.store.RecoveryEntry;

/**
 * The open project as a document on disk: new, open, save and save as, unsaved work settled before it is
 * dropped, a file changed on disk, our lock on the file, when the recovery copy is written and the offer
 * to restore it after a crash, the recent files and the status line. It decides every step and reaches
 * the screen only through {@link Dialogs}; a window forwards its menu actions here and shows the
 * properties. Used on the FX thread ({@code fx}); I/O runs on the threads of {@link ProjectFiles}.
 */
public final class ProjectDocument {
    private final ProjectSession session;
    private final DocumentParts parts;
    private final ProjectOpening opening;
    private final ProjectSaving saving;
    private final EvidenceCsvActions evidenceCsv;
    private final SectorCsvActions sectorCsv;
    private final OtherProjects otherProjects;
    private final AnalystLayerActions analystLayers;

    /** A document that keeps no recovery copy. */
    public ProjectDocument(ProjectSession session, ProjectFiles files, RecentFiles recent, Executor fx, Dialogs dialogs) {
        this(session, files, recent, fx, dialogs, Autosave.off());
    }

    public ProjectDocument(ProjectSession session, ProjectFiles files, RecentFiles recent, Executor fx, Dialogs dialogs,
                           Autosave autosave) {
        this.session = session;
        BackgroundWork work = new BackgroundWork(fx, dialogs::showError);
        this.parts = new DocumentParts(session, files, fx, work, dialogs, new OpenFileGuard(session, files, fx),
                new RecoveryCopy(files, fx, autosave, work::say), new RecentFilesList(files, recent, fx, work::say));
        this.opening = new ProjectOpening(parts);
        this.saving = new ProjectSaving(parts);
        this.evidenceCsv = new EvidenceCsvActions(session, files, work, dialogs);
        this.sectorCsv = new SectorCsvActions(session, files, work, dialogs);
        this.otherProjects = new OtherProjects(session, files, work, dialogs);
        this.analystLayers = new AnalystLayerActions(session, files, work, dialogs);
        parts.recovery().start(session);
        // The status line tells the last action, so an old "Opened..." or "Could not..." never outlives an edit.
        session.lastStepProperty().addListener((obs, was, step) -> {
            if (step != null) {
                work.say(step.sentence());
            }
        });
        // Said when it happens, not again while it stays so: the bar above the panes keeps it in view.
        parts.guard().changedOnDiskProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty() && !now.equals(was)) {
                work.notice(Notice.Kind.CHANGED_ON_DISK, now);
            }
        });
    }

    public ProjectSession session() {
        return session;
    }

    public ObservableList<Path> recentFiles() {
        return parts.recent().paths();
    }

    public ReadOnlyStringProperty statusProperty() {
        return parts.work().statusProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return parts.work().busyProperty();
    }

    /** How far an open or save of a large file has got, 0 to 1, or -1 while work does not say. */
    public ReadOnlyDoubleProperty progressProperty() {
        return parts.work().progressProperty();
    }

    /** Why the open file needs attention (changed or deleted by another program); empty when it does not. */
    public ReadOnlyStringProperty changedOnDiskProperty() {
        return parts.guard().changedOnDiskProperty();
    }

    /**
     * Calls {@code listener} on the FX thread with each notice: a save, recovered work, the file changed on
     * disk. Recovery copies and other routine work send none.
     */
    public void addNoticeListener(Consumer<Notice> listener) {
        parts.work().addNoticeListener(listener);
    }

    /** Evidence CSV import and export. */
    public EvidenceCsvActions evidenceCsv() {
        return evidenceCsv;
    }

    /** Sectors from and to CSV files and spreadsheet rows. */
    public SectorCsvActions sectorCsv() {
        return sectorCsv;
    }

    /** Reading project files other than the open one, to compare with or take from. */
    public OtherProjects otherProjects() {
        return otherProjects;
    }

    /** Other analysts' files taken in as layers. */
    public AnalystLayerActions analystLayers() {
        return analystLayers;
    }

    /**
     * Asks for another project file and reads it on a read thread, to compare with; {@code onRead} gets its
     * path and project on the FX thread. False when cancelled or the file could not be read (the error shown).
     */
    public CompletableFuture<Boolean> readForComparison(BiConsumer<Path, Project> onRead) {
        return otherProjects.chooseAndRead().thenApply(read -> {
            read.ifPresent(r -> {
                say("Comparing with " + r.name());
                onRead.accept(r.file(), r.project());
            });
            return read.isPresent();
        });
    }

    /** Shows a line in the status bar. */
    public void say(String message) {
        parts.work().say(message);
    }

    // ---- the File menu: each settles unsaved work before dropping it; true when it went ahead ----

    public CompletableFuture<Boolean> requestNew() {
        return settleUnsaved().thenApply(ok -> {
            if (ok) {
                newProject();
            }
            return ok;
        });
    }

    /** Settles unsaved work, then asks which file to open. */
    public CompletableFuture<Boolean> requestOpen() {
        return settleUnsaved().thenCompose(ok -> ok ? parts.dialogs().chooseFileToOpen(folder()).map(this::open)
                .orElse(CompletableFuture.completedFuture(false)) : CompletableFuture.completedFuture(false));
    }

    /** Settles unsaved work, then opens {@code file} (a recent file, a drop). */
    public CompletableFuture<Boolean> requestOpen(Path file) {
        return settleUnsaved().thenCompose(ok -> ok ? open(file) : CompletableFuture.completedFuture(false));
    }

    /**
     * Saves to the open file; a project with no file, or a read-only one (a newer format, or open
     * elsewhere) that must never be written over, asks for a file instead.
     */
    public CompletableFuture<Boolean> save() {
        Path file = session.file();
        return file == null || session.isReadOnly() ? saveAs() : saveChecked(file, session.fingerprint());
    }

    /** Asks for a file, suggesting the project's name, and saves there. */
    public CompletableFuture<Boolean> saveAs() {
        Optional<Path> chosen = parts.dialogs().chooseFileToSave(folder(),
                SuggestedNames.projectFile(session.displayNameProperty().get()));
        if (chosen.isPresent() && chosen.get().equals(session.file()) && session.isReadOnly()) {
            parts.work().say("Could not save the project");
            parts.dialogs().showError("Could not save the project", chosen.get() + ": is open read-only, so it is "
                    + "never written over; choose another file");
            return CompletableFuture.completedFuture(false);
        }
        return chosen.map(this::saveAs).orElse(CompletableFuture.completedFuture(false));
    }

    /** Saves to {@code file}; a read-only project's own file is refused (callers ask for another). */
    public CompletableFuture<Boolean> saveAs(Path file) {
        boolean sameFile = file.equals(session.file());
        if (sameFile && session.isReadOnly()) {
            throw new IllegalStateException("a read-only project is saved with Save As");
        }
        return saveChecked(file, sameFile ? session.fingerprint() : null);
    }

    /** Settles unsaved work, then lets go of the file; true when the window may close. */
    public CompletableFuture<Boolean> requestQuit() {
        return settleUnsaved().thenApply(ok -> {
            if (ok) {
                closeCleanly();
            }
            return ok;
        });
    }

    /** True when it is fine to drop the open project: it is clean, saved now, or the user discards it. */
    public CompletableFuture<Boolean> settleUnsaved() {
        if (!session.isDirty()) {
            return CompletableFuture.completedFuture(true);
        }
        return switch (parts.dialogs().confirmUnsaved(session.displayNameProperty().get())) {
            case SAVE -> save();
            case DISCARD -> CompletableFuture.completedFuture(true);
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    /**
     * FX thread: where a window runs work after its next frame (see {@code ui.common.NextFrame}); an opened
     * file's first selection then comes in a frame of its own. Without it, that is the next FX task.
     */
    public void selectFirstAfter(Executor afterFrame) {
        opening.selectFirstAfter(afterFrame);
    }

    // ---- the steps themselves, once unsaved work is settled ----

    public void newProject() {
        opening.newProject();
    }

    public CompletableFuture<Boolean> open(Path file) {
        return opening.open(file);
    }

    public CompletableFuture<Boolean> openSample() {
        return opening.openSample();
    }

    /**
     * At launch, with no file: the unsaved work a crash left, then the sample unless work was restored.
     * With a file (a double-click): the file, then, if it opened for editing, the unsaved work a crash
     * left of that file (other projects' work waits for a launch without a file).
     */
    public CompletableFuture<Void> openAtLaunch(Path file) {
        if (file == null) {
            return offerRecovery().thenCompose(offered -> session.isDirty() ? CompletableFuture.completedFuture(null)
                    : openSample().thenAccept(opened -> { }));
        }
        return open(file).thenCompose(opened -> opened && file.equals(session.file()) && !session.isReadOnly()
                ? offerRecovery(entry -> RecoveryEntry.sameFile(entry.projectFile(), file))
                : CompletableFuture.completedFuture(null));
    }

    /**
     * After a crash, offers each project with unsaved work left in the recovery journal; Restore opens
     * its file with the recovered work on top, unsaved and undoable.
     */
    public CompletableFuture<Void> offerRecovery() {
        return offerRecovery(entry -> true);
    }

    private CompletableFuture<Void> offerRecovery(Predicate<RecoveryEntry> which) {
        return parts.recovery().journal() == null ? CompletableFuture.completedFuture(null)
                : new RecoveryOffer(parts.recovery().journal(), parts.files(), parts.work(), parts.dialogs())
                        .run(which, this::restore);
    }

    private void restore(Recovered r) {
        opening.replace(() -> session.open(r.base(), r.saved() == null ? null : r.entry().projectFile(),
                r.entry().displayName(), false, r.fingerprint()), null);
        session.execute(new ReplaceProjectCommand("Restore unsaved work", r.base(), r.restored()));
        if (r.saved() != null) {
            saving.relock(r.entry().projectFile());
        }
    }

    /** Reloads the file as it is on disk now, dropping unsaved changes (the analyst chose to). */
    public CompletableFuture<Boolean> reloadFromDisk() {
        Path file = session.file();
        if (file == null) {
            return CompletableFuture.completedFuture(false);
        }
        parts.guard().adopt(null); // our own lock must not make the reload look locked by someone else
        return open(file);
    }

    /** Keeps working on our version; the next Save still asks before overwriting the other program's. */
    public void keepMine() {
        parts.guard().settled();
    }

    /** The window went away without quitting (tests reuse the stage): stop watching and ticking. */
    public void detach() {
        parts.guard().watch(null);
        parts.recovery().stop();
    }

    /** Quitting on purpose: release the lock and remove this session's recovery copies. */
    public void closeCleanly() {
        parts.guard().closeCleanly();
        parts.recovery().closeCleanly();
    }

    /** Saves; when the file changed on disk since it was read, asks whether to reload, overwrite or save elsewhere. */
    private CompletableFuture<Boolean> saveChecked(Path file, FileFingerprint expected) {
        return saving.saveTo(file, expected).thenCompose(outcome -> switch (outcome) {
            case SAVED -> CompletableFuture.completedFuture(true);
            case FAILED -> CompletableFuture.completedFuture(false);
            case CHANGED_ON_DISK -> resolveChanged(file);
        });
    }

    private CompletableFuture<Boolean> resolveChanged(Path file) {
        return switch (parts.dialogs().askChangedOnDisk(file.getFileName().toString())) {
            case RELOAD -> reloadFromDisk();
            case OVERWRITE -> saveChecked(file, null);
            case SAVE_AS -> saveAs();
            case CANCEL -> {
                parts.work().say("Not saved: " + file.getFileName() + " changed on disk");
                yield CompletableFuture.completedFuture(false);
            }
        };
    }

    private Path folder() {
        return SuggestedNames.folderOf(session.file());
    }
}
