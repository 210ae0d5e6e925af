package org.sectorscope.session;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.sectorscope.store.FileFingerprint;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectLock;

/**
 * Writes the project to a file on the write thread, never over a change another program made since
 * {@code expected}; after a save to a new file, our lock and the watcher move there.
 */
final class ProjectSaving {
    /** How a save ended; a change on disk is left to the document to ask about. */
    enum Outcome { SAVED, FAILED, CHANGED_ON_DISK }

    private final DocumentParts parts;

    ProjectSaving(DocumentParts parts) {
        this.parts = parts;
    }

    /** Saves the project as it is now to {@code file}, unless it changed since {@code expected} (null: no check). */
    CompletableFuture<Outcome> saveTo(Path file, FileFingerprint expected) {
        ProjectSession session = parts.session();
        BackgroundWork work = parts.work();
        ProjectSession.SaveTicket ticket = session.beginSave();
        boolean newFile = !file.equals(session.file());
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        work.busy(true);
        work.say("Saving " + file.getFileName() + "\u2026");
        parts.files().save(ticket.snapshot(), file, expected, work.progressReporter()).whenComplete((saved, failure) -> parts.fx().execute(() -> {
            work.busy(false);
            if (failure == null) {
                session.completeSave(ticket, file, saved);
                parts.recovery().drop(file, ticket.snapshot());
                parts.guard().settled();
                work.say("Saved " + file);
                work.notice(Notice.Kind.SAVED, "Saved " + file.getFileName());
                parts.recent().remember(file);
                if (newFile) {
                    relock(file);
                }
                result.complete(Outcome.SAVED);
            } else if (ProjectFiles.changedOnDisk(failure) != null) {
                result.complete(Outcome.CHANGED_ON_DISK);
            } else {
                ProjectFileException e = ProjectFiles.fileError(failure);
                work.say("Could not save the project");
                parts.dialogs().showError("Could not save the project",
                        e != null ? e.getMessage() : BackgroundWork.describe(failure));
                result.complete(Outcome.FAILED);
            }
        }));
        return result;
    }

    /**
     * After a save to a new file (or restoring a saved file's work): our lock moves there, and the watcher
     * with it. A lock that comes back once the project has moved on is released on the write thread; a
     * lock that could not be taken is told, as is one another Sectorscope holds.
     */
    void relock(Path file) {
        OpenFileGuard guard = parts.guard();
        guard.watch(file);
        AtomicReference<ProjectLock> taken = new AtomicReference<>();
        guard.awaitLock(taken);
        parts.files().lock(file).thenApply(lock -> {
            lock.ifPresent(taken::set); // on the write thread, before any later task there
            return lock;
        }).whenComplete((lock, failure) -> parts.fx().execute(() -> {
            boolean stillOpen = file.equals(parts.session().file());
            if (!stillOpen) {
                return; // the guard releases a lock taken for a file left meanwhile, in turn on the write thread
            }
            ProjectLock mine = taken.getAndSet(null);
            if (failure != null) {
                guard.adopt(null);
                ProjectFileException e = ProjectFiles.fileError(failure);
                parts.work().say("Saved " + file + ", but could not lock it against a second writer ("
                        + (e != null ? e.getMessage() : BackgroundWork.describe(failure)) + ")");
            } else if (lock.isPresent()) {
                if (mine != null) { // null: the guard let it go when the project moved on and came back
                    guard.adopt(mine);
                }
            } else {
                guard.adopt(null);
                parts.work().say("Saved " + file + "; note that another Sectorscope has it open too");
            }
        }));
    }
}
