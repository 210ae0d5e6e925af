package org.sectorscope.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;

/**
 * The preview of an evidence CSV import: every data row in file order, valid or not, and warnings
 * about the file as a whole (such as ignored columns). Reading a file changes nothing; the caller
 * shows this, and after the user confirms applies the valid rows with {@link #applyTo}.
 */
public record EvidenceImport(List<EvidenceImportRow> rows, List<String> warnings) {
    public EvidenceImport {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    public List<EvidenceImportRow> validRows() {
        return rows.stream().filter(EvidenceImportRow::isValid).toList();
    }

    public List<EvidenceImportRow> invalidRows() {
        return rows.stream().filter(r -> !r.isValid()).toList();
    }

    /**
     * A copy of {@code project} with the evidence of every valid row appended to its sector, in file
     * order. Meant for the project the preview was read against; fails if a row's sector is gone.
     */
    public Project applyTo(Project project) {
        Map<String, List<Evidence>> added = new LinkedHashMap<>();
        for (EvidenceImportRow row : validRows()) {
            added.computeIfAbsent(row.sectorId(), id -> new ArrayList<>()).add(row.evidence());
        }
        Project next = project;
        for (Map.Entry<String, List<Evidence>> entry : added.entrySet()) {
            next = next.withSector(entry.getKey(), sector -> {
                List<Evidence> evidence = new ArrayList<>(sector.evidence());
                evidence.addAll(entry.getValue());
                return sector.withEvidence(evidence);
            });
        }
        return next;
    }
}
