package org.sectorscope.store;

import java.util.List;
import org.sectorscope.model.Evidence;

/**
 * One data row of an evidence CSV as the import preview shows it: the 1-based line it starts on,
 * the sector it goes to (null when that could not be told), and either the evidence item it makes
 * or the reason it cannot be imported. A row whose id an item of the project already has carries
 * that item ({@link #existing}), so the preview can tell a new item from an update or an unchanged one.
 */
public record EvidenceImportRow(int line, String sectorId, String sectorName, Evidence evidence, Existing existing,
                                String error) {
    /** What importing the row would do. */
    public enum Status { NEW, UPDATE, UNCHANGED, ERROR }

    /**
     * The project's item with the row's id, the sector holding it, and what the row would change,
     * in {@link EvidenceImportChanges} terms ("sector", "quote", "grade"...); empty when nothing.
     */
    public record Existing(String sectorId, Evidence item, List<String> changes) {
        public Existing {
            changes = List.copyOf(changes);
        }
    }

    public EvidenceImportRow {
        if ((evidence == null) == (error == null)) {
            throw new IllegalArgumentException("a row has either an evidence item or an error");
        }
        if (evidence != null && sectorId == null) {
            throw new IllegalArgumentException("a valid row needs its sector");
        }
        if (existing != null && (evidence == null || !existing.item().id().equals(evidence.id()))) {
            throw new IllegalArgumentException("only a valid row matches an existing item, by its id");
        }
    }

    /** A row making a new item. */
    public static EvidenceImportRow valid(int line, String sectorId, String sectorName, Evidence evidence) {
        return new EvidenceImportRow(line, sectorId, sectorName, evidence, null, null);
    }

    /** A row for an item the project already has (in sector {@code existingSectorId}). */
    public static EvidenceImportRow matching(int line, String sectorId, String sectorName, Evidence evidence,
                                             String existingSectorId, Evidence existingItem) {
        List<String> changes = EvidenceImportChanges.between(existingSectorId, existingItem, sectorId, evidence);
        return new EvidenceImportRow(line, sectorId, sectorName, evidence,
                new Existing(existingSectorId, existingItem, changes), null);
    }

    public static EvidenceImportRow invalid(int line, String sectorId, String sectorName, String error) {
        return new EvidenceImportRow(line, sectorId, sectorName, null, null, error);
    }

    public boolean isValid() {
        return evidence != null;
    }

    public Status status() {
        if (evidence == null) {
            return Status.ERROR;
        }
        if (existing == null) {
            return Status.NEW;
        }
        return existing.changes().isEmpty() ? Status.UNCHANGED : Status.UPDATE;
    }

    /** What an update would change, as the preview says it: "sector, quote, grade"; empty unless an update. */
    public String changeSummary() {
        return existing == null ? "" : String.join(", ", existing.changes());
    }
}
