package org.sectorscope.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * Replaces the evidence lists of one or more sectors. Adding, editing, deleting, reordering and
 * importing items are all this one command, so each is one undo step and reverting restores the
 * exact lists, order included.
 */
public record EditEvidenceCommand(String description, Map<String, List<Evidence>> before,
                                  Map<String, List<Evidence>> after) implements ProjectCommand {
    public EditEvidenceCommand {
        before = copy(before);
        after = copy(after);
        if (!before.keySet().equals(after.keySet())) {
            throw new IllegalArgumentException("before and after must name the same sectors");
        }
    }

    /** Inserts {@code item} at {@code index} (clamped; use a large index to append). */
    public static EditEvidenceCommand add(Project project, String sectorId, Evidence item, int index) {
        Sector s = sector(project, sectorId);
        requireUnusedId(project, item.id());
        List<Evidence> next = new ArrayList<>(s.evidence());
        next.add(Math.max(0, Math.min(index, next.size())), item);
        return single(s, next, "Add evidence to " + s.name());
    }

    /** Replaces the item with the same id. */
    public static EditEvidenceCommand update(Project project, String sectorId, Evidence item) {
        Sector s = sector(project, sectorId);
        int i = indexOf(s, item.id());
        List<Evidence> next = new ArrayList<>(s.evidence());
        next.set(i, item);
        return single(s, next, "Edit evidence on " + s.name());
    }

    public static EditEvidenceCommand remove(Project project, String sectorId, String evidenceId) {
        Sector s = sector(project, sectorId);
        List<Evidence> next = new ArrayList<>(s.evidence());
        next.remove(indexOf(s, evidenceId));
        return single(s, next, "Delete evidence from " + s.name());
    }

    /** Moves an item {@code delta} places up (negative) or down, stopping at either end. */
    public static EditEvidenceCommand move(Project project, String sectorId, String evidenceId, int delta) {
        Sector s = sector(project, sectorId);
        int from = indexOf(s, evidenceId);
        int to = Math.max(0, Math.min(s.evidence().size() - 1, from + delta));
        List<Evidence> next = new ArrayList<>(s.evidence());
        next.add(to, next.remove(from));
        return single(s, next, "Reorder evidence on " + s.name());
    }

    /** Appends items to several sectors at once (an import), as one step. */
    public static EditEvidenceCommand append(Project project, Map<String, List<Evidence>> additions,
                                             String description) {
        Map<String, List<Evidence>> before = new LinkedHashMap<>();
        Map<String, List<Evidence>> after = new LinkedHashMap<>();
        for (var entry : additions.entrySet()) {
            Sector s = sector(project, entry.getKey());
            for (Evidence e : entry.getValue()) {
                requireUnusedId(project, e.id());
            }
            List<Evidence> next = new ArrayList<>(s.evidence());
            next.addAll(entry.getValue());
            before.put(s.id(), s.evidence());
            after.put(s.id(), next);
        }
        return new EditEvidenceCommand(description, before, after);
    }

    @Override
    public Project apply(Project project) {
        return replace(project, after);
    }

    @Override
    public Project revert(Project project) {
        return replace(project, before);
    }

    private static Project replace(Project project, Map<String, List<Evidence>> lists) {
        Project p = project;
        for (var entry : lists.entrySet()) {
            p = p.withSector(entry.getKey(), s -> s.withEvidence(entry.getValue()));
        }
        return p;
    }

    private static EditEvidenceCommand single(Sector s, List<Evidence> next, String description) {
        return new EditEvidenceCommand(description, Map.of(s.id(), s.evidence()), Map.of(s.id(), next));
    }

    private static Sector sector(Project project, String sectorId) {
        return project.sector(sectorId).orElseThrow(() -> new IllegalArgumentException("no sector " + sectorId));
    }

    private static int indexOf(Sector s, String evidenceId) {
        for (int i = 0; i < s.evidence().size(); i++) {
            if (s.evidence().get(i).id().equals(evidenceId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(s.name() + " has no evidence item " + evidenceId);
    }

    // Evidence ids are unique across the project (the file format and CSV import rely on it).
    private static void requireUnusedId(Project project, String evidenceId) {
        boolean used = project.sectors().stream().flatMap(s -> s.evidence().stream())
                .anyMatch(e -> e.id().equals(evidenceId));
        if (used) {
            throw new IllegalArgumentException("evidence id " + evidenceId + " is already used");
        }
    }

    private static Map<String, List<Evidence>> copy(Map<String, List<Evidence>> m) {
        Map<String, List<Evidence>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }
}
