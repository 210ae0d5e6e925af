package org.sectorscope.session;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.sectorscope.export.ProjectImages;
import org.sectorscope.logic.ProjectSummary;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.ProjectStore;

/**
 * Puts another project in the session: a file (asking what to do when another Sectorscope holds it,
 * offering a repaired copy of a refused file, telling a newer format's notice), the project inside a
 * PNG Sectorscope exported, the sample, or a new one. The old project's unsaved work was settled before.
 */
final class ProjectOpening {
    private final DocumentParts parts;
    private final ProjectSession session;
    private final BackgroundWork work;
    private boolean opening;
    /** Where the first selection of an opened file runs: after the frame that shows the file, when set. */
    private Executor afterShown;

    ProjectOpening(DocumentParts parts) {
        this.parts = parts;
        this.session = parts.session();
        this.work = parts.work();
        this.afterShown = work.fx();
        // Any change but opening counts as an edit; the recovery copy written then checks for unsaved work.
        session.projectProperty().addListener((obs, old, p) -> {
            if (!opening) {
                parts.recovery().edited();
            }
        });
    }

    /** FX thread: the window's "after the next frame", for the first selection of an opened file. */
    void selectFirstAfter(Executor afterFrame) {
        this.afterShown = afterFrame;
    }

    void newProject() {
        replace(() -> session.open(Project.empty("Untitled project"), null, "Untitled"), null);
        work.say("New project");
    }

    /** The bundled sample; it has no file, so Save asks where to put a copy. */
    CompletableFuture<Boolean> openSample() {
        return work.finish(parts.files().loadSample(), "Opening the sample project", p -> {
            replace(() -> session.open(p, null, ProjectStore.SAMPLE_NAME + " (sample)"), null);
            selectFirstSector();
            work.say("Opened the sample project: " + ProjectSummary.of(p));
        }, "Could not open the sample project");
    }

    CompletableFuture<Boolean> open(Path file) {
        if (isImage(file)) {
            return openImage(file);
        }
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        // The panes' rows for the project are made on the reading thread, once it is read.
        var prepare = session.preparations().begin();
        var read = parts.files().open(file, work.progressReporter()).thenApply(opened -> {
            prepare.accept(opened.loaded().project());
            return opened;
        });
        work.finish(read, "Opening " + file.getFileName(), opened -> {
            if (opened.lockedBy() == null) {
                show(opened, file, opened.loaded().readOnly(), opened.lock());
                result.complete(true);
            } else {
                askAboutLock(opened, file).thenAccept(result::complete);
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

    /** Another Sectorscope holds the file: open it read-only, edit a copy, take over a stale lock, or not open it. */
    private CompletableFuture<Boolean> askAboutLock(ProjectFiles.Opened opened, Path file) {
        String name = file.getFileName().toString();
        String holder = opened.lockedBy().describe();
        return switch (parts.dialogs().askLocked(name, holder, opened.lockedBy().stale())) {
            case READ_ONLY -> {
                show(opened, file, true, null);
                work.say("Opened " + name + " read-only: " + holder);
                yield CompletableFuture.completedFuture(true);
            }
            case COPY -> {
                replace(() -> session.open(opened.loaded().project(), null, "Copy of " + name), null);
                selectFirstSector();
                work.say("Editing a copy of " + name + "; use Save As to keep it");
                yield CompletableFuture.completedFuture(true);
            }
            case TAKE_OVER -> work.finish(parts.files().takeOverLock(file), "Taking over " + name,
                    lock -> show(opened, file, opened.loaded().readOnly(), lock), "Could not take over the project");
            case CANCEL -> {
                session.preparations().clear();
                work.say("Did not open " + name);
                yield CompletableFuture.completedFuture(false);
            }
        };
    }

    /**
     * A refused file: when a repair is possible (or its .bak loads), say what is wrong and what the
     * repair changes, and open the repaired project as an untitled copy; the file itself is never touched.
     */
    private CompletableFuture<Boolean> offerRepair(Path file, ProjectFileException refused) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        work.busy(true);
        parts.files().repair(file).whenComplete((repaired, failure) -> parts.fx().execute(() -> {
            work.busy(false);
            String name = file.getFileName().toString();
            if (failure == null && repaired.isPresent()
                    && parts.dialogs().offerRepair(refused.getMessage(), repaired.get().fixes())) {
                replace(() -> session.open(repaired.get().project(), null, name + " (repaired copy)"), null);
                selectFirstSector();
                work.say("Opened a repaired copy of " + name + "; " + name + " itself was not changed");
                done.complete(true);
                return;
            }
            work.say("Could not open the project");
            work.errors().show("Could not open the project", refused);
            done.complete(false);
        }));
        return done;
    }

    static boolean isImage(Path file) {
        return ProjectImages.isImage(file);
    }

    /**
     * Reopens the project an exported PNG, SVG, slide or workbook carries, as an untitled project: saving
     * it never writes over the export, and Save asks where to put the project file.
     */
    private CompletableFuture<Boolean> openImage(Path png) {
        return work.finish(parts.files().openImage(png), "Opening the project in " + png.getFileName(), p -> {
            String file = png.getFileName().toString();
            String kind = file.matches("(?i).*\\.pptx") ? "slide" : file.matches("(?i).*\\.xlsx") ? "workbook" : "image";
            String name = file.replaceFirst("(?i)\\.(png|svg|pptx|xlsx)$", "") + " (from " + kind + ")";
            replace(() -> session.open(p, null, name), null);
            selectFirstSector();
            work.say("Opened the project embedded in " + png.getFileName() + ": " + ProjectSummary.of(p));
        }, "Could not open the project");
    }

    private void show(ProjectFiles.Opened opened, Path file, boolean readOnly, ProjectLock lock) {
        Project p = opened.loaded().project();
        replace(() -> session.open(p, file, null, readOnly, opened.fingerprint()), lock);
        selectFirstSectorNext();
        work.say("Opened " + file.getFileName() + (readOnly ? " read-only" : "") + ": " + ProjectSummary.of(p));
        parts.recent().remember(file);
        if (opened.loaded().hasNotice()) {
            parts.dialogs().showInfo(readOnly ? "Opened read-only" : "Opened an older file", opened.loaded().notice());
        }
    }

    /**
     * Swaps the open project: the old one's recovery copy and lock are dropped (its unsaved changes were
     * settled before), the new one is watched unless read-only. Opening is not an edit.
     */
    void replace(Runnable openIt, ProjectLock lock) {
        parts.recovery().drop(session.file(), session.project());
        opening = true;
        try {
            openIt.run();
        } finally {
            opening = false;
        }
        parts.guard().adopt(lock);
        parts.guard().watch(session.isReadOnly() ? null : session.file());
    }

    /** A freshly opened project shows something in every pane rather than an empty Evidence pane. */
    private void selectFirstSector() {
        session.project().sectors().stream().findFirst().ifPresent(s -> session.selection().selectSector(s.id()));
    }

    /**
     * {@link #selectFirstSector} as a task of its own, after the one that shows the opened file and, in a
     * window, after the frame that lays it out: on the FX thread the panes then show a large project and its
     * first selection in two steps, not one long stall. Nothing is selected if the project was replaced or
     * something was selected in between.
     */
    private void selectFirstSectorNext() {
        Project opened = session.project();
        afterShown.execute(() -> {
            if (session.project() == opened && session.selection().sectorIds().isEmpty()) {
                selectFirstSector();
            }
        });
    }
}
