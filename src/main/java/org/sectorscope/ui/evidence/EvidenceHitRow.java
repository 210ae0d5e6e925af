package org.sectorscope.ui.evidence;

import org.sectorscope.logic.EvidenceHit;
import org.sectorscope.model.Project;

/**
 * One search result: the sector the item belongs to and the item as the Evidence pane shows it
 * ({@link EvidenceRow}), so both panes word grades, bearings and sources the same way.
 */
public record EvidenceHitRow(String sectorId, String sectorName, EvidenceRow item) {
    static EvidenceHitRow of(Project p, EvidenceHit hit) {
        return new EvidenceHitRow(hit.sectorId(), hit.sectorName(), EvidenceRow.of(p, hit.evidence()));
    }

    public String evidenceId() {
        return item.id();
    }
}
