package org.sectorscope.ui.main;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.sectorscope.command.ReplaceProjectCommand;
import org.sectorscope.logic.ProjectSummary;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.FileFingerprint;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.store.RecoveryEntry;
import org.sectorscope.store.RecoveryJournal;

/**
 * File handling for the main window: open, new, save, save as, recent files. I/O runs on the
 * background thread of {@link ProjectFiles}; results come back through {@code fx}, the FX thread.
 */
public final class MainWindowViewModel {
    /** Receives a failure to show: a title and a message naming the file and the problem. */
    public interface ErrorSink {
        void show(String title, String message);
    }

    private final ProjectSession session;
    private final ProjectFiles files;
    private final Executor fx;
    private final ErrorSink errors;
    private final RecentFilesList recentFiles;
    private final BackgroundWork work;
    private final EvidenceCsvActions evidenceCsv;
    private final ReadOnlyStringWrapper changedOnDisk = new ReadOnlyStringWrapper(this, "changedOnDisk", "");
    private final Dialogs questions;
    private final OpenFileGuard guard;
    private boolean opening;

    public MainWindowViewModel(ProjectSession session, ProjectFiles files, RecentFiles recent, Executor fx,
                               ErrorSink errors) {
        this(session, files, recent, fx, errors, null, null, System::currentTimeMillis);
    }

    /**
     * @param questions asks about locked files, files changed on disk and recovery; null answers
     *                  cautiously (read-only, cancel, decide later)
     * @param journal   the recovery journal; null for none
     */
    public MainWindowViewModel(ProjectSession session, ProjectFiles files, RecentFiles recent, Executor fx,
                               ErrorSink errors, Dialogs questions, RecoveryJournal journal, LongSupplier clock) {
        this.session = session;
        this.files = files;
        this.fx = fx;
        this.errors = errors;
        this.questions = questions;
        this.work = new BackgroundWork(fx, errors);
        this.evidenceCsv = new EvidenceCsvActions(session, files, work);
        this.guard = new OpenFileGuard(files, fx, journal, clock, work::say);
        // Any change but opening counts as an edit; the journal write checks whether it left unsaved work.
        session.projectProperty().addListener((obs, old, p) -> {
            if (!opening) {
                guard.edited();
            }
        });
        this.recentFiles = new RecentFilesList(files, recent, fx, work::say);
    }

    public ProjectSession session() {
        return session;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles.paths();
    }

