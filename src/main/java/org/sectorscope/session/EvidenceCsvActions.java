package org.sectorscope.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.sectorscope.command.EditEvidenceCommand;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.store.EvidenceImport;
import org.sectorscope.store.OnExisting;

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
     * Asks for a CSV, reads it in the background, and imports it once {@code confirm} (given the preview
     * and the file's name) answers what to do with items already in the project (empty: cancel);
     * completes with how many items were added or updated.
     */
    public CompletableFuture<Integer> importChosenFile(
            BiFunction<EvidenceImport, String, Optional<OnExisting>> confirm) {
        Optional<Path> file = dialogs.chooseCsvToImport("Import evidence from CSV", SuggestedNames.folderOf(session.file()));
        if (file.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        String name = file.get().getFileName().toString();
        return read(file.get()).thenApply(preview -> preview == null ? 0
                : confirm.apply(preview, name).map(choice -> apply(preview, choice, name)).orElse(0));
    }

    /** Asks where to write the evidence, suggesting the project's name, then writes it there. */
    public CompletableFuture<Boolean> exportToChosenFile() {
        return dialogs.chooseCsvToExport("Export evidence to CSV", SuggestedNames.folderOf(session.file()),
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

    /**
     * Adds the preview's new items to their sectors and, with UPDATE, replaces the items its rows change,
     * as one undoable step; returns how many items were added or updated (0 pushes no step).
     */
    public int apply(EvidenceImport preview, OnExisting choice, String fileName) {
        Project before = session.project();
        Project after;
        try {
            after = preview.applyTo(before, choice);
        } catch (IllegalArgumentException e) {
            // The project changed since the preview was read (an id is now taken, an item edited, a sector gone).
            work.errors().show("Could not import evidence", fileName + ": " + e.getMessage() + ". Read the file again.");
            return 0;
        }
        Map<String, List<Evidence>> was = new LinkedHashMap<>();
        Map<String, List<Evidence>> now = new LinkedHashMap<>();
        for (Sector sector : before.sectors()) {
            List<Evidence> next = after.sector(sector.id()).orElseThrow().evidence();
            if (!next.equals(sector.evidence())) {
                was.put(sector.id(), sector.evidence());
                now.put(sector.id(), next);
            }
        }
        if (was.isEmpty()) {
            return 0;
        }
        EvidenceImport.Counts counts = preview.counts();
        int added = counts.added();
        int updated = choice == OnExisting.UPDATE ? counts.updates() : 0;
        String items = items(added > 0 ? added : updated);
        String step = added == 0 ? "Update " + items : updated == 0 ? "Import " + items
                : "Import " + items + " and update " + updated;
        session.execute(new EditEvidenceCommand(step, was, now));
        work.say((added == 0 ? "Updated " + items : updated == 0 ? "Imported " + items
                : "Imported " + items + " and updated " + updated) + " from " + fileName);
        return added + updated;
    }

    private static String items(int n) {
        return n == 1 ? "1 evidence item" : n + " evidence items";
    }

    public CompletableFuture<Boolean> export(Path file) {
        Project snapshot = session.project();
        return work.finish(files.writeEvidenceCsv(snapshot, file, session.file()), "Exporting evidence to " + file.getFileName(),
                written -> work.say("Exported " + snapshot.evidenceCount() + " evidence items to " + written),
                "Could not export evidence");
    }
}
