package org.sectorscope.ui.comments;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.EditCommentsCommand;
import org.sectorscope.logic.Comments;
import org.sectorscope.logic.LocalTimes;
import org.sectorscope.model.Comment;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Ids;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectSession;

/**
 * Reviewers' comments: those on the selected sector and its evidence (or all of them), each with who,
 * when, what it is about and whether it is resolved; and a form to leave a new one on the sector, one of
 * its evidence items or an option. Every change is one undoable step.
 */
public final class CommentsViewModel {

    /** One comment as the list shows it; {@code gone} when its subject is no longer in the project. */
    public record Row(String id, String subject, String byLine, String text, boolean resolved, boolean gone,
                      String sectorId) {
    }

    /** Something a new comment can be about. */
    public record Target(Comment.Subject subject, String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ProjectSession session;
    private final Supplier<Instant> clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll", false);
    private final BooleanProperty openOnly = new SimpleBooleanProperty(this, "openOnly", false);
    private final StringProperty author;
    private final ReadOnlyObjectWrapper<Target> suggestedTarget = new ReadOnlyObjectWrapper<>(this, "suggestedTarget");
    /** The sector the targets were last built for: a new selection suggests the new sector. */
    private String targetsFor;

    public CommentsViewModel(ProjectSession session, String author, Supplier<Instant> clock) {
        this.session = session;
        this.clock = clock;
        this.author = new SimpleStringProperty(this, "author", author == null ? "" : author);
        session.projectProperty().addListener((obs, old, p) -> rebuild());
        session.selection().sectorIdProperty().addListener((obs, old, id) -> rebuild());
        showAll.addListener((obs, old, v) -> rebuild());
        openOnly.addListener((obs, old, v) -> rebuild());
        rebuild();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }

    /** What a new comment should be about: the selected sector, each time the selection moves. */
    public ReadOnlyObjectProperty<Target> suggestedTargetProperty() {
        return suggestedTarget.getReadOnlyProperty();
    }

    public StringProperty authorProperty() {
        return author;
    }

    /** Leaves a comment on {@code target}; returns why it cannot, or null when it was added. */
    public String add(Target target, String text) {
        if (target == null) {
            return "Choose what the comment is about.";
        }
        if (text == null || text.isBlank()) {
            return "Write the comment first.";
        }
        if (session.isReadOnly()) {
            return "This project is open read-only.";
        }
        Comment c = new Comment(Ids.newId("comment"), target.subject(), target.id(), author.get().strip(),
                clock.get().truncatedTo(ChronoUnit.SECONDS).toString(), text.strip(), false, null);
        try {
            session.execute(EditCommentsCommand.add(session.project(), c));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public void setResolved(Row row, boolean resolved) {
        if (row != null && row.resolved() != resolved) {
            session.execute(EditCommentsCommand.resolve(session.project(), row.id(), resolved));
        }
    }

    public void delete(Row row) {
        if (row != null) {
            session.execute(EditCommentsCommand.remove(session.project(), row.id()));
        }
    }

    /** Selects the sector a comment concerns, for every pane; a comment on an option selects the option. */
    public void pick(Row row) {
        if (row == null) {
            return;
        }
        if (row.sectorId() != null) {
            session.selection().selectSector(row.sectorId());
        } else {
            session.project().teamwork().comments().stream().filter(c -> c.id().equals(row.id())).findFirst()
                    .filter(c -> c.subject() == Comment.Subject.OPTION && !row.gone())
                    .ifPresent(c -> session.selection().selectOption(c.subjectId()));
        }
    }

    private void rebuild() {
        Project p = session.project();
        String sectorId = session.selection().sectorId();
        Sector sector = sectorId == null ? null : p.sector(sectorId).orElse(null);
        List<Comment> shown = showAll.get() || sector == null ? p.teamwork().comments()
                : Comments.onSector(p, sector.id());
        List<Row> next = new ArrayList<>();
        int open = 0;
        for (Comment c : shown) {
            open += c.resolved() ? 0 : 1;
            if (!openOnly.get() || !c.resolved()) {
                next.add(new Row(c.id(), Comments.subject(p, c), byLine(c), c.text(), c.resolved(),
                        !Comments.subjectExists(p, c), Comments.sectorIdOf(p, c)));
            }
        }
        rows.setAll(next);
        String scope = showAll.get() || sector == null ? "All comments" : "Comments on " + sector.name();
        heading.set(scope + " · " + open + " open of " + shown.size());
        targets.setAll(targets(p, sector));
        String nowFor = sector == null ? null : sector.id();
        if (!Objects.equals(nowFor, targetsFor) || suggestedTarget.get() == null) {
            targetsFor = nowFor;
            suggestedTarget.set(targets.isEmpty() ? null : targets.get(0));
        }
    }

    private static List<Target> targets(Project p, Sector sector) {
        List<Target> out = new ArrayList<>();
        if (sector != null) {
            out.add(new Target(Comment.Subject.SECTOR, sector.id(), "Sector: " + sector.name()));
            for (Evidence e : sector.evidence()) {
                out.add(new Target(Comment.Subject.EVIDENCE, e.id(), Comments.evidenceSubject(sector, e)));
            }
        }
        for (PolicyOption o : p.options()) {
            out.add(new Target(Comment.Subject.OPTION, o.id(), "Option: " + o.name()));
        }
        return out;
    }

    /** "J. Lee · 2027-03-02 11:15 CET" in local time; an unreadable time is shown as written. */
    private static String byLine(Comment c) {
        String who = c.author().isBlank() ? "Someone" : c.author();
        return who + " · " + LocalTimes.shown(c.at(), ZoneId.systemDefault());
    }
}
