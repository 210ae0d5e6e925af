package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.command.RemoveSectorsCommand;
import org.sectorscope.model.Position;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.canvas.CardItem;
import org.sectorscope.ui.canvas.QuadrantCanvasViewModel;
import org.sectorscope.ui.evidence.EvidenceViewModel;
import org.sectorscope.ui.options.OptionRow;
import org.sectorscope.ui.options.PolicyOptionsViewModel;
import org.sectorscope.ui.sectors.SectorItem;
import org.sectorscope.ui.sectors.SectorsViewModel;

/** The four panes' view models stay linked through the one selection and the one command stack. */
class LinkedPanesViewModelTest {
    private ProjectSession session;
    private SectorsViewModel sectors;
    private QuadrantCanvasViewModel canvas;
    private EvidenceViewModel evidence;
    private PolicyOptionsViewModel options;

    @BeforeEach
    void setUp() throws Exception {
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample");
        sectors = new SectorsViewModel(session);
        canvas = new QuadrantCanvasViewModel(session);
        evidence = new EvidenceViewModel(session);
        options = new PolicyOptionsViewModel(session);
    }

    @Test
    void selectingInOnePaneSelectsInAllOthers() {
        sectors.select("semiconductors");
        assertEquals("semiconductors", canvas.selectedIdProperty().get());
        assertEquals(3, sectors.indexOfSelected());
        assertTrue(evidence.hasSectorProperty().get());
        assertEquals("Semiconductors", evidence.headingProperty().get());
        assertTrue(evidence.placementLineProperty().get().startsWith("State-led \u00b7 D) Lose-Lose \u00b7 placed by the report"),
                evidence.placementLineProperty().get());
        assertEquals(7, evidence.rows().size());

        canvas.select("commercial-aircraft");
        assertEquals("Commercial aircraft", evidence.headingProperty().get());
        assertEquals(2, sectors.indexOfSelected());
    }

    @Test
    void severalSelectedInTheListAreSelectedOnTheCanvasAndTheEvidencePaneShowsTheLastClicked() {
        sectors.listSelectionChanged(List.of("internet-services", "semiconductors", "robotics"), "semiconductors", false);
        assertEquals(Set.of("internet-services", "semiconductors", "robotics"), Set.copyOf(canvas.selectedIds()));
        assertEquals("Semiconductors", evidence.headingProperty().get());

        // A Shift-click on the canvas adds a fourth; the list shows all four and the new one is primary.
        canvas.selection().toggleSector("commercial-aircraft");
        assertEquals(List.of(0, 2, 3, 10), sectors.selectedIndices());
        assertEquals(2, sectors.indexOfSelected());
        assertEquals("Commercial aircraft", evidence.headingProperty().get());

        // Filtering the list away from the primary leaves the Evidence pane on it.
        sectors.filterProperty().set("robot");
        assertEquals("Commercial aircraft", evidence.headingProperty().get());
        assertEquals("4 selected (3 hidden by the filter)", sectors.selectionSummaryProperty().get());
    }

    @Test
    void optionsThatTargetTheSelectedSectorOrItsQuadrantAreMarked() {
        sectors.select("semiconductors");
        List<String> marked = options.rows().stream().filter(OptionRow::addressesSelection).map(OptionRow::id).toList();
        var expected = session.project().options().stream()
                .filter(o -> o.targets().sectorIds().contains("semiconductors") || o.targets().quadrantLetters().contains("D"))
                .map(o -> o.id()).sorted().toList();
        assertEquals(expected, marked.stream().sorted().toList());
        assertFalse(marked.isEmpty());
        assertTrue(options.linkSummaryProperty().get().startsWith(marked.size() + " of 13 options address Semiconductors"));

        sectors.select(null);
        assertTrue(options.rows().stream().noneMatch(OptionRow::addressesSelection));
        assertFalse(evidence.hasSectorProperty().get());
    }

