package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * What differs between two versions of a project, in a few lines an analyst can judge before
 * restoring unsaved work: sectors added, removed, renamed or moved to another quadrant, evidence added
 * or removed or edited, and whether the framework, sources, criteria or options changed.
 */
public final class ProjectDiff {
    private static final int NAMED = 5;

    private ProjectDiff() {
    }

    /** One line per kind of change, from {@code base} to {@code changed}; empty when they are equal. */
    public static List<String> describe(Project base, Project changed) {
        List<String> lines = new ArrayList<>();
        Map<String, Sector> before = new HashMap<>();
        base.sectors().forEach(s -> before.put(s.id(), s));
        List<String> added = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        List<String> renamed = new ArrayList<>();
        int evidenceAdded = 0;
        int evidenceRemoved = 0;
        int evidenceEdited = 0;
        for (Sector s : changed.sectors()) {
            Sector old = before.remove(s.id());
            if (old == null) {
                added.add(s.name());
                evidenceAdded += s.evidence().size();
                continue;
            }
            if (!old.name().equals(s.name())) {
                renamed.add(old.name() + " \u2192 " + s.name());
            }
            String from = base.quadrantOf(old).map(Quadrant::letter).orElse("unplaced");
            String to = changed.quadrantOf(s).map(Quadrant::letter).orElse("unplaced");
            if (!from.equals(to)) {
                moved.add(s.name() + " " + from + " \u2192 " + to);
            } else if (!Objects.equals(old.position(), s.position())) {
                moved.add(s.name() + " (within " + to + ")");
            }
            Map<String, Evidence> items = new HashMap<>();
            old.evidence().forEach(e -> items.put(e.id(), e));
            for (Evidence e : s.evidence()) {
                Evidence was = items.remove(e.id());
                if (was == null) {
                    evidenceAdded++;
                } else if (!was.equals(e)) {
                    evidenceEdited++;
                }
            }
            evidenceRemoved += items.size();
        }
        List<String> removed = before.values().stream().map(Sector::name).sorted().toList();
        for (Sector s : before.values()) {
            evidenceRemoved += s.evidence().size();
        }
        named(lines, "Sectors added", added);
        named(lines, "Sectors removed", removed);
        named(lines, "Sectors renamed", renamed);
        named(lines, "Sectors moved", moved);
        counted(lines, evidenceAdded, "evidence item added", "evidence items added");
        counted(lines, evidenceRemoved, "evidence item removed", "evidence items removed");
        counted(lines, evidenceEdited, "evidence item edited", "evidence items edited");
        if (!base.framework().equals(changed.framework())) {
            lines.add("The framework (axes, poles or quadrants) changed");
        }
        if (!base.sources().equals(changed.sources())) {
            lines.add("Sources changed");
        }
        if (!base.criteria().equals(changed.criteria()) || !base.options().equals(changed.options())) {
            lines.add("Policy options, criteria or scores changed");
        }
        if (lines.isEmpty() && !base.equals(changed)) {
            lines.add("Other details changed");
        }
        return lines;
    }

    private static void named(List<String> lines, String what, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String shown = String.join(", ", names.subList(0, Math.min(NAMED, names.size())));
        lines.add(what + " (" + names.size() + "): " + shown + (names.size() > NAMED ? ", \u2026" : ""));
    }

    private static void counted(List<String> lines, int n, String one, String many) {
        if (n > 0) {
            lines.add(n == 1 ? "1 " + one : n + " " + many);
        }
    }
}
