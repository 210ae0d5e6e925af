package org.sectorscope.logic;

import java.util.Locale;
import java.util.Optional;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Credibility;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Side;
import org.sectorscope.model.Source;

/**
 * Which evidence items to find; every filter is optional (null matches any) and an item must pass all
 * of them.
 *
 * @param text             case-insensitive substring of the quote, note, page, a tag, or the cited
 *                         source's author or title; blank matches any
 * @param sourceId         the cited source, or {@link #NO_SOURCE} for items that cite no source of the project
 * @param worstReliability keep items graded this reliable or better: B keeps A and B
 * @param worstCredibility keep items graded this credible or better: 2 keeps 1 and 2
 * @param tag              one of the item's tags, compared case-insensitively
 * @param axis             the axis the item bears on; {@link AxisId#NONE} finds context items
 * @param toward           the pole the item points to; only with an X or Y {@code axis}
 */
public record EvidenceQuery(String text, String sourceId, Reliability worstReliability, Integer worstCredibility,
                            String tag, AxisId axis, Side toward) {
    /** The {@code sourceId} that finds uncited items; source ids are never blank, so it names no source. */
    public static final String NO_SOURCE = "";
    /** The query with no filters: every item matches. */
    public static final EvidenceQuery ANY = new EvidenceQuery(null, null, null, null, null, null, null);

    public EvidenceQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        tag = tag == null || tag.isBlank() ? null : tag.strip();
        if (worstCredibility != null) {
            Credibility.require(worstCredibility);
        }
        if (toward != null && (axis == null || axis == AxisId.NONE)) {
            throw new IllegalArgumentException("a direction needs the x- or y-axis");
        }
    }

    /** Whether {@code e}, an item of {@code project}, passes every filter. */
    public boolean matches(Project project, Evidence e) {
        Optional<Source> cited = project.source(e.sourceId());
        return matchesSource(cited)
                && (worstReliability == null || e.reliability().compareTo(worstReliability) <= 0)
                && (worstCredibility == null || e.credibility() <= worstCredibility)
                && (tag == null || e.tags().stream().anyMatch(tag::equalsIgnoreCase))
                && (axis == null || e.bearing().axis() == axis)
                && (toward == null || e.bearing().toward() == toward)
                && (text == null || matchesText(e, cited));
    }

    private boolean matchesSource(Optional<Source> cited) {
        if (sourceId == null) {
            return true;
        }
        // An id that names no source of the project (only possible in a broken file) counts as none.
        return NO_SOURCE.equals(sourceId) ? cited.isEmpty() : cited.map(s -> s.id().equals(sourceId)).orElse(false);
    }

    private boolean matchesText(Evidence e, Optional<Source> cited) {
        String needle = text.toLowerCase(Locale.ROOT);
        if (contains(e.quote(), needle) || contains(e.note(), needle) || contains(e.page(), needle)
                || e.tags().stream().anyMatch(t -> contains(t, needle))) {
            return true;
        }
        return cited.map(s -> contains(s.author(), needle) || contains(s.title(), needle)).orElse(false);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
