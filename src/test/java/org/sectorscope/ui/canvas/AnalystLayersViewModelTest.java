package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.AnalystView;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.plot.ConsensusMarks;
import org.sectorscope.model.Position;
import org.sectorscope.model.TestProjects;
import org.sectorscope.model.TestTeams;
import org.sectorscope.session.ProjectSession;

/** The canvas's Analysts choice without a window: what the cards show, what a drag moves, what the legend says. */
class AnalystLayersViewModelTest {
    private ProjectSession session;
    private QuadrantCanvasViewModel canvas;
    private AnalystLayersViewModel analysts;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(TestTeams.threeAnalysts(), null, "team");
        canvas = new QuadrantCanvasViewModel(session);
        analysts = canvas.analysts();
    }

    private AnalystLayersViewModel.Choice choice(String label) {
        return analysts.choices().stream().filter(c -> c.label().startsWith(label)).findFirst().orElseThrow();
    }

    private Position card(String id) {
        return canvas.cardsProperty().get().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().position();
    }

    private List<String> cardIds() {
        return canvas.cardsProperty().get().stream().map(CardItem::id).toList();
    }

    @Test
    void choicesAreOffConsensusAndEachAnalyst() {
        assertEquals(List.of("Off (the project's placements)", "Consensus (median of 3 analysts)", "Lin Wei alone",
                "Ngozi Okafor alone"), analysts.choices().stream().map(AnalystLayersViewModel.Choice::label).toList());
        assertTrue(analysts.view().isOwn());
        assertNull(analysts.legendProperty().get());
        assertEquals(new Position(-0.4, -0.7), card(TestProjects.CHIPS));
    }

    @Test
    void consensusPutsEachCardAtItsMedianAndDrawsGhosts() {
        analysts.choose(choice("Consensus"));
        assertEquals(new Position(0.2, -0.6), card(TestProjects.CHIPS));
        assertEquals("D", canvas.cardsProperty().get().stream().filter(c -> c.id().equals(TestProjects.CHIPS))
                .findFirst().orElseThrow().quadrantLetter(), "drawn in the quadrant its median gives");
        assertEquals("Consensus of 3 analysts (median)", analysts.legendProperty().get());
        List<ConsensusMarks> marks = analysts.marks(new PlotGeometry(0, 0, 200, 200));
        assertEquals(3, marks.size(), "Solar, Chips, Biotech; Aircraft has one analyst");
        ConsensusMarks chips = marks.stream().filter(m -> m.sectorId().equals(TestProjects.CHIPS)).findFirst()
                .orElseThrow();
        assertEquals(List.of("P", "LW", "NO"), chips.ghosts().stream().map(ConsensusMarks.Ghost::initials).toList());
        assertEquals(3, chips.hull().size());
        CardDetails details = canvas.details(TestProjects.CHIPS);
        assertEquals("median of 3 analysts, 2 of 3 in D \u00b7 spread 0.37", details.credit());
        assertFalse(canvas.cardsProperty().get().stream().anyMatch(c -> c.mark().byReport()),
                "the report placed none of these medians");
    }

    @Test
    void aDragInConsensusMovesNothingAndSaysWhy() {
        analysts.choose(choice("Consensus"));
        canvas.moveSector(TestProjects.CHIPS, new Position(0.9, 0.9));
        assertEquals(TestTeams.threeAnalysts(), session.project());
        assertFalse(session.canUndoProperty().get());
        assertTrue(analysts.noticeProperty().get().contains("cannot be moved"));
    }

    @Test
    void oneAnalystAloneShowsOnlyTheirPlacementsAndADragMovesTheirs() {
        analysts.choose(choice("Ngozi Okafor"));
        assertEquals(List.of(TestProjects.SOLAR, TestProjects.CHIPS), cardIds());
        assertEquals(new Position(0.2, -0.2), card(TestProjects.CHIPS));
        assertEquals("Ngozi Okafor's placements (2 of 4 sectors)", analysts.legendProperty().get());
        assertEquals("placed by Ngozi Okafor", canvas.details(TestProjects.CHIPS).credit());

        canvas.moveSectors(Map.of(TestProjects.CHIPS, new Position(-0.5, -0.5)));
        assertEquals(new Position(-0.5, -0.5), card(TestProjects.CHIPS));
        assertEquals(new Position(-0.5, -0.5), session.project().teamwork().analysts().get(1)
                .placement(TestProjects.CHIPS).position());
        assertEquals(new Position(-0.4, -0.7), session.project().sector(TestProjects.CHIPS).orElseThrow().position(),
                "the project's own placement stays");
        assertEquals("Undo Move Semiconductors in Ngozi Okafor's layer", session.undoTextProperty().get());
        canvas.nudgeSelection(0.1, 0); // nothing selected: nothing moves
        session.selection().selectSector(TestProjects.CHIPS);
        canvas.nudgeSelection(0.1, 0);
        assertEquals(new Position(-0.4, -0.5), card(TestProjects.CHIPS), "a nudge starts from the shown position");
        session.undo();
        session.undo();
        assertEquals(TestTeams.threeAnalysts(), session.project());
    }

    @Test
    void aLayerWithSectorsTheProjectLacksFlagsThemInTheLegend() {
        analysts.choose(choice("Lin Wei"));
        assertEquals("Lin Wei's placements (3 of 4 sectors); 1 of a sector this project lacks, not drawn: "
                + TestTeams.BATTERIES, analysts.legendProperty().get());
        assertEquals(3, cardIds().size());
    }

    @Test
    void removingTheShownLayerFallsBackToTheProjectAndUndoKeepsItChoosable() {
        analysts.choose(choice("Lin Wei"));
        analysts.remove(TestTeams.LIN);
        assertEquals(AnalystView.OWN, analysts.view());
        assertEquals(3, analysts.choices().size());
        assertEquals(new Position(-0.4, -0.7), card(TestProjects.CHIPS));
        session.undo();
        assertEquals(4, analysts.choices().size());
        analysts.addMyPlacements("Me");
        assertEquals("Me alone", analysts.choices().get(4).label());
        analysts.rename(analysts.layers().get(2).id(), "Myself");
        assertEquals("Myself alone", analysts.choices().get(4).label());
    }

    @Test
    void withoutLayersThereIsNothingToChoose() {
        session.open(TestProjects.small(), null, "small");
        assertEquals(1, analysts.choices().size());
        assertTrue(analysts.view().isOwn());
    }

    @Test
    void aTakenOrBlankNameIsRefusedWithTheCommandsReasonButALayerKeepsItsOwn() {
        var lin = analysts.layers().stream().filter(l -> l.analyst().equals("Lin Wei")).findFirst().orElseThrow();
        assertEquals("There is already a layer by Lin Wei.", analysts.nameProblem(null, " lin wei "));
        assertEquals("A layer needs the analyst's name.", analysts.nameProblem(null, "  "));
        assertEquals("", analysts.nameProblem(null, "Maria Silva"));
        assertEquals("", analysts.nameProblem(lin.id(), "LIN WEI"), "renaming a layer to its own name in other case");
        assertEquals("There is already a layer by Ngozi Okafor.", analysts.nameProblem(lin.id(), "Ngozi Okafor"));
    }
}
