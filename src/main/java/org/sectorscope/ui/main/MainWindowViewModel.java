package org.sectorscope.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sectorscope.command.EditEvidenceCommand;
import org.sectorscope.model.Evidence;
import org.sectorscope.store.EvidenceImport;
import org.sectorscope.store.EvidenceImportRow;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.logic.ProjectSummary;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;

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
    private final RecentFiles recent;
    private final Executor fx;
    private final ErrorSink errors;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public MainWindowViewModel(ProjectSession session, ProjectFiles files, RecentFiles recent, Executor fx,
                               ErrorSink errors) {
        this.session = session;
        this.files = files;
        this.recent = recent;
        this.fx = fx;
        this.errors = errors;
        files.run(() -> {
            List<Path> list = recent.load();
            fx.execute(() -> recentFiles.setAll(list));
        });
    }

    public ProjectSession session() {
        return session;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public void newProject() {
        session.open(Project.empty("Untitled project"), null, "Untitled");
        status.set("New project");
    }

    /** Opens the bundled sample; it has no file, so Save asks where to put a copy. */
    public CompletableFuture<Boolean> openSample() {
        return finish(files.loadSample(), "Opening the sample project", p -> {
            session.open(p, null, ProjectStore.SAMPLE_NAME + " (sample)");
            selectFirstSector();
            status.set("Opened the sample project: " + ProjectSummary.of(p));
        }, "Could not open the sample project");
    }

    public CompletableFuture<Boolean> open(Path file) {
        return finish(files.load(file), "Opening " + file.getFileName(), p -> {
            session.open(p, file, null);
            selectFirstSector();
            status.set("Opened " + file.getFileName() + ": " + ProjectSummary.of(p));
            remember(file);
        }, "Could not open the project");
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
        ProjectSession.SaveTicket ticket = session.beginSave();
        return finish(files.save(ticket.snapshot(), file), "Saving " + file.getFileName(), saved -> {
            session.completeSave(ticket, saved);
            status.set("Saved " + saved);
            remember(saved);
        }, "Could not save the project");
    }

    /**
     * Reads an evidence CSV off the FX thread into a preview; completes with null (after telling the
     * user why) when the file cannot be read at all. Rows with problems are in the preview, not errors.
     */
    public CompletableFuture<EvidenceImport> readEvidenceCsv(Path file) {
        CompletableFuture<EvidenceImport> preview = new CompletableFuture<>();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        finish(files.readEvidenceCsv(file, session.project(), today), "Reading " + file.getFileName(), read -> {
            status.set("Read " + read.rows().size() + " rows from " + file.getFileName());
            preview.complete(read);
        }, "Could not import evidence").thenAccept(ok -> {
            if (!ok) {
                preview.complete(null);
            }
        });
        return preview;
    }

    /** Adds the preview's valid rows to their sectors as one undoable step; returns how many. */
    public int applyImport(EvidenceImport preview, String fileName) {
        Map<String, List<Evidence>> bySector = new LinkedHashMap<>();
        for (EvidenceImportRow row : preview.validRows()) {
            bySector.computeIfAbsent(row.sectorId(), k -> new ArrayList<>()).add(row.evidence());
        }
        int count = preview.validRows().size();
        if (count == 0) {
            return 0;
        }
        String what = count == 1 ? "1 evidence item" : count + " evidence items";
        try {
            session.execute(EditEvidenceCommand.append(session.project(), bySector, "Import " + what));
        } catch (IllegalArgumentException e) {
            // The project changed since the preview was read (an id is now taken or a sector is gone).
            errors.show("Could not import evidence", fileName + ": " + e.getMessage() + ". Read the file again.");
            return 0;
        }
        status.set("Imported " + what + " from " + fileName);
        return count;
    }

    public CompletableFuture<Boolean> exportEvidenceCsv(Path file) {
        Project snapshot = session.project();
        return finish(files.writeEvidenceCsv(snapshot, file), "Exporting evidence to " + file.getFileName(),
                written -> status.set("Exported " + snapshot.evidenceCount() + " evidence items to " + written),
                "Could not export evidence");
    }

    /** A freshly opened project shows something in every pane rather than an empty Evidence pane. */
    private void selectFirstSector() {
        session.project().sectors().stream().findFirst().ifPresent(s -> session.selection().selectSector(s.id()));
    }

    private void remember(Path file) {
        files.run(() -> {
            try {
                List<Path> list = recent.add(file);
                fx.execute(() -> recentFiles.setAll(list));
            } catch (ProjectFileException e) {
                fx.execute(() -> status.set("Could not update the recent files list: " + e.getMessage()));
            }
        });
    }

    private interface Success<T> {
        void accept(T value);
    }

    private <T> CompletableFuture<Boolean> finish(CompletableFuture<T> work, String doing, Success<T> onSuccess,
                                                   String failureTitle) {
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
            String message = e != null ? e.getMessage() : "Unexpected error: " + failure;
            status.set(failureTitle);
            errors.show(failureTitle, message);
            done.complete(false);
        }));
        return done;
    }
}
