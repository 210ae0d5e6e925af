package org.sectorscope.ui.main;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.sectorscope.command.EditEvidenceCommand;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.EvidenceImport;
import org.sectorscope.store.EvidenceImportRow;

/** Evidence CSV import (read into a preview, then applied as one undo step) and export, off the FX thread. */
public final class EvidenceCsvActions {
    private final ProjectSession session;
    private final ProjectFiles files;
    private final BackgroundWork work;

    EvidenceCsvActions(ProjectSession session, ProjectFiles files, BackgroundWork work) {
        this.session = session;
        this.files = files;
        this.work = work;
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
