package org.sectorscope.ui.main;

import java.util.concurrent.Executor;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.NextFrame;
import org.sectorscope.ui.common.StaggeredProject;

/**
 * The order in which an opened project reaches the main window's panes: the canvas in the task that opens
 * it, the Sectors list after the next frame, the options matrix after the one after, and the first
 * selection after that, each laid out in a frame of its own (issue 18: together they froze the window for
 * 120-170 ms at 10,000 sectors). Edits reach every pane at once.
 */
final class PaneStagger {
    private final StaggeredProject list;
    private final StaggeredProject matrix;

    PaneStagger(ProjectSession session) {
        list = new StaggeredProject(session, 1);
        matrix = new StaggeredProject(session, 2);
    }

    /** The project the Sectors list shows. */
    StaggeredProject list() {
        return list;
    }

    /** The project the options matrix shows. */
    StaggeredProject matrix() {
        return matrix;
    }

    /** FX thread: the window's frames from now on; returns where the first selection of an opened file runs. */
    Executor runFramesIn(NextFrame nextFrame) {
        list.runFramesIn(nextFrame);
        matrix.runFramesIn(nextFrame);
        return nextFrame.afterFrames(3);
    }

    /** FX thread: runs {@code work} once every pane shows the session's project. */
    void whenAllShowTheProject(Runnable work) {
        list.whenCaughtUp(() -> matrix.whenCaughtUp(work));
    }
}
