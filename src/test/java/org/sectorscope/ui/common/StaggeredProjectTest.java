package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.AddSectorCommand;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/**
 * Issue 18: a pane fed by a {@link StaggeredProject} takes an opened project after the given number of
 * frames, an edit at once, and never misses an edit made in between. Frames are stepped by hand here.
 */
class StaggeredProjectTest {
    /** Work queued for "after the next frame"; {@link #frame} runs what was queued before it. */
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor afterFrame = queued::add;
    private final ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");

    private void frame() {
        List<Runnable> due = List.copyOf(queued);
        queued.clear();
        due.forEach(Runnable::run);
    }

    private StaggeredProject staggered(int frames) {
        StaggeredProject s = new StaggeredProject(session, frames);
        s.runFramesIn(afterFrame);
        return s;
    }

    private static AddSectorCommand addSector(String id) {
        return new AddSectorCommand(new Sector(id, "New " + id, "", null, null, null, List.of(), Extras.NONE));
    }

    @Test
    void anOpenedProjectArrivesAfterExactlyItsFrames() {
        StaggeredProject second = staggered(2);
        Project before = session.project();
        Project opened = TestProjects.random(3, 40);
        session.open(opened, null, "opened");
        assertSame(before, second.project(), "not in the task that opened it");
        frame();
        assertSame(before, second.project(), "not after one frame");
        frame();
        assertSame(opened, second.project());
        assertEquals(0, queued.size(), "nothing left waiting");
    }

    @Test
    void anEditArrivesAtOnce() {
        StaggeredProject first = staggered(1);
        session.execute(addSector("sector-now"));
        assertSame(session.project(), first.project());
        assertEquals(0, queued.size());
    }

    @Test
    void editsMadeBeforeTheOpenedProjectArrivesComeWithIt() {
        StaggeredProject first = staggered(1);
        session.open(TestProjects.random(4, 30), null, "opened");
        session.execute(addSector("sector-between"));
        session.execute(addSector("sector-and-another"));
        assertEquals(1, queued.size(), "one catch-up for the open and the edits after it");
        frame();
        assertSame(session.project(), first.project());
        assertEquals(32, first.project().sectors().size());
    }

    @Test
    void twoOpensInARowBringOnlyTheLast() {
        StaggeredProject first = staggered(1);
        List<Project> seen = new ArrayList<>();
        first.projectProperty().addListener((obs, old, p) -> seen.add(p));
        session.open(TestProjects.random(5, 20), null, "one");
        Project last = TestProjects.random(6, 25);
        session.open(last, null, "two");
        frame();
        assertEquals(List.of(last), seen);
    }

    @Test
    void withoutAWindowsFramesTheProjectPassesAtOnce() {
        StaggeredProject notShown = new StaggeredProject(session, 2);
        Project opened = TestProjects.random(7, 10);
        session.open(opened, null, "opened");
        assertSame(opened, notShown.project());
    }

    @Test
    void workWaitingForThePaneRunsWhenItHasTheProject() {
        StaggeredProject first = staggered(1);
        List<Project> seenByWork = new ArrayList<>();
        first.whenCaughtUp(() -> seenByWork.add(first.project()));
        assertEquals(List.of(session.project()), seenByWork, "nothing pending: at once");
        Project opened = TestProjects.random(8, 12);
        session.open(opened, null, "opened");
        first.whenCaughtUp(() -> seenByWork.add(first.project()));
        assertEquals(1, seenByWork.size(), "waits for the frame");
        frame();
        assertEquals(opened, seenByWork.get(1));
    }
}
