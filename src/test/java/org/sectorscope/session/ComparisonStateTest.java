package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditEditionsCommand;
import org.sectorscope.command.RemoveSectorsCommand;
import org.sectorscope.logic.Editions;
import org.sectorscope.model.Edition;
import org.sectorscope.model.TestProjects;

/** The edition viewed and the comparison drawn follow the project, and end when what they name is gone. */
class ComparisonStateTest {
    private final ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");
    private final ComparisonState state = session.comparison();

    private Edition take(String name) {
        Edition e = Editions.take(session.project(), name, Instant.parse("2026-12-02T10:00:00Z"));
        session.execute(EditEditionsCommand.add(session.project(), e));
        return e;
    }

    @Test
    void anEditFromAnotherPaneWhileAnEditionIsViewedBringsBackTheCurrentState() {
        Edition e = take("Before");
        state.view(e.id());
        session.execute(EditEditionsCommand.rename(session.project(), e.id(), "Before, renamed"));
        assertTrue(state.isViewingEdition(), "renaming an edition is no edit of the assessment");
        session.execute(RemoveSectorsCommand.of(session.project(), List.of(TestProjects.BIOTECH)));
        assertFalse(state.isViewingEdition(), "the edit is shown where it is made");
        assertSame(session.project(), state.shownProperty().get());
    }

    @Test
    void viewingAnEditionWhoseSectorsTheProjectLostNamesThem() {
        Edition e = take("Before");
        session.execute(RemoveSectorsCommand.of(session.project(), List.of(TestProjects.BIOTECH)));
        state.view(e.id());
        assertEquals("Viewing edition Before (read-only) \u2014 1 sector no longer in the project: Biotech",
                state.bannerProperty().get());
        assertEquals(4, state.shownProperty().get().sectors().size(), "shown, not dropped");
        assertTrue(state.refuseEdit("Moving sectors"));
        state.backToCurrent();
        assertSame(session.project(), state.shownProperty().get());
        assertFalse(state.refuseEdit("Moving sectors"));
        assertEquals("", state.refusalProperty().get());
    }

    @Test
    void undoingAnEditionAwayOrOpeningAnotherProjectEndsTheComparison() {
        Edition e = take("Before");
        state.compare(ComparisonState.Choice.sinceEdition(e.id()));
        assertEquals("Moved since Before", state.comparisonProperty().get().title());
        session.undo();
        assertNull(state.comparisonProperty().get());
        session.redo();
        state.compare(ComparisonState.Choice.sinceEdition(e.id()));
        session.open(TestProjects.small(), null, "other");
        assertNull(state.choiceProperty().get());
        assertNull(state.comparisonProperty().get());
        assertThrows(IllegalArgumentException.class, () -> new ComparisonState.Choice(null, null, null));
    }
}
