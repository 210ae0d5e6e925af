package org.sectorscope.ui.editions;

import java.time.Clock;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.EditEditionsCommand;
import org.sectorscope.command.RestoreEditionCommand;
import org.sectorscope.logic.Editions;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Project;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ComparisonState;
import org.sectorscope.session.ProjectSession;

/**
 * The editions of the project, oldest first, and what can be done with one: take a new one, view one
 * read-only on the canvas, compare it with the current state, restore it, rename or delete it; every
 * change one undoable command.
 */
public final class EditionsViewModel {
    /** A line of the list; {@code flag} says how many sectors it names the project no longer has, or "". */
    public record Row(String id, String name, String date, int sectors, String flag) {
        /** "CSIS 2020 (report) — 2020-02 — 14 sectors — 2 sectors no longer in the project". */
        public String text() {
            return name + " \u2014 " + date + " \u2014 " + (sectors == 1 ? "1 sector" : sectors + " sectors")
                    + (flag.isEmpty() ? "" : " \u2014 " + flag);
        }
    }

    private final ProjectSession session;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public EditionsViewModel(ProjectSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        session.projectProperty().addListener((obs, old, p) -> update(p));
        update(session.project());
    }

    private void update(Project p) {
        rows.setAll(Editions.byDate(p.teamwork().editions()).stream().map(e -> new Row(e.id(), e.name(),
                Editions.dateText(e.takenAt()), Editions.placedCount(e), Editions.missingNote(p, e))).toList());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The name a new edition is offered: "Brief, December 2026". */
    public String suggestedName() {
        return Editions.defaultName(clock.instant());
    }

    /** Records the placements and scores as they stand, named {@code name} (the suggestion when blank); its id. */
    public String take(String name) {
        String n = name == null || name.isBlank() ? suggestedName() : TextLimit.NAME.fit(name.strip());
        Project p = session.project();
        Edition e = Editions.take(p, n, clock.instant());
        session.execute(EditEditionsCommand.add(p, e));
        return e.id();
    }

    /** Says, before a restore, what it will do. */
    public String restoreSummary(String id) {
        Project p = session.project();
        Edition e = edition(p, id);
        RestoreEditionCommand restore = RestoreEditionCommand.of(p, id);
        long untouched = p.sectors().stream().filter(s -> e.sector(s.id()) == null).count();
        int gone = Editions.missing(p, e).size();
        StringBuilder sb = new StringBuilder();
        sb.append(count(restore.changedCount())).append(" go back to where \"").append(e.name())
                .append("\" had them (position and who placed them).");
        if (untouched > 0) {
            sb.append(' ').append(count(untouched)).append(" the edition does not hold stay as they are.");
        }
        if (gone > 0) {
            sb.append(' ').append(count(gone)).append(" it names no longer in the project are not brought back.");
        }
        if (restore.rescoredCount() > 0) {
            sb.append(' ').append(restore.rescoredCount() == 1 ? "1 option gets" : restore.rescoredCount()
                    + " options get").append(" its scores back.");
        }
        return sb.append(" Undo puts everything back in one step.").toString();
    }

    private static String count(long n) {
        return n == 1 ? "1 sector" : n + " sectors";
    }

    /** Restores an edition as one undoable step; false when nothing would change. */
    public boolean restore(String id) {
        RestoreEditionCommand c = RestoreEditionCommand.of(session.project(), id);
        if (c.changedCount() == 0 && c.rescoredCount() == 0) {
            return false;
        }
        session.comparison().backToCurrent();
        session.execute(c);
        return true;
    }

    /** Why a typed new name is refused (a blank one would change nothing), or "". */
    public String renameProblem(String typed) {
        return typed == null || typed.isBlank() ? "An edition needs a name." : "";
    }

    public void rename(String id, String name) {
        if (name == null || name.isBlank() || name.strip().equals(edition(session.project(), id).name())) {
            return;
        }
        session.execute(EditEditionsCommand.rename(session.project(), id, TextLimit.NAME.fit(name.strip())));
    }

    public void delete(String id) {
        session.execute(EditEditionsCommand.delete(session.project(), id));
    }

    /** Shows the edition read-only on the canvas. */
    public void view(String id) {
        session.comparison().view(id);
    }

    /** Draws what moved since the edition, on the current state. */
    public void compareWithCurrent(String id) {
        session.comparison().compare(ComparisonState.Choice.sinceEdition(id));
    }

    public String name(String id) {
        return edition(session.project(), id).name();
    }

    private static Edition edition(Project p, String id) {
        List<Edition> all = p.teamwork().editions();
        return all.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no edition " + id));
    }
}
