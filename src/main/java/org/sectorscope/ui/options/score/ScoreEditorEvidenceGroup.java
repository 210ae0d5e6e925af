package org.sectorscope.ui.options.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/** A sector's evidence items in the score editor's checklist; {@code targeted} when the option targets it. */
public record ScoreEditorEvidenceGroup(String sectorId, String sectorName, boolean targeted,
                                       List<ScoreEditorEvidenceChoice> items) {
    public ScoreEditorEvidenceGroup {
        items = List.copyOf(items);
    }

    /** The group's heading: the sector's name, marked when the option targets it. */
    public String heading() {
        return targeted ? sectorName + "  \u00b7  targeted" : sectorName;
    }

    /**
     * Every sector with evidence, the ones the option targets first (named ones, then ones in a targeted
     * quadrant), each group in project order; items in {@code linked} start checked.
     */
    public static List<ScoreEditorEvidenceGroup> of(Project p, PolicyOption option, Set<String> linked) {
        Set<String> targeted = new LinkedHashSet<>();
        for (String id : option.targets().sectorIds()) {
            p.sector(id).ifPresent(s -> targeted.add(s.id()));
        }
        for (Sector s : p.sectors()) {
            boolean inTargetedQuadrant = p.quadrantOf(s)
                    .map(q -> option.targets().quadrantLetters().contains(q.letter())).orElse(false);
            if (inTargetedQuadrant) {
                targeted.add(s.id());
            }
        }
        List<Sector> ordered = new ArrayList<>();
        targeted.forEach(id -> ordered.add(p.sector(id).orElseThrow()));
        p.sectors().stream().filter(s -> !targeted.contains(s.id())).forEach(ordered::add);

        List<ScoreEditorEvidenceGroup> groups = new ArrayList<>();
        for (Sector s : ordered) {
            if (s.evidence().isEmpty()) {
                continue;
            }
            List<ScoreEditorEvidenceChoice> items = new ArrayList<>();
            for (Evidence e : s.evidence()) {
                items.add(new ScoreEditorEvidenceChoice(e, linked.contains(e.id())));
            }
            groups.add(new ScoreEditorEvidenceGroup(s.id(), s.name(), targeted.contains(s.id()), items));
        }
        return groups;
    }
}
