package org.sectorscope.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;

/**
 * The session's project as one pane takes it. An edit reaches the pane at once; a project opened into the
 * session (Open, New, a repair) reaches it after the window's next {@code frames} frames. The panes of a
 * large project then come in frames of their own, the canvas first, instead of in one freeze: at 10,000
 * sectors the canvas, the Sectors list and the options matrix each took a third of the frame that showed an
 * opened file. Edits made in between are not lost: the pane then takes the session's project as it is.
 * Until a window sets where its frames run ({@link #runFramesIn}), a project passes at once.
 */
public final class StaggeredProject {
    private final ProjectSession session;
    private final int frames;
    private final ReadOnlyObjectWrapper<Project> project;
    private long shownGeneration;
    private boolean pending;
    private Executor afterFrame;
    private final List<Runnable> whenCaughtUp = new ArrayList<>();

    public StaggeredProject(ProjectSession session, int frames) {
        this.session = session;
        this.frames = frames;
        this.project = new ReadOnlyObjectWrapper<>(this, "project", session.project());
        this.shownGeneration = session.generation();
        session.projectProperty().addListener((obs, old, p) -> changed());
    }

    /** FX thread: {@code afterFrame} runs work after the window's next frame (a {@link NextFrame}). */
    public void runFramesIn(Executor afterFrame) {
        this.afterFrame = afterFrame;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project project() {
        return project.get();
    }

    /** FX thread: runs {@code work} once the pane has the session's project: now, or when it takes it. */
    public void whenCaughtUp(Runnable work) {
        if (pending) {
            whenCaughtUp.add(work);
        } else {
            work.run();
        }
    }

    private void changed() {
        if (pending) {
            return; // the catch-up to come takes the session's project as it is then
        }
        if (session.generation() == shownGeneration || afterFrame == null || frames <= 0) {
            catchUp();
            return;
        }
        pending = true;
        NextFrame.after(afterFrame, frames, this::catchUp);
    }

    private void catchUp() {
        pending = false;
        shownGeneration = session.generation();
        project.set(session.project());
        List<Runnable> due = List.copyOf(whenCaughtUp);
        whenCaughtUp.clear();
        due.forEach(Runnable::run);
    }
}
