package org.sectorscope.store;

import org.sectorscope.model.Evidence;

/**
 * One data row of an evidence CSV as the import preview shows it: the 1-based line it starts on,
 * the sector it goes to (null when that could not be told), and either the evidence item it makes
 * or the reason it cannot be imported.
 */
public record EvidenceImportRow(int line, String sectorId, String sectorName, Evidence evidence, String error) {
    public EvidenceImportRow {
        if ((evidence == null) == (error == null)) {
            throw new IllegalArgumentException("a row has either an evidence item or an error");
        }
        if (evidence != null && sectorId == null) {
            throw new IllegalArgumentException("a valid row needs its sector");
        }
    }

    public static EvidenceImportRow valid(int line, String sectorId, String sectorName, Evidence evidence) {
        return new EvidenceImportRow(line, sectorId, sectorName, evidence, null);
    }

    public static EvidenceImportRow invalid(int line, String sectorId, String sectorName, String error) {
        return new EvidenceImportRow(line, sectorId, sectorName, null, error);
    }

    public boolean isValid() {
        return evidence != null;
    }
}
