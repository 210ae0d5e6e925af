package org.sectorscope.ui.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.model.Position;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.session.SelectionModel;
import org.sectorscope.store.ProjectStore;

/** The Sectors list's side of the shared selection: several sectors, both ways, through the filter. */
class SectorsViewModelTest {
    private static final String IS = "internet-services"; // row 0
    private static final String CA = "commercial-aircraft"; // row 2
    private static final String SC = "semiconductors"; // row 3
    private static final String SME = "semiconductor-manufacturing-equipment"; // row 7
    private static final String RB = "robotics"; // row 10

    private ProjectSession session;
    private SelectionModel selection;
    private SectorsViewModel sectors;

    @BeforeEach
    void setUp() throws Exception {
        session = new ProjectSession(ProjectStore.loadSample(), null, "sample");
        selection = session.selection();
        sectors = new SectorsViewModel(session);
    }

    private List<String> selected() {
        return List.copyOf(selection.sectorIds());
    }

    @Test
    void theListsSelectionIsWrittenInListOrderWithTheLastClickedRowAsPrimary() {
        sectors.listSelectionChanged(List.of(RB, SC, IS), SC, false);
        assertEquals(List.of(IS, SC, RB), selected(), "list order, whatever order the rows came in");
        assertEquals(SC, selection.sectorId());
        assertEquals("3 selected", sectors.selectionSummaryProperty().get());

        sectors.listSelectionChanged(List.of(IS, RB), null, false);
        assertEquals(List.of(IS, RB), selected());
        assertEquals(RB, selection.sectorId(), "with no last row and the primary gone, the last becomes it");
    }

    @Test
    void aMoveReplacesTheMovedSectorsRowAndKeepsEveryOtherRow() {
        List<SectorItem> before = List.copyOf(sectors.items());
        List<String> events = new ArrayList<>();
        sectors.items().addListener((ListChangeListener<SectorItem>) c -> events.add(c.toString()));
        session.execute(MoveSectorsCommand.of(session.project(), SC, new Position(0.9, 0.9)));
        List<SectorItem> after = List.copyOf(sectors.items());
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).id().equals(SC)) {
                assertEquals(SectorItem.of(session.project(), session.project().sector(SC).orElseThrow()), after.get(i),
                        "the moved sector's row reads its new place");
                assertNotEquals(before.get(i), after.get(i));
            } else {
                assertSame(before.get(i), after.get(i), before.get(i).id());
            }
        }
        assertEquals(1, events.size(), "one row replaced, not the list set anew: " + events);
    }

    @Test
    void theListFollowsASelectionMadeElsewhere() {
        selection.selectSector(RB);
        selection.toggleSector(IS);
        selection.toggleSector(SC);
        assertEquals(List.of(0, 3, 10), sectors.selectedIndices());
        assertEquals(3, sectors.indexOfSelected(), "the last one toggled is the primary row");
        selection.toggleSector(SC);
        assertEquals(List.of(0, 10), sectors.selectedIndices());
        assertEquals(0, sectors.indexOfSelected());
        selection.clear();
        assertEquals(List.of(), sectors.selectedIndices());
        assertEquals(-1, sectors.indexOfSelected());
        assertEquals("", sectors.selectionSummaryProperty().get());
    }

    @Test
    void writingBackWhatTheSelectionAlreadyIsNotifiesNoOne() {
        selection.selectSectors(List.of(IS, SC, RB), SC);
        List<String> events = new ArrayList<>();
        selection.sectorIds().addListener((SetChangeListener<String>) c -> events.add("set " + c));
        selection.sectorIdProperty().addListener((obs, old, id) -> events.add("primary " + id));

        // What the list reports after it was made to show the selection: the same rows, the same primary.
        sectors.listSelectionChanged(List.of(IS, SC, RB), SC, false);
        assertEquals(List.of(), events, "an echo changes nothing, so nothing echoes back");

        sectors.listSelectionChanged(List.of(IS, SC, RB), RB, false);
        assertEquals(List.of("primary " + RB), events, "a new last-clicked row only moves the primary");
    }

    @Test
    void filteringKeepsHiddenSectorsSelectedAndSaysSo() {
        sectors.listSelectionChanged(List.of(IS, SC, RB), SC, false);
        sectors.filterProperty().set("semi");
        assertEquals(List.of(IS, SC, RB), selected(), "the filter only hides rows");
        assertEquals(SC, selection.sectorId(), "the Evidence pane keeps its sector");
        assertEquals(List.of(0), sectors.selectedIndices(), "Semiconductors is the first visible row");
        assertEquals(2, sectors.hiddenSelectedCount());
        assertEquals("3 selected (2 hidden by the filter)", sectors.selectionSummaryProperty().get());

        sectors.filterProperty().set("");
        assertEquals(List.of(0, 3, 10), sectors.selectedIndices());
        assertEquals("3 selected", sectors.selectionSummaryProperty().get());
    }

    @Test
    void inAFilteredListShiftOrCtrlAddsToTheHiddenSelectionAndAPlainClickReplacesIt() {
        sectors.listSelectionChanged(List.of(IS, RB), RB, false);
        sectors.filterProperty().set("semi");
        sectors.listSelectionChanged(List.of(SC, SME), SME, true);
        assertEquals(List.of(IS, SC, SME, RB), selected(), "Ctrl/Shift extends: the hidden two stay");
        assertEquals(SME, selection.sectorId());
        assertEquals("4 selected (2 hidden by the filter)", sectors.selectionSummaryProperty().get());

        sectors.listSelectionChanged(List.of(SC), SC, false);
        assertEquals(List.of(SC), selected(), "a plain click selects only what it clicked, as it looks to");
        assertEquals("", sectors.selectionSummaryProperty().get());
    }

    @Test
    void rowsTheListDropsWhileItsItemsChangeAreNotWrittenBack() {
        // A ListView drops hidden or replaced rows from its own selection while its items change; the
        // view reports that like any change, so the view model must not take it as the analyst's.
        sectors.items().addListener((ListChangeListener<SectorItem>) c -> sectors.listSelectionChanged(List.of(), null, false));
        sectors.listSelectionChanged(List.of(IS, CA, SC), CA, false);

        sectors.filterProperty().set("state-led");
        assertEquals(List.of(IS, CA, SC), selected(), "refiltering");
        session.execute(MoveSectorsCommand.of(session.project(), SC, new Position(0.3, -0.3)));
        assertEquals(List.of(IS, CA, SC), selected(), "rebuilding after an edit");
        session.undo();
        assertEquals(List.of(IS, CA, SC), selected(), "rebuilding after an undo");
        assertEquals(CA, selection.sectorId());
    }
}
