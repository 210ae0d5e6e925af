package org.sectorscope.ui.evidence;

import org.sectorscope.logic.EvidenceHit;
import org.sectorscope.logic.EvidenceQuery;
import org.sectorscope.logic.TextMatch;
import org.sectorscope.model.Project;

/**
 * One search result: the sector the item belongs to and the item as the Evidence pane shows it
 * ({@link EvidenceRow}), so both panes word grades, bearings and sources the same way, and where the
 * search's text was found in it.
 */
public record EvidenceHitRow(String sectorId, String sectorName, EvidenceRow item, TextMatch match) {
    /** The hit with where {@code query}'s text matched it (an excerpt), so the card can show why it was found. */
    static EvidenceHitRow of(Project p, EvidenceHit hit, EvidenceQuery query) {
        return new EvidenceHitRow(hit.sectorId(), hit.sectorName(), EvidenceRow.of(p, hit.evidence()),
                query.textMatch(p, hit.evidence()).map(m -> m.excerpt(TextMatch.CONTEXT)).orElse(null));
    }

    /** "Tag", "Quote", "Source title": the matched field as the card names it; empty without a text match. */
    public String matchLabel() {
        if (match == null) {
            return "";
        }
        return Character.toUpperCase(match.field().charAt(0)) + match.field().substring(1);
    }

    public String evidenceId() {
        return item.id();
    }
}
