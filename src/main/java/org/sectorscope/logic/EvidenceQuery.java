package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.List;
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
        return textMatch(e, cited).isPresent();
    }

    /**
     * Where the text filter matched {@code e}: the first of quote, note, page, tag, source author and
     * source title that holds it; empty when the query has no text or the item does not match it.
     */
    public Optional<TextMatch> textMatch(Project project, Evidence e) {
        return textMatch(e, project.source(e.sourceId()));
    }

    private Optional<TextMatch> textMatch(Evidence e, Optional<Source> cited) {
        if (text == null) {
            return Optional.empty();
        }
        String needle = text.toLowerCase(Locale.ROOT);
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"quote", e.quote()});
        fields.add(new String[] {"note", e.note()});
        fields.add(new String[] {"page", e.page()});
        e.tags().forEach(t -> fields.add(new String[] {"tag", t}));
        cited.ifPresent(s -> {
            fields.add(new String[] {"source author", s.author()});
            fields.add(new String[] {"source title", s.title()});
        });
        for (String[] f : fields) {
            if (contains(f[1], needle)) {
                int at = indexIgnoringCase(f[1], text);
                return Optional.of(new TextMatch(f[0], f[1], at, at < 0 ? -1 : at + text.length()));
            }
        }
        return Optional.empty();
    }

    /** Where {@code needle} starts in {@code haystack}, case ignored; -1 when lower-casing moved it. */
    private static int indexIgnoringCase(String haystack, String needle) {
        for (int i = 0; i + needle.length() <= haystack.length(); i++) {
            if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