    public ReadOnlyStringProperty statusProperty() {
        return work.statusProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** Evidence CSV import and export. */
    public EvidenceCsvActions evidenceCsv() {
        return evidenceCsv;
    }

    /**
     * After a crash, offers each project with unsaved work left in the recovery journal ({@code which}
     * of them: all, or those of one file); Restore opens its file with the recovered work on top, unsaved
     * and undoable.
     */
    public CompletableFuture<Void> offerRecovery() {
        return offerRecovery(entry -> true);
    }

    private CompletableFuture<Void> offerRecovery(java.util.function.Predicate<RecoveryEntry> which) {
        RecoveryJournal journal = guard.journal();
        return journal == null || questions == null ? CompletableFuture.completedFuture(null)
                : new RecoveryOffer(journal, files, work, questions).run(which, this::restore);
    }

    /**
     * At launch, with no file: the unsaved work a crash left, then the sample unless work was restored.
     * With a file (a double-click): the file, then, if it opened for editing, the unsaved work a crash
     * left of that file (other projects' work waits for a launch without a file).
     */
    public CompletableFuture<Void> openAtLaunch(Path file) {
        if (file == null) {
            return offerRecovery().thenRun(() -> {
                if (!session.isDirty()) {
                    openSample();
                }
            });
        }
        return open(file).thenCompose(opened -> opened && file.equals(session.file()) && !session.isReadOnly()
                ? offerRecovery(entry -> RecoveryEntry.sameFile(entry.projectFile(), file))
                : CompletableFuture.completedFuture(null));
    }

    private void restore(Recovered r) {
        replace(() -> session.open(r.base(), r.saved() == null ? null : r.entry().projectFile(),
                r.entry().displayName(), false, r.fingerprint()), null);
        session.execute(new ReplaceProjectCommand("Restore unsaved work", r.base(), r.restored()));
        guard.edited();
        if (r.saved() != null) {
            relock(r.entry().projectFile());
        }
    }

    public void newProject() {
        replace(() -> session.open(Project.empty("Untitled project"), null, "Untitled"), null);
        work.say("New project");
    }

    /**
     * Swaps the open project: the old one's recovery copy and lock are dropped (the user settled its
     * unsaved changes before), the new one is watched. Edits made by opening do not count as edits.
     */
    private void replace(Runnable openIt, ProjectLock lock) {
        guard.closed(session.file(), session.project());
        opening = true;
        try {
            openIt.run();
        } finally {
            opening = false;
        }
        guard.adopt(lock);
        changedOnDisk.set("");
        Path file = session.file();
        guard.watch(session.isReadOnly() ? null : file, () -> checkDisk(file));
    }

    /** Opens the bundled sample; it has no file, so Save asks where to put a copy. */
    public CompletableFuture<Boolean> openSample() {
        return work.finish(files.loadSample(), "Opening the sample project", p -> {
            replace(() -> session.open(p, null, ProjectStore.SAMPLE_NAME + " (sample)"), null);
            selectFirstSector();
            work.say("Opened the sample project: " + ProjectSummary.of(p));
        }, "Could not open the sample project");
    }

    public CompletableFuture<Boolean> open(Path file) {
        if (isImage(file)) {
            return openImage(file);
        }
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        work.finish(files.open(file), "Opening " + file.getFileName(), opened -> {
            if (opened.lockedBy() == null) {
                show(opened, file, opened.loaded().readOnly(), opened.lock());
                result.complete(true);
                return;
            }
            String name = file.getFileName().toString();
            Dialogs.LockChoice choice = questions == null ? Dialogs.LockChoice.READ_ONLY
                    : questions.askLocked(name, opened.lockedBy().describe(), opened.lockedBy().stale());
            switch (choice) {
                case READ_ONLY -> {
                    show(opened, file, true, null);
                    work.say("Opened " + name + " read-only: " + opened.lockedBy().describe());
                    result.complete(true);
                }
                case COPY -> {
                    replace(() -> session.open(opened.loaded().project(), null, "Copy of " + name), null);
                    selectFirstSector();
                    work.say("Editing a copy of " + name + "; use Save As to keep it");
                    result.complete(true);
                }
                case TAKE_OVER -> work.finish(files.takeOverLock(file), "Taking over " + name,
                        lock -> show(opened, file, opened.loaded().readOnly(), lock), "Could not take over the project")
                        .thenAccept(result::complete);
                case CANCEL -> {
                    work.say("Did not open " + name);
                    result.complete(false);
                }
            }
        }, "Could not open the project", refused -> offerRepair(file, refused).thenApply(ok -> {
            result.complete(ok);
            return ok;
        })).thenAccept(ok -> {
            if (!ok) {
                result.complete(false);
            }
        });
        return result;
    }

    /**
     * A refused file: when a repair is possible (or its .bak loads), say what is wrong and what the
     * repair changes, and open the repaired project as an untitled copy; the file itself is never touched.
     */
    private CompletableFuture<Boolean> offerRepair(Path file, ProjectFileException refused) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        work.busy(true);
        files.repair(file).whenComplete((repaired, failure) -> fx.execute(() -> {
            work.busy(false);
            String name = file.getFileName().toString();
            if (failure == null && repaired.isPresent() && questions != null
                    && questions.offerRepair(refused.getMessage(), repaired.get().fixes())) {
                replace(() -> session.open(repaired.get().project(), null, name + " (repaired copy)"), null);
                selectFirstSector();
                work.say("Opened a repaired copy of " + name + "; " + name + " itself was not changed");
                done.complete(true);
                return;
            }
            work.say("Could not open the project");
            errors.show("Could not open the project", refused.getMessage());
            done.complete(false);
        }));
        return done;
    }

    static boolean isImage(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png");
    }

    /**
     * Reopens the project an exported PNG carries, as an untitled project: saving it never writes
     * over the image, and Save asks where to put the project file.
     */
    private CompletableFuture<Boolean> openImage(Path png) {
        return work.finish(files.openImage(png), "Opening the project in " + png.getFileName(), p -> {
            String name = png.getFileName().toString().replaceFirst("(?i)\\.png$", "") + " (from image)";
            replace(() -> session.open(p, null, name), null);
            selectFirstSector();
            work.say("Opened the project embedded in " + png.getFileName() + ": " + ProjectSummary.of(p));
        }, "Could not open the project");
    }

