package org.sectorscope.ui.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.RemoveSectorsCommand;
import org.sectorscope.model.Position;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.canvas.QuadrantCanvasViewModel;

/** The Editions window's state and actions on the small project. */
class EditionsViewModelTest {
    private final ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");
    private final EditionsViewModel vm = new EditionsViewModel(session,
            Clock.fixed(Instant.parse("2026-12-02T14:05:00Z"), ZoneOffset.UTC));

    @Test
    void takingASnapshotOffersTheMonthsNameAndListsItWithItsDateAndCount() {
        assertEquals("Brief, December 2026", vm.suggestedName());
        String id = vm.take("  ");
        assertEquals(1, vm.rows().size());
        EditionsViewModel.Row row = vm.rows().get(0);
        assertEquals(id, row.id());
        assertEquals("Brief, December 2026 \u2014 2026-12-02 14:05 \u2014 4 sectors", row.text());
        session.undo();
        assertTrue(vm.rows().isEmpty(), "taking is one undoable step");
    }

    @Test
    void anEditionNamingSectorsTheProjectLostIsFlaggedAndKept() {
        String id = vm.take("Before");
        session.execute(RemoveSectorsCommand.of(session.project(), List.of(TestProjects.BIOTECH, TestProjects.AIRCRAFT)));
        EditionsViewModel.Row row = vm.rows().get(0);
        assertEquals("2 sectors no longer in the project", row.flag());
        assertEquals(4, row.sectors());
        assertEquals(4, session.project().teamwork().editions().get(0).sectors().size());
        assertTrue(vm.restoreSummary(id).contains("2 sectors it names no longer in the project are not brought back"),
                vm.restoreSummary(id));
    }

    @Test
    void restoreSaysWhatItWillDoAndIsOneUndoableStep() {
        String id = vm.take("Before");
        QuadrantCanvasViewModel canvas = new QuadrantCanvasViewModel(session);
        canvas.moveSector(TestProjects.CHIPS, new Position(0.3, -0.7));
        canvas.moveSector(TestProjects.SOLAR, new Position(-0.5, 0.4));
        assertEquals("2 sectors go back to where \"Before\" had them (position and who placed them)."
                + " Undo puts everything back in one step.", vm.restoreSummary(id));
        assertTrue(vm.restore(id));
        assertEquals(new Position(-0.4, -0.7), session.project().sector(TestProjects.CHIPS).orElseThrow().position());
        assertEquals(new Position(-0.6, 0.5), session.project().sector(TestProjects.SOLAR).orElseThrow().position());
        assertFalse(vm.restore(id), "nothing left to restore");
        session.undo();
        assertEquals(new Position(0.3, -0.7), session.project().sector(TestProjects.CHIPS).orElseThrow().position());
        assertEquals(new Position(-0.5, 0.4), session.project().sector(TestProjects.SOLAR).orElseThrow().position());
    }

    @Test
    void renameAndDeleteAreUndoable() {
        String id = vm.take("Before");
        vm.rename(id, "December brief");
        assertEquals("December brief", vm.rows().get(0).name());
        session.undo();
        assertEquals("Before", vm.rows().get(0).name());
        assertEquals("An edition needs a name.", vm.renameProblem("  "), "the rename dialog refuses OK with it");
        assertEquals("", vm.renameProblem("December brief"));
        vm.rename(id, "  ");
        assertEquals("Before", vm.rows().get(0).name(), "a blank name changes nothing");
        vm.delete(id);
        assertTrue(vm.rows().isEmpty());
        session.undo();
        assertEquals(1, vm.rows().size());
    }

    @Test
    void viewingAnEditionShowsItReadOnlyAndTheCanvasRefusesEdits() {
        String id = vm.take("Before");
        QuadrantCanvasViewModel canvas = new QuadrantCanvasViewModel(session);
        canvas.moveSector(TestProjects.CHIPS, new Position(0.3, -0.7));
        vm.view(id);
        assertEquals("Viewing edition Before (read-only)", canvas.comparison().bannerProperty().get());
        assertEquals(new Position(-0.4, -0.7), canvas.cardsProperty().get().stream()
                .filter(c -> c.id().equals(TestProjects.CHIPS)).findFirst().orElseThrow().position(),
                "the canvas shows the edition's placement");
        canvas.moveSector(TestProjects.SOLAR, new Position(0.5, 0.5));
        assertEquals(new Position(-0.6, 0.5), session.project().sector(TestProjects.SOLAR).orElseThrow().position());
        assertTrue(canvas.comparison().refusalProperty().get().startsWith("Moving sectors is not possible while viewing an"
                + " edition (read-only)"), canvas.comparison().refusalProperty().get());
        assertNull(canvas.addSectorAt(new Position(0.1, 0.1)));
        assertEquals(4, session.project().sectors().size());
        canvas.comparison().backToCurrent();
        assertEquals("", canvas.comparison().bannerProperty().get());
        assertEquals(new Position(0.3, -0.7), canvas.cardsProperty().get().stream()
                .filter(c -> c.id().equals(TestProjects.CHIPS)).findFirst().orElseThrow().position());
        canvas.moveSector(TestProjects.SOLAR, new Position(-0.5, 0.5));
        assertEquals(new Position(-0.5, 0.5), session.project().sector(TestProjects.SOLAR).orElseThrow().position());
    }

    @Test
    void deletingTheViewedEditionEndsTheView() {
        String id = vm.take("Before");
        vm.view(id);
        vm.delete(id);
        assertFalse(session.comparison().isViewingEdition());
    }
}
