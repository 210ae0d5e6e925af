package org.sectorscope.ui.sources;

import org.sectorscope.command.EditSourcesCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.Source;

/**
 * One source as the Sources dialog lists it: its short label ("Scott Kennedy, ch. 1"), title, how many
 * evidence items cite it, and everything that cites it in words ("" when nothing does).
 */
public record SourceRow(String id, String label, String title, int evidenceCount, String citedBy) {
    static SourceRow of(Project p, Source s) {
        EditSourcesCommand.Citations c = EditSourcesCommand.citations(p, s.id());
        return new SourceRow(s.id(), s.shortLabel(), s.title(), c.evidence(), c.isEmpty() ? "" : c.describe());
    }

    public boolean isCited() {
        return !citedBy.isEmpty();
    }
}
