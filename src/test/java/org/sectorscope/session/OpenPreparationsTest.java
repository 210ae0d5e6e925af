package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.AddSectorCommand;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Sector;
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
    void theSessionKeepsTheOpenedProjectsResultsForPanesThatTakeThemLaterAndNoOthers() {
        ProjectSession session = new ProjectSession(Project.empty("P"), null, "P");
        OpenPreparations.Preparation later = () -> p -> "rows a pane takes a frame later";
        session.preparations().add(later);
        Project read = TestProjects.small();
        session.preparations().begin().accept(read);
        session.open(read, null, "small");
        assertEquals("rows a pane takes a frame later", session.preparations().take(later, read));

        Project unclaimed = TestProjects.small();
        session.preparations().begin().accept(unclaimed);
        session.open(Project.empty("Another"), null, "another"); // say, the read project was repaired first
        assertNull(session.preparations().take(later, unclaimed), "what was made for a project not opened is let go");
    }

    @Test
    void openingCountsAGenerationAndAnEditDoesNot() {
        ProjectSession session = new ProjectSession(Project.empty("P"), null, "P");
        long first = session.generation();
        session.execute(new AddSectorCommand(new Sector("sector-new", "New", "", null, null, null, List.of(),
                Extras.NONE)));
        assertEquals(first, session.generation(), "an edit is the same project");
        session.open(TestProjects.small(), null, "small");
        assertEquals(first + 1, session.generation());
    }
}
