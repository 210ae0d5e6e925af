package org.sectorscope.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import org.sectorscope.command.EditEvidenceCommand;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.store.EvidenceImport;
import org.sectorscope.store.EvidenceImportRow;

/** Evidence CSV import (read into a preview, then applied as one undo step) and export, off the FX thread. */
public final class EvidenceCsvActions {
    private final ProjectSession session;
    private final ProjectFiles files;
    private final BackgroundWork work;
    private final Dialogs dialogs;

    EvidenceCsvActions(ProjectSession session, ProjectFiles files, BackgroundWork work, Dialogs dialogs) {
        this.session = session;
        this.files = files;
        this.work = work;
        this.dialogs = dialogs;
    }

    /**
     * Asks for a CSV, reads it in the background, and imports its valid rows once {@code confirm} (the
     * preview, the file's name) says yes; completes with how many were imported.
     */
    public CompletableFuture<Integer> importChosenFile(BiPredicate<EvidenceImport, String> confirm) {
        Optional<Path> file = dialogs.chooseCsvToImport(SuggestedNames.folderOf(session.file()));
        if (file.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        String name = file.get().getFileName().toString();
        return read(file.get()).thenApply(preview -> preview != null && confirm.test(preview, name)
                ? apply(preview, name) : 0);
    }

    /** Asks where to write the evidence, suggesting the project's name, then writes it there. */
    public CompletableFuture<Boolean> exportToChosenFile() {
        return dialogs.chooseCsvToExport(SuggestedNames.folderOf(session.file()),
                        SuggestedNames.evidenceCsv(session.displayNameProperty().get()))
                .map(this::export).orElse(CompletableFuture.completedFuture(false));
    }

    /**
     * Reads an evidence CSV into a preview; completes with null (after telling the user why) when the
     * file cannot be read at all. Rows with problems are in the preview, not errors.
     */
    public CompletableFuture<EvidenceImport> read(Path file) {
        CompletableFuture<EvidenceImport> preview = new CompletableFuture<>();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        work.finish(files.readEvidenceCsv(file, session.project(), today), "Reading " + file.getFileName(), read -> {
            work.say("Read " + read.rows().size() + " rows from " + file.getFileName());
            preview.complete(read);
        }, "Could not import evidence").thenAccept(ok -> {
            if (!ok) {
                preview.complete(null);
            }
        });
        return preview;
    }

    /** Adds the preview's valid rows to their sectors as one undoable step; returns how many. */
    public int apply(EvidenceImport preview, String fileName) {
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
            work.errors().show("Could not import evidence", fileName + ": " + e.getMessage() + ". Read the file again.");
            return 0;
        }
        work.say("Imported " + what + " from " + fileName);
        return count;
    }

    public CompletableFuture<Boolean> export(Path file) {
        Project snapshot = session.project();
        return work.finish(files.writeEvidenceCsv(snapshot, file, session.file()), "Exporting evidence to " + file.getFileName(),
                written -> work.say("Exported " + snapshot.evidenceCount() + " evidence items to " + written),
                "Could not export evidence");
    }
}
