package org.sectorscope.ui.canvas;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.command.ProjectCommand;
import org.sectorscope.command.SetMoveReasonCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;

/**
 * The canvas's question after a move that crossed a quadrant line: why? The reason given joins the move's
 * own undo step; the question closes when it is answered, skipped, or its move is undone.
 */
public final class MoveReasonPrompt {
    /** A move that crossed a quadrant line and may still be given a reason. */
    public record PendingReason(String summary, List<SetMoveReasonCommand.Target> targets, ProjectCommand move) {
    }

    private final ProjectSession session;
    private final ReadOnlyObjectWrapper<PendingReason> pending = new ReadOnlyObjectWrapper<>(this, "pending");

    MoveReasonPrompt(ProjectSession session) {
        this.session = session;
    }

    ReadOnlyObjectProperty<PendingReason> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Asks for the reason of {@code command}'s quadrant changes; a move within its quadrants asks nothing. */
    void ask(MoveSectorsCommand command) {
        List<SetMoveReasonCommand.Target> targets = command.quadrantChanges().stream()
                .map(m -> new SetMoveReasonCommand.Target(m.sectorId(), m.change().id())).toList();
        if (targets.isEmpty()) {
            return;
        }
        MoveSectorsCommand.Move first = command.quadrantChanges().get(0);
        String name = session.project().sector(first.sectorId()).map(Sector::name).orElse("");
        String from = first.change().fromQuadrant() == null ? "unplaced" : first.change().fromQuadrant();
        String summary = targets.size() == 1
                ? name + " moved " + from + " \u2192 " + first.change().toQuadrant() + "."
                : targets.size() + " sectors changed quadrant.";
        pending.set(new PendingReason(summary, targets, command));
    }

    /** Stores the reason for the pending quadrant change, in the move's undo step, and closes the prompt. */
    void give(String reason) {
        PendingReason asked = pending.get();
        pending.set(null);
        if (asked == null || reason == null || reason.isBlank()) {
            return;
        }
        Project p = session.project();
        if (stillRecorded(p, asked)) {
            session.executeJoined(asked.move(), SetMoveReasonCommand.of(p, asked.targets(), TextLimit.PROSE.fit(reason)));
        }
    }

    void skip() {
        pending.set(null);
    }

    /** Closes the prompt when the project no longer records its move (it was undone). */
    void closeIfUndone() {
        PendingReason asked = pending.get();
        if (asked != null && !stillRecorded(session.project(), asked)) {
            pending.set(null);
        }
    }

    private static boolean stillRecorded(Project p, PendingReason pending) {
        return pending.targets().stream().allMatch(t -> p.sector(t.sectorId())
                .map(s -> s.history().stream().anyMatch(c -> c.id().equals(t.changeId()))).orElse(false));
    }
}
