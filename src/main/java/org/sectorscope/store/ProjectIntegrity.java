package org.sectorscope.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.MarkerEncoding;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;

/**
 * Cross-references the records cannot check alone: unique ids, references that resolve, field values
 * of their field's kind, and the bounds of {@link ProjectLimits} on the project's lists.
 *
 * <p>A sector's value for a field the project does not define is refused, not kept: it has no name,
 * kind or unit, so no pane or export could show it truthfully, and keeping it silently would let a field
 * deleted in one copy come back from another. The repair ({@link TreeRepairs}) drops it, saying so; as
 * it drops a marker encoding's field that is gone or of the other kind (markers then fall back to the
 * driver's colour and one size).
 */
public final class ProjectIntegrity {
    private ProjectIntegrity() {
    }

    /** Every problem found, each as {@code path: what is wrong}; empty when the project is sound. */
    public static List<String> problems(Project p) {
        SectorFacts facts = new SectorFacts();
        p.sectors().forEach(facts::add);
        return problems(p, facts);
    }

    /**
     * {@link #problems(Project)}, with what the checks of the sectors alone found already known (an open
     * gathers it while the sectors are mapped).
     */
    static List<String> problems(Project p, SectorFacts facts) {
        List<String> problems = new ArrayList<>(ProjectLimits.listProblems(p));
        Set<String> driverIds = unique(p.drivers().stream().map(Driver::id).toList(), "drivers", problems);
        unique(p.fields().stream().map(CustomField::id).toList(), "fields", problems);
        Set<String> sourceIds = unique(p.sources().stream().map(Source::id).toList(), "sources", problems);
        Set<String> sectorIds = facts.sectorIds;
        problems.addAll(facts.sectorIdProblems);
        Set<String> criterionIds = unique(p.criteria().stream().map(Criterion::id).toList(), "criteria", problems);
        unique(p.options().stream().map(PolicyOption::id).toList(), "options", problems);
        problems.addAll(facts.evidenceIdProblems);
        Set<String> letters = new HashSet<>(p.framework().quadrants().stream().map(Quadrant::letter).toList());
        if (facts.mayReferToUnknowns(driverIds, sourceIds)) {
            sectorReferences(p, driverIds, sourceIds, problems);
        }
        markers(p, problems);
        TeamworkIntegrity.check(p.teamwork(), problems);
        for (int i = 0; i < p.options().size(); i++) {
            PolicyOption o = p.options().get(i);
            String at = "options[" + i + "]";
            reference(o.sourceId(), sourceIds, at + ".sourceId", "source", problems);
            for (String id : o.targets().sectorIds()) {
                reference(id, sectorIds, at + ".targets.sectors", "sector", problems);
            }
            for (String letter : o.targets().quadrantLetters()) {
                reference(letter, letters, at + ".targets.quadrants", "quadrant", problems);
            }
            Set<String> scored = new HashSet<>();
            for (int j = 0; j < o.scores().size(); j++) {
                Score s = o.scores().get(j);
                String sp = at + ".scores[" + j + "]";
                reference(s.criterionId(), criterionIds, sp + ".criterionId", "criterion", problems);
                if (!scored.add(s.criterionId())) {
                    problems.add(sp + ": criterion \"" + s.criterionId() + "\" is scored twice");
                }
            }
        }
        return problems;
    }

    /** Each sector's driver, field values and sources, checked against the project's. */
    private static void sectorReferences(Project p, Set<String> driverIds, Set<String> sourceIds,
                                         List<String> problems) {
        for (int i = 0; i < p.sectors().size(); i++) {
            Sector s = p.sectors().get(i);
            // Paths are made only for a problem: a large project has tens of thousands of sound references.
            if (unknown(s.driver().isEmpty() ? null : s.driver(), driverIds)) {
                problems.add(missing("sectors[" + i + "].driver", "driver", s.driver()));
            }
            if (!s.fields().isEmpty()) {
                fieldValues(p, s, "sectors[" + i + "]", problems);
            }
            if (unknown(s.placement().sourceId(), sourceIds)) {
                problems.add(missing("sectors[" + i + "].placement.sourceId", "source", s.placement().sourceId()));
            }
            for (int j = 0; j < s.evidence().size(); j++) {
                String source = s.evidence().get(j).sourceId();
                if (unknown(source, sourceIds)) {
                    problems.add(missing("sectors[" + i + "].evidence[" + j + "].sourceId", "source", source));
                }
            }
        }
    }