    @Test
    void aMoveUpdatesTheQuadrantInEveryPaneAndUndoRestoresIt() {
        canvas.moveSector("internet-services", new Position(0.5, 0.6));
        assertEquals("C", item("internet-services").quadrantLetter());
        assertEquals("C", card("internet-services").quadrantLetter());
        sectors.select("internet-services");
        assertTrue(evidence.placementLineProperty().get().contains("C) Harmless Failure"));

        session.undo();
        assertEquals("A", item("internet-services").quadrantLetter());
        assertEquals(new Position(-0.65, 0.65), card("internet-services").position());
        assertTrue(evidence.placementLineProperty().get().contains("A) Win-Win"));
    }

    @Test
    void droppingACardWhereItStartedIsNotAChange() {
        canvas.moveSector("internet-services", new Position(-0.65, 0.65));
        assertFalse(session.canUndoProperty().get());
        assertFalse(session.isDirty());
    }

    @Test
    void theFilterNarrowsTheListByNameDriverOrQuadrant() {
        sectors.filterProperty().set("semi");
        assertEquals(List.of("Semiconductors", "Semiconductor manufacturing equipment"),
                sectors.items().stream().map(SectorItem::name).toList());
        sectors.filterProperty().set("market");
        assertEquals(List.of("internet-services", "mobility-services"),
                sectors.items().stream().map(SectorItem::id).toList());
        sectors.filterProperty().set("lose-lose");
        assertTrue(sectors.items().stream().allMatch(i -> i.quadrantLetter().equals("D")));
        // Semiconductors and autonomous vehicles; artificial intelligence sits on the C/D line at y = 0, which
        // is C by its sign.
        assertEquals(List.of("semiconductors", "autonomous-vehicles"),
                sectors.items().stream().map(SectorItem::id).toList());
        sectors.filterProperty().set("");
        assertEquals(14, sectors.items().size());
    }

    @Test
    void deletingTheSelectedSectorClearsTheSelectionAndUndoBringsTheSectorBack() {
        sectors.select("semiconductors");
        session.execute(RemoveSectorsCommand.of(session.project(), List.of("semiconductors")));
        assertEquals(null, session.selection().sectorId());
        assertFalse(evidence.hasSectorProperty().get());
        assertEquals(13, sectors.items().size());
        session.undo();
        assertEquals(14, sectors.items().size());
        assertEquals("semiconductors", sectors.items().get(3).id());
    }

    @Test
    void theTitleShowsTheNameAndTheUnsavedMark() {
        assertEquals("sample \u2014 Sectorscope", session.titleBinding().get());
        session.execute(MoveSectorsCommand.of(session.project(), "semiconductors", new Position(0.1, -0.1)));
        assertEquals("\u2022 sample \u2014 Sectorscope", session.titleBinding().get());
        assertEquals("Undo Move Semiconductors", session.undoTextProperty().get());
        session.undo();
        assertEquals("Redo Move Semiconductors", session.redoTextProperty().get());
        assertEquals("sample \u2014 Sectorscope", session.titleBinding().get());
    }

    private SectorItem item(String id) {
        return sectors.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private CardItem card(String id) {
        return canvas.cardsProperty().get().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theEvidencePaneListsThePlacementHistoryAndNoLongerCallsAMovedSectorTheReports() {
        sectors.select("internet-services");
        assertTrue(evidence.history().isEmpty());
        canvas.moveSector("internet-services", new Position(0.5, 0.6));
        canvas.giveReason("Platform rules now fragment the market");
        assertEquals(1, evidence.history().size());
        assertTrue(evidence.history().get(0).matches(
                "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\S+ \u00b7 A \u2192 C \u00b7 Platform rules now fragment the market"),
                evidence.history().get(0));
        assertTrue(evidence.placementLineProperty().get().endsWith("C) Harmless Failure \u00b7 the analyst's reading, moved from the report's A (Kennedy, Figure 1.2, CSIS 2020)"),
                "says who did what: " + evidence.placementLineProperty().get());
        session.undo(); // the move and its reason
        assertTrue(evidence.history().isEmpty());
        assertTrue(evidence.placementLineProperty().get().endsWith("A) Win-Win \u00b7 placed by the report (Kennedy, Figure 1.2, CSIS 2020)"),
                evidence.placementLineProperty().get());
    }
}
