package org.sectorscope.session;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.sectorscope.command.ImportSectorsCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.store.OnExisting;
import org.sectorscope.store.SectorCsv;
import org.sectorscope.store.SectorCsvWriter;
import org.sectorscope.store.SectorImport;

/**
 * Sectors in and out of spreadsheets: a CSV file or pasted rows read into a preview off the FX thread
 * and, once confirmed, imported as one undo step; sectors written to a CSV file, or spelled as the
 * tab-separated rows a spreadsheet pastes.
 */
public final class SectorCsvActions {
    /** What the analyst chose in the preview: what to do with existing sectors, and whether to add drivers. */
    public record Choice(OnExisting onExisting, boolean addDrivers) {
    }

    /** Asks the analyst about a preview (given with what was read: a file's name, "the pasted rows"). */
    public interface Confirm extends BiFunction<SectorImport, String, Optional<Choice>> {
    }

    static final String PASTED = "the pasted rows";
    private final ProjectSession session;
    private final ProjectFiles files;
    private final BackgroundWork work;
    private final Dialogs dialogs;

    SectorCsvActions(ProjectSession session, ProjectFiles files, BackgroundWork work, Dialogs dialogs) {
        this.session = session;
        this.files = files;
        this.work = work;
        this.dialogs = dialogs;
    }

    /** Asks for a CSV, reads it in the background, previews it; completes with how many sectors changed. */
    public CompletableFuture<Integer> importChosenFile(Confirm confirm) {
        Optional<Path> file = dialogs.chooseCsvToImport("Import sectors from CSV",
                SuggestedNames.folderOf(session.file()));
        if (file.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        String name = file.get().getFileName().toString();
        return confirmed(files.readSectorsCsv(file.get(), session.project()), "Reading " + name, name, confirm);
    }

    /** Reads rows pasted from a spreadsheet (or another project) in the background, then as a file. */
    public CompletableFuture<Integer> importPasted(String text, Confirm confirm) {
        if (text == null || text.isBlank()) {
            work.errors().show("Nothing to paste", "The clipboard holds no text. Copy rows with a header row"
                    + " (at least a \"name\" column) from a spreadsheet, or sectors from a project.");
            return CompletableFuture.completedFuture(0);
        }
        return confirmed(files.readPastedSectors(text, session.project(), PASTED), "Reading the pasted rows",
                PASTED, confirm);
    }

    private CompletableFuture<Integer> confirmed(CompletableFuture<SectorImport> reading, String doing, String what,
                                                 Confirm confirm) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        work.finish(reading, doing, preview -> {
            work.say("Read " + preview.rows().size() + " rows from " + what);
            done.complete(confirm.apply(preview, what).map(c -> apply(preview, c, what)).orElse(0));
        }, "Could not import sectors").thenAccept(ok -> {
            if (!ok) {
                done.complete(0);
            }
        });
        return done;
    }

    /**
     * Imports the preview as one undoable step; returns how many sectors were added or updated (0 pushes
     * no step). A preview read against an older project is refused with a message, never half applied.
     */
    public int apply(SectorImport preview, Choice choice, String what) {
        Project before = session.project();
        Project after;
        try {
            String at = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            after = preview.applyTo(before, choice.onExisting(), choice.addDrivers(), at);
        } catch (IllegalArgumentException | IllegalStateException e) {
            work.errors().show("Could not import sectors", what + ": " + e.getMessage() + ". Read it again.");
            return 0;
        }
        if (after == before) {
            return 0;
        }
        SectorImport.Counts counts = preview.counts(choice.addDrivers());
        int added = counts.added();
        int updated = choice.onExisting() == OnExisting.UPDATE ? counts.updates() : 0;
        String step = added == 0 ? "Update " + sectors(updated) : updated == 0 ? "Import " + sectors(added)
                : "Import " + sectors(added) + " and update " + updated;
        session.execute(ImportSectorsCommand.between(step, before, after));
        int drivers = after.drivers().size() - before.drivers().size();
        work.say(step.replaceFirst("^Import", "Imported").replaceFirst("^Update", "Updated")
                .replace(" and update ", " and updated ") + " from " + what
                + (drivers > 0 ? ", adding " + drivers + (drivers == 1 ? " driver" : " drivers") : ""));
        return added + updated;
    }

    static String sectors(int n) {
        return n == 1 ? "1 sector" : n + " sectors";
    }

    /** Asks where to write {@code sectors} (of the open project), suggesting the project's name. */
    public CompletableFuture<Boolean> exportToChosenFile(List<Sector> sectors) {
        return dialogs.chooseCsvToExport("Export " + sectors(sectors.size()) + " to CSV",
                        SuggestedNames.folderOf(session.file()),
                        SuggestedNames.sectorsCsv(session.displayNameProperty().get()))
                .map(file -> export(sectors, file)).orElse(CompletableFuture.completedFuture(false));
    }

    public CompletableFuture<Boolean> export(List<Sector> sectors, Path file) {
        Project snapshot = session.project();
        return work.finish(files.writeSectorsCsv(snapshot, sectors, file, session.file()),
                "Exporting sectors to " + file.getFileName(),
                written -> work.say("Exported " + sectors(sectors.size()) + " to " + written),
                "Could not export sectors");
    }

    /** The sectors as tab-separated rows with a header, which spreadsheets and other projects paste. */
    public String rowsToCopy(List<Sector> sectors) {
        return SectorCsvWriter.text(session.project(), sectors, SectorCsv.TAB);
    }
}