    /**
     * What the check needs of the sectors alone, gathered sector by sector in the project's order (while
     * they are mapped, on another core): their ids and evidence ids, each repeat told as the check words it,
     * and the drivers and sources they refer to, so that the check of every reference can be skipped when
     * all of them exist.
     */
    static final class SectorFacts {
        private final Set<String> sectorIds = new HashSet<>();
        private final List<String> sectorIdProblems = new ArrayList<>();
        private final Set<String> evidenceIds = new HashSet<>();
        private final List<String> evidenceIdProblems = new ArrayList<>();
        private final Set<String> citedDrivers = new HashSet<>();
        private final Set<String> citedSources = new HashSet<>();
        private boolean anyFieldValues;

        void add(Sector s) {
            if (!sectorIds.add(s.id())) {
                sectorIdProblems.add("sectors: id \"" + s.id() + "\" is used more than once");
            }
            checkEvidenceIds(s, evidenceIds, evidenceIdProblems);
            if (!s.driver().isEmpty()) {
                citedDrivers.add(s.driver());
            }
            if (s.placement().sourceId() != null) {
                citedSources.add(s.placement().sourceId());
            }
            for (Evidence e : s.evidence()) {
                if (e.sourceId() != null) {
                    citedSources.add(e.sourceId());
                }
            }
            anyFieldValues |= !s.fields().isEmpty();
        }

        List<String> evidenceIdProblems() {
            return evidenceIdProblems;
        }

        /** False only when checking each sector's references could find nothing. */
        boolean mayReferToUnknowns(Set<String> driverIds, Set<String> sourceIds) {
            return anyFieldValues || !driverIds.containsAll(citedDrivers) || !sourceIds.containsAll(citedSources);
        }
    }

    /** Adds the sector's evidence ids to those of the sectors before it, telling each one seen before. */
    private static void checkEvidenceIds(Sector s, Set<String> evidenceIds, List<String> problems) {
        for (Evidence e : s.evidence()) {
            if (!evidenceIds.add(e.id())) {
                problems.add("evidence: id \"" + e.id() + "\" is used more than once");
            }
        }
    }

    /** The marker encoding names fields the project has, of the kind it needs. */
    private static void markers(Project p, List<String> problems) {
        MarkerEncoding m = p.markerEncoding();
        markerField(p, m.colorBy(), CustomField.Kind.TEXT, "markers.colorBy", problems);
        markerField(p, m.sizeBy(), CustomField.Kind.NUMBER, "markers.sizeBy", problems);
    }

    private static void markerField(Project p, String id, CustomField.Kind kind, String path, List<String> problems) {
        if (id == null) {
            return;
        }
        Optional<CustomField> field = p.field(id);
        if (field.isEmpty()) {
            problems.add(path + ": no field with id \"" + id + "\"");
        } else if (field.get().kind() != kind) {
            problems.add(path + ": field \"" + field.get().name() + "\" holds " + field.get().kind().key()
                    + "s; markers need a " + kind.key() + " field here");
        }
    }

    private static void fieldValues(Project p, Sector s, String at, List<String> problems) {
        s.fields().forEach((id, value) -> {
            Optional<CustomField> field = p.field(id);
            if (field.isEmpty()) {
                problems.add(at + ".fields: no field with id \"" + id + "\"");
            } else if (!field.get().accepts(value)) {
                problems.add(at + ".fields." + id + ": field \"" + field.get().name() + "\" holds "
                        + (value.isNumber() ? "texts, found a number" : "numbers, found a text"));
            }
        });
    }

    private static Set<String> unique(List<String> ids, String kind, List<String> problems) {
        Set<String> seen = new HashSet<>(ids.size() * 4 / 3 + 1); // never rehashed
        for (String id : ids) {
            if (!seen.add(id)) {
                problems.add(kind + ": id \"" + id + "\" is used more than once");
            }
        }
        return seen;
    }

    private static void reference(String id, Set<String> known, String path, String kind, List<String> problems) {
        if (unknown(id, known)) {
            problems.add(missing(path, kind, id));
        }
    }

    private static boolean unknown(String id, Set<String> known) {
        return id != null && !known.contains(id);
    }

    private static String missing(String path, String kind, String id) {
        return path + ": no " + kind + " with id \"" + id + "\"";
    }
}
