package org.sectorscope.store;

import java.util.List;
import org.sectorscope.model.Sector;

/**
 * One data row of a sectors CSV (or pasted rows) as the import preview shows it: the 1-based line it
 * starts on, the name it gives, and either the sector it makes or the reason it cannot be imported.
 * A row matching a sector the project has (by id, else by exact name) carries that sector as
 * {@code existing} and what it would change, so the preview can tell new from update from unchanged.
 *
 * @param newDriver the driver name the row gives that the project lacks (the sector then refers to the
 *                  driver the import would add), or null
 * @param note      what the import leaves out of a valid row ("the source ... is not in this project"), or null
 */
public record SectorImportRow(int line, String name, Sector sector, Sector existing, List<String> changes,
                              String newDriver, String note, String error) {
    /** What importing the row would do. */
    public enum Status { NEW, UPDATE, UNCHANGED, ERROR }

    public SectorImportRow {
        if ((sector == null) == (error == null)) {
            throw new IllegalArgumentException("a row has either a sector or an error");
        }
        if (existing != null && (sector == null || !existing.id().equals(sector.id()))) {
            throw new IllegalArgumentException("only a valid row matches an existing sector, by its id");
        }
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    static SectorImportRow invalid(int line, String name, String error) {
        return new SectorImportRow(line, name, null, null, List.of(), null, null, error);
    }

    public boolean isValid() {
        return sector != null;
    }

    public Status status() {
        if (sector == null) {
            return Status.ERROR;
        }
        if (existing == null) {
            return Status.NEW;
        }
        return changes.isEmpty() ? Status.UNCHANGED : Status.UPDATE;
    }

    /**
     * The row's problem when imported with or without adding the drivers the project lacks: its own
     * error, or the missing driver; null when it can be imported.
     */
    public String problem(boolean addDrivers) {
        if (error != null) {
            return error;
        }
        if (newDriver != null && !addDrivers) {
            return "the driver " + EvidenceCsv.show(newDriver) + " is not in the project; add it, or change the row";
        }
        return null;
    }

    /** What an update would change, as the preview says it: "driver, position, tags"; empty unless an update. */
    public String changeSummary() {
        return String.join(", ", changes);
    }
}
