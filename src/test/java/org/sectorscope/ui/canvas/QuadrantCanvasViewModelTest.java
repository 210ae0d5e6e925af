package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;

/** The canvas's view model without any window: quadrants, commands, selection and zoom. */
class QuadrantCanvasViewModelTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:15:30Z");
    private static final String IS = "internet-services";
    private static final String EV = "electric-vehicles";
    private static final String CA = "commercial-aircraft";
    private static final String SC = "semiconductors";

    private ProjectSession session;
    private QuadrantCanvasViewModel vm;
    private Project loaded;

    @BeforeEach
    void setUp() throws Exception {
        loaded = ProjectStore.loadSample();
        session = new ProjectSession(loaded, null, "sample");
        vm = new QuadrantCanvasViewModel(session, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Sector sector(String id) {
        return session.project().sector(id).orElseThrow();
    }

    private Position pos(String id) {
        return sector(id).position();
    }

    // ---- quadrants on and near the lines ----

    @Test
    void aMoveMakesTheMovedSectorsCardAndKeepsEveryOtherCard() {
        List<CardItem> before = vm.cardsProperty().get();
        String moved = before.get(1).id();
        session.execute(MoveSectorsCommand.of(session.project(), moved, new Position(0.42, -0.37)));
        List<CardItem> after = vm.cardsProperty().get();
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).id().equals(moved)) {
                assertEquals(new Position(0.42, -0.37), after.get(i).position(), "the card is where the sector is");
            } else {
                assertSame(before.get(i), after.get(i), before.get(i).id());
            }
        }
        session.undo();
        assertEquals(before, vm.cardsProperty().get(), "undone, every card reads as before");
    }

    @Test
    void quadrantsOfTheSampleFrameworkAwayFromTheLines() {
        assertEquals("A", vm.quadrantAt(new Position(-0.5, 0.5)).letter());
        assertEquals("B", vm.quadrantAt(new Position(-0.5, -0.5)).letter());
        assertEquals("C", vm.quadrantAt(new Position(0.5, 0.5)).letter());
        assertEquals("D", vm.quadrantAt(new Position(0.5, -0.5)).letter());
        assertEquals("A", vm.quadrantAt(new Position(-1, 1)).letter());
        assertEquals("B", vm.quadrantAt(new Position(-1, -1)).letter());
        assertEquals("C", vm.quadrantAt(new Position(1, 1)).letter());
        assertEquals("D", vm.quadrantAt(new Position(1, -1)).letter());
    }

    @Test
    void onTheVerticalLineXZeroIsTheHighSideAndJustBelowIsTheLowSide() {
        assertEquals("C", vm.quadrantAt(new Position(0, 0.5)).letter(), "x = 0, y high -> C (x high)");
        assertEquals("A", vm.quadrantAt(new Position(-1e-9, 0.5)).letter(), "x = -1e-9, y high -> A (x low)");
        assertEquals("D", vm.quadrantAt(new Position(0, -0.5)).letter(), "x = 0, y low -> D (x high)");
        assertEquals("B", vm.quadrantAt(new Position(-1e-9, -0.5)).letter(), "x = -1e-9, y low -> B (x low)");
        assertEquals("C", vm.quadrantAt(new Position(-0.0, 0.5)).letter(), "negative zero counts as zero");
        assertEquals("C", vm.quadrantAt(new Position(1e-9, 0.5)).letter());
    }

    @Test
    void onTheHorizontalLineYZeroIsTheHighSideAndJustBelowIsTheLowSide() {
        assertEquals("A", vm.quadrantAt(new Position(-0.5, 0)).letter(), "y = 0, x low -> A (y high)");
        assertEquals("B", vm.quadrantAt(new Position(-0.5, -1e-9)).letter(), "y = -1e-9, x low -> B");
        assertEquals("C", vm.quadrantAt(new Position(0.5, 0)).letter(), "y = 0, x high -> C");
        assertEquals("D", vm.quadrantAt(new Position(0.5, -1e-9)).letter(), "y = -1e-9, x high -> D");
        assertEquals("A", vm.quadrantAt(new Position(-0.5, -0.0)).letter(), "negative zero counts as zero");
    }

    @Test
    void theCentreBelongsToCAndItsLowNeighboursToTheOtherThree() {
        assertEquals("C", vm.quadrantAt(new Position(0, 0)).letter());
        assertEquals("A", vm.quadrantAt(new Position(-1e-9, 0)).letter());
        assertEquals("D", vm.quadrantAt(new Position(0, -1e-9)).letter());
        assertEquals("B", vm.quadrantAt(new Position(-1e-9, -1e-9)).letter());
    }

    @Test
    void cardsCarryTheQuadrantLetterOfTheirPosition() {
        Map<String, String> letters = new LinkedHashMap<>();
        vm.cardsProperty().get().forEach(c -> letters.put(c.id(), c.quadrantLetter()));
        assertEquals(14, letters.size());
        assertEquals("A", letters.get(IS));
        assertEquals("B", letters.get(EV));
        assertEquals("C", letters.get(CA));
        assertEquals("D", letters.get(SC));
    }

    // ---- moving ----

    @Test
    void movingSeveralSectorsIsOneCommandAndOneUndoRestoresThemAll() {
        Map<String, Position> targets = new LinkedHashMap<>();
        targets.put(IS, new Position(-0.5, 0.5));   // stays in A
        targets.put(SC, new Position(0.5, -0.5));   // stays in D
        targets.put(EV, new Position(-0.6, 0.5));   // B -> A
        vm.moveSectors(targets);

        assertEquals(new Position(-0.5, 0.5), pos(IS));
        assertEquals(new Position(0.5, -0.5), pos(SC));
        assertEquals(new Position(-0.6, 0.5), pos(EV));
        assertEquals("Undo Move 3 sectors", session.undoTextProperty().get());
        assertEquals(List.of(), sector(IS).history(), "a move within the quadrant leaves no history");
        assertEquals(List.of(), sector(SC).history());
        assertEquals(1, sector(EV).history().size());
        PlacementChange change = sector(EV).history().get(0);
        assertEquals("B", change.fromQuadrant());
        assertEquals("A", change.toQuadrant());
        assertEquals(new Position(-0.6, -0.5), change.from());
        assertEquals(new Position(-0.6, 0.5), change.to());
        assertEquals("2024-05-01T10:15:30Z", change.at());
        assertNull(change.reason());

        assertNotNull(vm.pendingReasonProperty().get());
        assertEquals("Electric vehicles (new-energy vehicles) moved B \u2192 A.", vm.pendingReasonProperty().get().summary());

        session.undo();
        assertEquals(loaded, session.project(), "one undo restores all three and removes the history entry");
        assertFalse(session.canUndoProperty().get());
        assertNull(vm.pendingReasonProperty().get(), "the prompt closes when its move is undone");
    }

    @Test
    void twoQuadrantChangesInOneMoveAreSummarisedByCount() {
        Map<String, Position> targets = new LinkedHashMap<>();
        targets.put(IS, new Position(0.5, 0.65));   // A -> C
        targets.put(SC, new Position(-0.65, -0.7)); // D -> B
        vm.moveSectors(targets);
        assertEquals("2 sectors changed quadrant.", vm.pendingReasonProperty().get().summary());
        assertEquals(2, vm.pendingReasonProperty().get().targets().size());

        vm.giveReason("  Both re-read  ");
        assertEquals("Both re-read", sector(IS).history().get(0).reason());
        assertEquals("Both re-read", sector(SC).history().get(0).reason());
        assertEquals("D", sector(SC).history().get(0).fromQuadrant());
        assertEquals("B", sector(SC).history().get(0).toQuadrant());
        assertEquals("Undo Move 2 sectors", session.undoTextProperty().get(), "the reason joins the move's step");
    }

    @Test
    void movingToWhereSectorsAlreadyAreDoesNothing() {
        vm.moveSectors(Map.of(IS, new Position(-0.65, 0.65), SC, new Position(0.65, -0.7)));
        assertSame(loaded, session.project());
        assertFalse(session.canUndoProperty().get());
        assertNull(vm.pendingReasonProperty().get());
    }

    @Test
    void aMoveWithinTheQuadrantAsksForNoReason() {
        vm.moveSector(IS, new Position(-0.2, 0.2));
        assertEquals(new Position(-0.2, 0.2), pos(IS));
        assertNull(vm.pendingReasonProperty().get());
        assertEquals("Undo Move Internet services", session.undoTextProperty().get());
    }

    // ---- nudging ----

    @Test
    void nudgeMovesEverySelectedSectorByExactlyTheStepAsOneCommand() {
        vm.selection().selectSectors(List.of(IS, SC));
        vm.nudgeSelection(QuadrantCanvasViewModel.NUDGE, 0);
        assertEquals(-0.65 + 0.02, pos(IS).x(), 1e-12);
        assertEquals(0.65, pos(IS).y(), 0);
        assertEquals(0.65 + 0.02, pos(SC).x(), 1e-12);
        assertEquals(-0.7, pos(SC).y(), 0);
        assertEquals("Undo Move 2 sectors", session.undoTextProperty().get());

        vm.nudgeSelection(0, QuadrantCanvasViewModel.BIG_NUDGE);
        assertEquals(0.65 + 0.1, pos(IS).y(), 1e-12);
        assertEquals(-0.7 + 0.1, pos(SC).y(), 1e-12);

        session.undo();
        assertEquals(0.65, pos(IS).y(), 0);
        assertEquals(-0.63, pos(IS).x(), 1e-12, "the first nudge is still there");
        session.undo();
        assertEquals(loaded, session.project());
        assertFalse(session.canUndoProperty().get(), "two nudges were two commands");
    }

    @Test
    void nudgeClampsAtTheEdgeOfTheFramework() {
        vm.select(CA); // (0.7, 0.7)
        vm.nudgeSelection(0.5, 0.5);
        assertEquals(new Position(1.0, 1.0), pos(CA));
        Project atEdge = session.project();
        vm.nudgeSelection(QuadrantCanvasViewModel.NUDGE, QuadrantCanvasViewModel.NUDGE);
        assertSame(atEdge, session.project(), "no change at the edge, so no command");
        assertEquals("Undo Move Commercial aircraft", session.undoTextProperty().get());

        vm.select("cobalt-ev-batteries"); // (-0.8, -0.8)
        vm.nudgeSelection(-QuadrantCanvasViewModel.BIG_NUDGE * 3, -QuadrantCanvasViewModel.BIG_NUDGE * 3);
        assertEquals(new Position(-1.0, -1.0), pos("cobalt-ev-batteries"));
    }

    @Test
    void nudgeWithNothingSelectedDoesNothing() {
        vm.select(null);
        vm.nudgeSelection(QuadrantCanvasViewModel.NUDGE, 0);
        assertSame(loaded, session.project());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void nudgeAcrossTheLineAsksForAReason() {
        vm.select("artificial-intelligence"); // (0.35, 0.0): on the C/D line, C by its sign
        vm.nudgeSelection(0, -0.2);
        assertEquals(-0.2, pos("artificial-intelligence").y(), 1e-12);
        assertEquals("Artificial intelligence moved C \u2192 D.", vm.pendingReasonProperty().get().summary());
    }

    // ---- reasons ----

    @Test
    void aReasonJoinsTheMovesUndoStep() {
        vm.moveSector(IS, new Position(0.5, 0.65));
        assertEquals("Internet services moved A \u2192 C.", vm.pendingReasonProperty().get().summary());
        vm.giveReason("Platform crackdown");
        assertNull(vm.pendingReasonProperty().get());
        assertEquals("Platform crackdown", sector(IS).history().get(0).reason());
        assertEquals("Undo Move Internet services", session.undoTextProperty().get());

        session.undo();
        assertEquals(loaded, session.project(), "one undo takes back the move and its reason");
        assertFalse(session.canUndoProperty().get());
        session.redo();
        assertEquals("Platform crackdown", sector(IS).history().get(0).reason(), "redo brings both back");
        assertEquals(new Position(0.5, 0.65), pos(IS));
    }

    @Test
    void aReasonGivenAfterAnotherEditIsAStepOfItsOwn() {
        vm.moveSector(IS, new Position(0.5, 0.65));
        vm.select(SC);
        vm.nudgeSelection(0.01, 0); // within D: no prompt of its own, but a step after the move
        vm.giveReason("Platform crackdown");
        assertEquals("Platform crackdown", sector(IS).history().get(0).reason());
        session.undo();
        assertNull(sector(IS).history().get(0).reason(), "the reason was its own step");
        assertEquals(new Position(0.5, 0.65), pos(IS), "the move stays");
    }

    @Test
    void giveReasonAfterUndoDoesNothingAndKeepsRedo() {
        vm.moveSector(IS, new Position(0.5, 0.65));
        assertNotNull(vm.pendingReasonProperty().get());
        session.undo();
        assertNull(vm.pendingReasonProperty().get());
        assertTrue(session.canRedoProperty().get());

        vm.giveReason("Too late");
        assertEquals(loaded, session.project());
        assertFalse(session.canUndoProperty().get(), "no command was executed");
        assertTrue(session.canRedoProperty().get(), "the redo stack survives");
        session.redo();
        assertEquals(new Position(0.5, 0.65), pos(IS));
        assertNull(sector(IS).history().get(0).reason());
    }

    @Test
    void aBlankReasonOrASkipClosesThePromptWithoutACommand() {
        vm.moveSector(IS, new Position(0.5, 0.65));
        Project moved = session.project();
        vm.giveReason("   ");
        assertNull(vm.pendingReasonProperty().get());
        assertSame(moved, session.project());

        vm.moveSector(SC, new Position(-0.65, -0.7));
        assertEquals("Semiconductors moved D \u2192 B.", vm.pendingReasonProperty().get().summary());
        Project moved2 = session.project();
        vm.skipReason();
        assertNull(vm.pendingReasonProperty().get());
        assertSame(moved2, session.project());
        vm.giveReason("after skip");
        assertSame(moved2, session.project(), "nothing is pending after a skip");
    }

    // ---- adding, renaming, deleting ----

    @Test
    void addSectorAtAddsSelectsAndUndoRemoves() {
        String id = vm.addSectorAt(new Position(0.25, -0.35));
        assertTrue(id.startsWith("sector-"), id);
        Sector added = sector(id);
        assertEquals("New sector", added.name());
        assertEquals(new Position(0.25, -0.35), added.position());
        assertEquals(15, session.project().sectors().size());
        assertEquals(id, session.project().sectors().get(14).id(), "added at the end of the list");
        assertEquals(id, vm.selectedIdProperty().get());
        assertEquals(Set.of(id), Set.copyOf(vm.selectedIds()));
        assertEquals("D", vm.cardsProperty().get().get(14).quadrantLetter());
        assertEquals("Undo Add New sector", session.undoTextProperty().get());

        session.undo();
        assertEquals(loaded, session.project());
        assertNull(vm.selectedIdProperty().get(), "the removed sector leaves the selection");
        assertEquals(14, vm.cardsProperty().get().size());
    }

    @Test
    void renameStripsAndUndoRestores() {
        vm.rename(SC, "  Chips  ");
        assertEquals("Chips", sector(SC).name());
        assertEquals("Chips", vm.cardsProperty().get().get(3).name());
        assertEquals("Undo Rename Semiconductors", session.undoTextProperty().get());
        session.undo();
        assertEquals("Semiconductors", sector(SC).name());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void renameToBlankNullOrTheSameNameDoesNothing() {
        vm.rename(SC, "   ");
        vm.rename(SC, null);
        vm.rename(SC, "Semiconductors");
        vm.rename(SC, " Semiconductors ");
        vm.rename("no-such-sector", "Anything");
        assertSame(loaded, session.project());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void deleteSelectedRemovesThemAndTheirOptionTargetsAndUndoRestoresInPlace() {
        vm.selection().selectSectors(List.of(SC, IS));
        assertEquals(List.of("Semiconductors", "Internet services"), vm.selectedNames());
        vm.deleteSelected();
        assertEquals(12, session.project().sectors().size());
        assertTrue(session.project().sector(SC).isEmpty());
        assertTrue(session.project().sector(IS).isEmpty());
        assertEquals(List.of(EV, CA), session.project().option("sector-differentiated-response").orElseThrow()
                .targets().sectorIds(), "options no longer target deleted sectors");
        assertTrue(vm.selectedIds().isEmpty());
        assertNull(vm.selectedIdProperty().get());
        assertEquals("Undo Delete 2 sectors", session.undoTextProperty().get());

        session.undo();
        assertEquals(loaded, session.project(), "restored in place, options as they were");
        assertEquals(IS, session.project().sectors().get(0).id());
        assertEquals(SC, session.project().sectors().get(3).id());
    }

    @Test
    void deleteWithNothingSelectedDoesNothing() {
        vm.select(null);
        assertEquals(List.of(), vm.selectedNames());
        vm.deleteSelected();
        assertSame(loaded, session.project());
    }

    // ---- selection ----

    @Test
    void selectNextWalksTheListInOrderAndWraps() {
        List<String> order = vm.cardsProperty().get().stream().map(CardItem::id).toList();
        assertEquals(IS, order.get(0));
        assertEquals("solar-panels", order.get(13));

        vm.select(null);
        vm.selectNext(false);
        assertEquals(IS, vm.selectedIdProperty().get(), "with nothing selected, Tab takes the first");
        vm.selectNext(false);
        assertEquals(EV, vm.selectedIdProperty().get());
        vm.selectNext(true);
        vm.selectNext(true);
        assertEquals("solar-panels", vm.selectedIdProperty().get(), "Shift+Tab wraps to the last");
        vm.selectNext(false);
        assertEquals(IS, vm.selectedIdProperty().get(), "Tab wraps to the first");
        assertEquals(Set.of(IS), Set.copyOf(vm.selectedIds()), "the selection is single");

        vm.select(null);
        vm.selectNext(true);
        assertEquals("solar-panels", vm.selectedIdProperty().get(), "Shift+Tab with none takes the last");
    }

    @Test
    void selectNextFromAMultiSelectionLeavesOneAndSkipsUnplacedSectors() {
        Project p = TestProjects.small().withSector(TestProjects.CHIPS, s -> s.withPosition(null));
        session = new ProjectSession(p, null, "small");
        vm = new QuadrantCanvasViewModel(session, Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(List.of(TestProjects.SOLAR, TestProjects.BIOTECH, TestProjects.AIRCRAFT),
                vm.cardsProperty().get().stream().map(CardItem::id).toList());
        vm.selection().selectSectors(List.of(TestProjects.AIRCRAFT, TestProjects.SOLAR));
        assertEquals(TestProjects.SOLAR, vm.selectedIdProperty().get());
        vm.selectNext(false);
        assertEquals(TestProjects.BIOTECH, vm.selectedIdProperty().get(), "the unplaced CHIPS is skipped");
        assertEquals(Set.of(TestProjects.BIOTECH), Set.copyOf(vm.selectedIds()));
    }

    @Test
    void selectNextOnAnEmptyCanvasDoesNothing() {
        session = new ProjectSession(Project.empty("Empty"), null, "empty");
        vm = new QuadrantCanvasViewModel(session, Clock.fixed(NOW, ZoneOffset.UTC));
        vm.selectNext(false);
        assertNull(vm.selectedIdProperty().get());
    }

    @Test
    void selectAllSelectsEveryCard() {
        vm.selectAll();
        assertEquals(14, vm.selectedIds().size());
        assertEquals(Set.copyOf(vm.cardsProperty().get().stream().map(CardItem::id).toList()), Set.copyOf(vm.selectedIds()));
        assertEquals("solar-panels", vm.selectedIdProperty().get(), "the last becomes primary");
    }

    // ---- zoom ----

    @Test
    void zoomStartsFittedAndStepsByAQuarterFromTheFitScale() {
        assertTrue(vm.fitProperty().get());
        vm.zoomBy(1, 0.5);
        assertFalse(vm.fitProperty().get());
        assertEquals(0.625, vm.zoomProperty().get(), 1e-12);
        vm.zoomBy(1, 0.5);
        assertEquals(0.78125, vm.zoomProperty().get(), 1e-12, "the second step starts from the zoom, not the fit");
        vm.zoomBy(-2, 99);
        assertEquals(0.5, vm.zoomProperty().get(), 1e-12);
    }

    @Test
    void zoomIsBoundedToAQuarterAndFourTimes() {
        vm.zoomBy(100, 1);
        assertEquals(QuadrantCanvasViewModel.MAX_ZOOM, vm.zoomProperty().get(), 0);
        assertEquals(4.0, vm.zoomProperty().get(), 0);
        vm.zoomBy(1, 1);
        assertEquals(4.0, vm.zoomProperty().get(), 0);
        vm.zoomBy(-100, 1);
        assertEquals(0.25, vm.zoomProperty().get(), 0);
        vm.zoomBy(-1, 1);
        assertEquals(0.25, vm.zoomProperty().get(), 0);
        vm.zoomToFit();
        vm.zoomBy(-1, 0.1);
        assertEquals(0.25, vm.zoomProperty().get(), 0, "a tiny fit scale still zooms out no further than 25%");
        vm.zoomToFit();
        vm.zoomBy(1, 10);
        assertEquals(4.0, vm.zoomProperty().get(), 0);
    }

    @Test
    void zoomToFitAndToActualSize() {
        vm.zoomBy(2, 1);
        vm.zoomToFit();
        assertTrue(vm.fitProperty().get());
        vm.zoomToActualSize();
        assertFalse(vm.fitProperty().get());
        assertEquals(1.0, vm.zoomProperty().get(), 0);
    }

    // ---- the framework ----

    @Test
    void editFrameworkTextWithBlankOrNullTextDoesNothing() {
        assertFalse(vm.editFrameworkText(null, null, "A", "   "));
        assertFalse(vm.editFrameworkText(AxisId.X, null, null, ""));
        assertFalse(vm.editFrameworkText(AxisId.Y, Side.LOW, null, null));
        assertSame(loaded, session.project());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void editFrameworkTextWithTheSameTextDoesNothing() {
        assertFalse(vm.editFrameworkText(null, null, "A", "Win-Win"));
        assertFalse(vm.editFrameworkText(AxisId.X, null, null, "Innovation outcomes in China"));
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void editFrameworkTextRenamesAQuadrantAnAxisTitleAndAPole() {
        assertTrue(vm.editFrameworkText(null, null, "B", "Pyrrhic win"));
        assertEquals("Pyrrhic win", session.project().framework().byLetter("B").orElseThrow().name());
        assertEquals("B) Pyrrhic win", vm.frameworkProperty().get().byLetter("B").orElseThrow().label());

        assertTrue(vm.editFrameworkText(AxisId.Y, null, null, "Global effect"));
        assertEquals("Global effect", session.project().framework().yAxis().title());

        assertTrue(vm.editFrameworkText(AxisId.X, Side.HIGH, null, "Flop"));
        assertEquals("Flop", session.project().framework().xAxis().highLabel());
        assertEquals("Success", session.project().framework().xAxis().lowLabel());

        session.undo();
        session.undo();
        session.undo();
        assertEquals(loaded.framework(), session.project().framework());
        assertFalse(session.canUndoProperty().get(), "three edits, three undo steps");
    }

    @Test
    void moveCommandRecordsHistoryThatUndoRemoves() {
        // The command a drag becomes, built the way the view model builds it.
        MoveSectorsCommand c = MoveSectorsCommand.of(session.project(), Map.of(CA, new Position(0.7, -0.2)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(1, c.quadrantChanges().size());
        assertEquals("C", c.quadrantChanges().get(0).change().fromQuadrant());
        assertEquals("D", c.quadrantChanges().get(0).change().toQuadrant());
        vm.moveSector(CA, new Position(0.7, -0.2));
        assertEquals(1, sector(CA).history().size());
        session.undo();
        assertEquals(List.of(), sector(CA).history());
    }
}
