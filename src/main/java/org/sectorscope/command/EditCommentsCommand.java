package org.sectorscope.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sectorscope.model.Comment;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * Replaces the project's comments: adding, editing, resolving, reopening or deleting one. Comments
 * name what they are about by id only, so they never change the assessment itself. Revert puts the
 * list back exactly as it was.
 */
public record EditCommentsCommand(String description, List<Comment> before, List<Comment> after)
        implements ProjectCommand {
    public EditCommentsCommand {
        Objects.requireNonNull(description, "description");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Adds {@code comment} at the end; its id must be new and its text not blank. */
    public static EditCommentsCommand add(Project project, Comment comment) {
        Objects.requireNonNull(comment, "comment");
        if (find(project, comment.id()) != null) {
            throw new IllegalArgumentException("a comment with id " + comment.id() + " already exists");
        }
        requireText(comment.text());
        List<Comment> next = new ArrayList<>(comments(project));
        next.add(comment);
        return new EditCommentsCommand("Add comment on " + about(project, comment), comments(project), next);
    }

    /** Replaces the text of comment {@code id}. */
    public static EditCommentsCommand editText(Project project, String id, String text) {
        requireText(text);
        Comment old = existing(project, id);
        return replace(project, old.withText(text), "Edit comment on " + about(project, old));
    }

    /** Marks comment {@code id} resolved or open again. */
    public static EditCommentsCommand resolve(Project project, String id, boolean resolved) {
        Comment old = existing(project, id);
        return replace(project, old.withResolved(resolved),
                (resolved ? "Resolve comment on " : "Reopen comment on ") + about(project, old));
    }

    public static EditCommentsCommand remove(Project project, String id) {
        Comment old = existing(project, id);
        List<Comment> next = comments(project).stream().filter(c -> !c.id().equals(id)).toList();
        return new EditCommentsCommand("Delete comment on " + about(project, old), comments(project), next);
    }

    private static EditCommentsCommand replace(Project project, Comment edited, String description) {
        List<Comment> next = comments(project).stream().map(c -> c.id().equals(edited.id()) ? edited : c).toList();
        return new EditCommentsCommand(description, comments(project), next);
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a comment needs some text");
        }
    }

    /** What the undo label names: the sector, the sector an evidence item belongs to, or the option. */
    static String about(Project project, Comment comment) {
        String id = comment.subjectId();
        return switch (comment.subject()) {
            case SECTOR -> project.sector(id).map(Sector::name).orElse("a deleted sector");
            case EVIDENCE -> project.sectors().stream()
                    .filter(s -> s.evidence().stream().anyMatch(e -> e.id().equals(id))).findFirst()
                    .map(s -> "evidence on " + s.name()).orElse("a deleted evidence item");
            case OPTION -> project.option(id).map(o -> "option " + o.name()).orElse("a deleted option");
        };
    }

    private static List<Comment> comments(Project project) {
        return project.teamwork().comments();
    }

    private static Comment find(Project project, String id) {
        return comments(project).stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private static Comment existing(Project project, String id) {
        Comment c = find(project, id);
        if (c == null) {
            throw new IllegalArgumentException("no comment " + id);
        }
        return c;
    }

    @Override
    public Project apply(Project project) {
        return project.withTeamwork(project.teamwork().withComments(after));
    }

    @Override
    public Project revert(Project project) {
        return project.withTeamwork(project.teamwork().withComments(before));
    }
}
