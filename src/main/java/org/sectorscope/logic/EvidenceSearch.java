package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.Source;

/** Finding evidence across all sectors of a project: by query, by tag, and grouped by the source it cites. */
public final class EvidenceSearch {
    private EvidenceSearch() {
    }

    /** The items that match, in project order: sector by sector, each sector's items in their order. */
    public static List<EvidenceHit> find(Project project, EvidenceQuery query) {
        List<EvidenceHit> hits = new ArrayList<>();
        for (Sector s : project.sectors()) {
            for (Evidence e : s.evidence()) {
                if (query.matches(project, e)) {
                    hits.add(new EvidenceHit(s.id(), s.name(), e));
                }
            }
        }
        return List.copyOf(hits);
    }

    /**
     * True when every search finds the same in {@code b} as in {@code a}: the same framework and sources,
     * and sector by sector the same ids, names and evidence. A move, the commonest edit, changes only a
     * position, so the panes that show evidence need not search again; the test is a pass of reference
     * comparisons, where a search reads every item's text.
     */
    public static boolean sameEvidence(Project a, Project b) {
        if (a == b) {
            return true;
        }
        if (!a.framework().equals(b.framework()) || !a.sources().equals(b.sources())
                || a.sectors().size() != b.sectors().size()) {
            return false;
        }
        for (int i = 0; i < a.sectors().size(); i++) {
            Sector x = a.sectors().get(i);
            Sector y = b.sectors().get(i);
            if (x != y && !(x.id().equals(y.id()) && x.name().equals(y.name()) && x.evidence().equals(y.evidence()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every tag used, sorted case-insensitively. Tags that differ only in case are listed once, spelled
     * as first used, since the tag filter does not tell them apart; blank tags are left out.
     */
    public static List<String> tags(Project project) {
        Map<String, String> tags = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Sector s : project.sectors()) {
            for (Evidence e : s.evidence()) {
                e.tags().stream().filter(t -> !t.isBlank()).forEach(t -> tags.putIfAbsent(t, t));
            }
        }
        return List.copyOf(tags.values());
    }

    /**
     * One group per source, in the project's source order, including sources nothing cites; then a group
     * with a null source for the items that cite none, only when there are such items.
     */
    public static List<SourceSupport> bySource(Project project) {
        List<SourceSupport> groups = new ArrayList<>();
        for (Source source : project.sources()) {
            groups.add(support(source, find(project, sourceQuery(source.id()))));
        }
        List<EvidenceHit> uncited = find(project, sourceQuery(EvidenceQuery.NO_SOURCE));
        if (!uncited.isEmpty()) {
            groups.add(support(null, uncited));
        }
        return List.copyOf(groups);
    }

    private static EvidenceQuery sourceQuery(String sourceId) {
        return new EvidenceQuery(null, sourceId, null, null, null, null, null);
    }

    private static SourceSupport support(Source source, List<EvidenceHit> hits) {
        return new SourceSupport(source, hits, count(hits, Bearing.of(AxisId.X, Side.LOW)),
                count(hits, Bearing.of(AxisId.X, Side.HIGH)), count(hits, Bearing.of(AxisId.Y, Side.LOW)),
                count(hits, Bearing.of(AxisId.Y, Side.HIGH)), count(hits, Bearing.NONE));
    }

    private static int count(List<EvidenceHit> hits, Bearing bearing) {
        return (int) hits.stream().filter(h -> h.evidence().bearing().equals(bearing)).count();
    }
}
