package org.sectorscope.ui.filediff;

import java.util.List;
import java.util.Locale;
import org.sectorscope.logic.SemanticDiff;
import org.sectorscope.logic.SemanticDiff.Change;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;

/**
 * The open project compared with another project file, in the words of {@code sectorscope diff}: what
 * the other file has that this project (as it is now, unsaved edits included) does not. Picking a change
 * about a sector selects that sector.
 */
public final class FileDiffViewModel {
    /** One change: what kind, in words ("Moved into another quadrant"), and the change itself. */
    public record Row(String kind, String what, String sentence, String sectorId) {
    }

    private final ProjectSession session;
    private final String otherName;
    private final List<Row> rows;

    public FileDiffViewModel(ProjectSession session, Project other, String otherName) {
        this.session = session;
        this.otherName = otherName;
        Project current = session.project();
        this.rows = SemanticDiff.between(current, other).stream().map(c -> row(current, other, c)).toList();
    }

    public List<Row> rows() {
        return rows;
    }

    /** "From this project to brief-2027.sectorscope.json: 3 changes", or that the two are the same. */
    public String heading() {
        if (rows.isEmpty()) {
            return "This project and " + otherName + " hold the same assessment: no differences.";
        }
        return "From this project (as it is now) to " + otherName + ": " + rows.size()
                + (rows.size() == 1 ? " change" : " changes");
    }

    public void pick(Row row) {
        if (row != null && row.sectorId() != null) {
            session.selection().selectSector(row.sectorId());
        }
    }

    private static Row row(Project current, Project other, Change c) {
        String sectorId = c.kind().startsWith("sector-") && c.id() != null
                && current.sector(c.id()).isPresent() ? c.id() : null;
        return new Row(c.kind(), what(c.kind()), c.sentence(), sectorId);
    }

    /** "sector-changed-quadrant" as "Sector changed quadrant". */
    static String what(String kind) {
        String words = kind.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