    private void show(ProjectFiles.Opened opened, Path file, boolean readOnly, ProjectLock lock) {
        Project p = opened.loaded().project();
        replace(() -> session.open(p, file, null, readOnly, opened.fingerprint()), lock);
        selectFirstSector();
        work.say("Opened " + file.getFileName() + (readOnly ? " read-only" : "") + ": " + ProjectSummary.of(p));
        recentFiles.remember(file);
        if (opened.loaded().hasNotice() && questions != null) {
            questions.showInfo(readOnly ? "Opened read-only" : "Opened an older file", opened.loaded().notice());
        }
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

    /** Why the open file needs attention (changed or deleted by another program); empty when it does not. */
    public ReadOnlyStringProperty changedOnDiskProperty() {
        return changedOnDisk.getReadOnlyProperty();
    }

    /** Reloads the file as it is on disk now, dropping unsaved changes (the analyst chose to). */
    public CompletableFuture<Boolean> reloadFromDisk() {
        Path file = session.file();
        if (file == null) {
            return CompletableFuture.completedFuture(false);
        }
        guard.adopt(null); // our own lock must not make the reload look locked by someone else
        return open(file);
    }

    /** Keeps working on our version; the next Save still asks before overwriting the other program's. */
    public void keepMine() {
        changedOnDisk.set("");
    }

    /** About once a second: writes the recovery copy when due. */
    public void autosaveTick() {
        guard.tick(session);
    }

    /** Shows a line in the status bar. */
    public void say(String message) {
        work.say(message);
    }

    /** The window went away without quitting (tests reuse the stage): stop watching the file. */
    public void detach() {
        guard.watch(null, () -> { });
    }

    /** Quitting on purpose: release the lock and remove this session's recovery copies. */
    public void closeCleanly() {
        guard.closeCleanly();
    }

    /** Saves to the current file; the caller asks for a file first when there is none. */
    public CompletableFuture<Boolean> save() {
        Path file = session.file();
        if (file == null) {
            throw new IllegalStateException("no file to save to: use saveAs");
        }
        return saveAs(file);
    }

    public CompletableFuture<Boolean> saveAs(Path file) {
        boolean sameFile = file.equals(session.file());
        if (sameFile && session.isReadOnly()) {
            throw new IllegalStateException("a read-only project is saved with Save As");
        }
        return saveTo(file, sameFile ? session.fingerprint() : null);
    }

    /** Saves unless the file changed on disk since {@code expected} (null: no check); then asks what to do. */
    private CompletableFuture<Boolean> saveTo(Path file, FileFingerprint expected) {
        ProjectSession.SaveTicket ticket = session.beginSave();
        boolean newFile = !file.equals(session.file());
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        work.busy(true);
        work.say("Saving " + file.getFileName() + "\u2026");
        files.save(ticket.snapshot(), file, expected).whenComplete((saved, failure) -> fx.execute(() -> {
            work.busy(false);
            if (failure == null) {
                session.completeSave(ticket, file, saved);
                guard.saved(file, ticket.snapshot());
                changedOnDisk.set("");
                work.say("Saved " + file);
                recentFiles.remember(file);
                if (newFile) {
                    relock(file);
                }
                result.complete(true);
            } else if (ProjectFiles.changedOnDisk(failure) != null) {
                resolveChanged(file).thenAccept(result::complete);
            } else {
                ProjectFileException e = ProjectFiles.fileError(failure);
                work.say("Could not save the project");
                errors.show("Could not save the project", e != null ? e.getMessage() : BackgroundWork.describe(failure));
                result.complete(false);
            }
        }));
        return result;
    }

    private CompletableFuture<Boolean> resolveChanged(Path file) {
        Dialogs.ChangedChoice choice = questions == null ? Dialogs.ChangedChoice.CANCEL
                : questions.askChangedOnDisk(file.getFileName().toString());
        return switch (choice) {
            case RELOAD -> reloadFromDisk();
            case OVERWRITE -> saveTo(file, null);
            case SAVE_AS -> questions.chooseFileToSave(file.getParent(), file.getFileName().toString())
                    .map(this::saveAs).orElse(CompletableFuture.completedFuture(false));
            case CANCEL -> {
                work.say("Not saved: " + file.getFileName() + " changed on disk");
                yield CompletableFuture.completedFuture(false);
            }
        };
    }

    /**
     * After Save As to a new file: our lock moves there, and the watcher with it. A lock that comes back
     * when the project has moved on is released on the I/O thread; a lock that could not be taken is told.
     */
    private void relock(Path file) {
        guard.watch(file, () -> checkDisk(file));
        files.lock(file).whenComplete((lock, failure) -> fx.execute(() -> {
            boolean stillOpen = file.equals(session.file());
            if (failure != null) {
                if (stillOpen) {
                    guard.adopt(null);
                    ProjectFileException e = ProjectFiles.fileError(failure);
                    work.say("Saved " + file + ", but could not lock it against a second writer ("
                            + (e != null ? e.getMessage() : BackgroundWork.describe(failure)) + ")");
                }
            } else if (!stillOpen) {
                lock.ifPresent(moot -> files.run(moot::release));
            } else if (lock.isPresent()) {
                guard.adopt(lock.get());
            } else {
                guard.adopt(null);
                work.say("Saved " + file + "; note that another Sectorscope has it open too");
            }
        }));
    }

    /** A freshly opened project shows something in every pane rather than an empty Evidence pane. */
    private void selectFirstSector() {
        session.project().sectors().stream().findFirst().ifPresent(s -> session.selection().selectSector(s.id()));
    }
}
