package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/** What the panes prepare for a project being opened: for that very project, once, and never the open's failure. */
class OpenPreparationsTest {
    private final OpenPreparations preparations = new OpenPreparations();

    @Test
    void aResultIsHandedOverForTheVeryProjectItWasMadeForAndOnlyOnce() {
        OpenPreparations.Preparation names = () -> p -> p.sectors().size();
        preparations.add(names);
        Project read = TestProjects.small();
        preparations.begin().accept(read);
        assertNull(preparations.take(names, TestProjects.small()), "an equal project that is another object gets nothing");
        assertEquals(read.sectors().size(), preparations.take(names, read));
        assertNull(preparations.take(names, read), "handed over once");
    }

    @Test
    void settingsAreTakenWhenTheOpenBeginsAndANullJobIsSkipped() {
        List<String> setting = new ArrayList<>(List.of("before"));
        OpenPreparations.Preparation captured = () -> {
            String now = setting.get(0);
            return p -> now;
        };
        OpenPreparations.Preparation nothing = () -> null;
        preparations.add(captured);
        preparations.add(nothing);
        var jobs = preparations.begin();
        setting.set(0, "changed while the file was read");
        Project read = TestProjects.small();
        jobs.accept(read);
        assertEquals("before", preparations.take(captured, read));
        assertNull(preparations.take(nothing, read));
    }

    @Test
    void aFailingJobLeavesOnlyItsOwnResultOut() {
        OpenPreparations.Preparation failing = () -> p -> {
            throw new IllegalStateException("a pane's bug");
        };
        OpenPreparations.Preparation fine = () -> p -> "rows";
        preparations.add(failing);
        preparations.add(fine);
        Project read = TestProjects.small();
        preparations.begin().accept(read);
        assertNull(preparations.take(failing, read));
        assertEquals("rows", preparations.take(fine, read));
    }

    @Test
    void clearLetsGoOfWhatWasNotTaken() {
        OpenPreparations.Preparation rows = () -> p -> "rows";
        preparations.add(rows);
        Project read = TestProjects.small();
        preparations.begin().accept(read);
        preparations.clear();
        assertNull(preparations.take(rows, read));
    }

    @Test
    void theSessionLetsGoOfLeftoversOnceTheProjectIsOpen() {
        ProjectSession session = new ProjectSession(Project.empty("P"), null, "P");
        OpenPreparations.Preparation unclaimed = () -> p -> "rows no pane took";
        session.preparations().add(unclaimed);
        Project read = TestProjects.small();
        session.preparations().begin().accept(read);
        session.open(read, null, "small");
        assertNull(session.preparations().take(unclaimed, read));
    }
}
