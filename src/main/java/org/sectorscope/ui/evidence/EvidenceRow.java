package org.sectorscope.ui.evidence;

import org.sectorscope.logic.Comments;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Credibility;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Source;

/** One evidence item as the Evidence pane shows it, with the number of reviewers' comments on it still open. */
public record EvidenceRow(String id, String quote, String note, String sourceId, String sourceLabel, String grade,
                          String gradeMeaning, String bearing, int openComments) {
    static EvidenceRow of(Project p, Evidence e) {
        String source = p.source(e.sourceId()).map(EvidenceRow::cite).orElse("No source");
        if (e.page() != null && !e.page().isBlank()) {
            source += ", p. " + e.page();
        }
        String bearing = e.bearing().axis() == AxisId.NONE ? "Context"
                : "Toward " + p.framework().axis(e.bearing().axis()).label(e.bearing().toward());
        return new EvidenceRow(e.id(), e.quote() == null ? "" : e.quote(), e.note() == null ? "" : e.note(),
                p.source(e.sourceId()).isPresent() ? e.sourceId() : null, source,
                e.grade(), e.reliability().meaning() + " / " + Credibility.meaning(e.credibility()), bearing,
                (int) Comments.openOnEvidence(p, e.id()));
    }

    static String cite(Source s) {
        String chapter = s.chapter() == null || s.chapter().isBlank() ? "" : "Ch. " + s.chapter() + ", ";
        return chapter + s.author() + (s.title().isBlank() ? "" : ", \u201c" + s.title() + "\u201d");
    }
}
