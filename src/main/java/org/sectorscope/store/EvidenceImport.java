package org.sectorscope.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.store.EvidenceImportRow.Status;

/**
 * The preview of an evidence CSV import: every data row in file order, valid or not, and warnings
 * about the file as a whole (such as ignored columns). Reading a file changes nothing; the caller
 * shows this, and after the user confirms applies it with {@link #applyTo(Project, OnExisting)}.
 */
public record EvidenceImport(List<EvidenceImportRow> rows, List<String> warnings) {
    /** How many rows of each status. */
    public record Counts(int added, int updates, int unchanged, int errors) {
        /** How many items importing with {@code choice} adds or replaces. */
        public int changes(OnExisting choice) {
            return added + (choice == OnExisting.UPDATE ? updates : 0);
        }
    }

    public EvidenceImport {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** Rows that make or match an item (new, update or unchanged). */
    public List<EvidenceImportRow> validRows() {
        return rows.stream().filter(EvidenceImportRow::isValid).toList();
    }

    public List<EvidenceImportRow> invalidRows() {
        return rows.stream().filter(r -> !r.isValid()).toList();
    }

    public Counts counts() {
        int[] n = new int[Status.values().length];
        rows.forEach(r -> n[r.status().ordinal()]++);
        return new Counts(n[Status.NEW.ordinal()], n[Status.UPDATE.ordinal()], n[Status.UNCHANGED.ordinal()],
                n[Status.ERROR.ordinal()]);
    }

    /**
     * The largest change the file can make: {@link #applyTo(Project, OnExisting)} with UPDATE. The
     * project-size check uses it so that neither choice can make a project that cannot be saved.
     */
    public Project applyTo(Project project) {
        return applyTo(project, OnExisting.UPDATE);
    }

    /**
     * A copy of {@code project} with every new row's item appended to its sector, in file order, and,
     * with UPDATE, every differing item replaced in place (or, when the row names another sector,
     * removed there and appended to that one). Unchanged rows and errors do nothing; with nothing to
     * do, answers {@code project} itself. Meant for the project the preview was read against: fails
     * with IllegalArgumentException if a sector is gone, an id is taken or an item has changed since.
     */
    public Project applyTo(Project project, OnExisting choice) {
        Map<String, List<Evidence>> lists = new LinkedHashMap<>();
        Set<String> used = project.sectors().stream().flatMap(s -> s.evidence().stream()).map(Evidence::id)
                .collect(Collectors.toSet());
        for (EvidenceImportRow row : rows) {
            Status status = row.status();
            if (status == Status.NEW) {
                if (used.contains(row.evidence().id())) {
                    throw new IllegalArgumentException("evidence id " + row.evidence().id() + " is already used");
                }
                list(project, lists, row.sectorId()).add(row.evidence());
            } else if (status == Status.UPDATE && choice == OnExisting.UPDATE) {
                replace(project, lists, row);
            }
        }
        Project next = project;
        for (Map.Entry<String, List<Evidence>> entry : lists.entrySet()) {
            next = next.withSector(entry.getKey(), sector -> sector.withEvidence(entry.getValue()));
        }
        return next;
    }

    private static void replace(Project project, Map<String, List<Evidence>> lists, EvidenceImportRow row) {
        EvidenceImportRow.Existing existing = row.existing();
        List<Evidence> from = list(project, lists, existing.sectorId());
        int at = indexOf(from, existing.item().id());
        if (at < 0 || !from.get(at).equals(existing.item())) {
            throw new IllegalArgumentException("evidence item " + existing.item().id() + " has changed since the file"
                    + " was read");
        }
        if (existing.sectorId().equals(row.sectorId())) {
            from.set(at, row.evidence());
        } else {
            from.remove(at);
            list(project, lists, row.sectorId()).add(row.evidence());
        }
    }

    /** The sector's evidence as the import builds it, copied from the project on first use. */
    private static List<Evidence> list(Project project, Map<String, List<Evidence>> lists, String sectorId) {
        return lists.computeIfAbsent(sectorId, id -> new ArrayList<>(project.sector(id)
                .orElseThrow(() -> new IllegalArgumentException("no sector " + id)).evidence()));
    }

    private static int indexOf(List<Evidence> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
