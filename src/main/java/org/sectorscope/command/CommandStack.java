package org.sectorscope.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sectorscope.model.Project;

/**
 * The single path by which a project changes: execute, undo, redo, and the save point that makes
 * the project clean or dirty. Not thread-safe; the UI uses it from the FX thread only.
 */
public final class CommandStack {
    /** Told after every change of project or stack state. */
    public interface Listener {
        void changed(CommandStack stack);
    }

    private final Deque<ProjectCommand> undo = new ArrayDeque<>();
    private final Deque<ProjectCommand> redo = new ArrayDeque<>();
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private Project project;
    /** The command on top of the undo stack when last saved (null: the loaded state). */
    private ProjectCommand savePoint;
    private boolean savePointReachable = true;

    public CommandStack(Project project) {
        this.project = Objects.requireNonNull(project);
    }

    public Project project() {
        return project;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void execute(ProjectCommand command) {
        Project next = command.apply(project);
        if (next.equals(project)) {
            return; // a no-op (e.g. a drag that ended where it began) is not an undo step
        }
        project = next;
        undo.push(command);
        if (containsSame(redo, savePoint)) {
            savePointReachable = false;
        }
        redo.clear();
        fire();
    }

    /**
     * Runs {@code command} as part of {@code gesture}'s undo step when {@code gesture} is still the last
     * step (the same instance), so one undo takes back both; otherwise (the user did something else in
     * between, or undid the gesture) as a step of its own.
     */
    public void executeJoined(ProjectCommand gesture, ProjectCommand command) {
        if (undo.peek() != gesture || gesture == null) {
            execute(command);
            return;
        }
        Project next = command.apply(project);
        if (next.equals(project)) {
            return;
        }
        project = next;
        undo.pop();
        undo.push(new JoinedCommand(gesture, command));
        if (savePoint == gesture || containsSame(redo, savePoint)) {
            savePointReachable = false; // the saved state lay between the two and is no longer a step
        }
        redo.clear();
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(ProjectCommand::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(ProjectCommand::description);
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        ProjectCommand c = undo.pop();
        project = c.revert(project);
        redo.push(c);
        fire();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        ProjectCommand c = redo.pop();
        project = c.apply(project);
        undo.push(c);
        fire();
    }

    public boolean isDirty() {
        return !savePointReachable || undo.peek() != savePoint;
    }

    /** The current state is what is on disk now. */
    public void markSaved() {
        markSaved(savePointToken());
    }

    /**
     * Identifies the current state, for a save that runs in the background while editing goes on:
     * take the token with the snapshot, and hand it back to {@link #markSaved(Object)} when written.
     */
    public Object savePointToken() {
        return undo.peek() == null ? INITIAL : undo.peek();
    }

    /** The state identified by {@code token} is what is on disk now. */
    public void markSaved(Object token) {
        ProjectCommand point = token == INITIAL ? null : (ProjectCommand) token;
        savePoint = point;
        savePointReachable = point == null || containsSame(undo, point) || containsSame(redo, point);
        fire();
    }

    /** Commands are records with value equality; the save point is one particular instance. */
    private static boolean containsSame(Deque<ProjectCommand> commands, ProjectCommand c) {
        for (ProjectCommand each : commands) {
            if (each == c) {
                return true;
            }
        }
        return false;
    }

    private static final Object INITIAL = new Object();

    /** Starts over with another project (open, new): history is cleared and the state is clean. */
    public void reset(Project next) {
        project = Objects.requireNonNull(next);
        undo.clear();
        redo.clear();
        savePoint = null;
        savePointReachable = true;
        fire();
    }

    private void fire() {
        for (Listener l : listeners) {
            l.changed(this);
        }
    }
}
