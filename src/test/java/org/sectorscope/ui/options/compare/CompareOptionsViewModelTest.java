package org.sectorscope.ui.options.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.model.TestProjects.COST;
import static org.sectorscope.model.TestProjects.GROWTH;
import static org.sectorscope.model.TestProjects.OPENNESS;
import static org.sectorscope.model.TestProjects.SECURITY;
import static org.sectorscope.model.TestProjects.SUBSIDY;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Score;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;

/**
 * The comparison's state without a toolkit. Expected values are worked by hand: in the small project
 * (weights 2, 1, 1) Targeted subsidies scores 4, 5, 2 (total 3.75) and Open procurement 3, 2, none
 * (total 1.5 + 0.5 + 0 = 2.0).
 */
class CompareOptionsViewModelTest {
    private final ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");

    private static List<String> texts(CompareRow row) {
        return row.cells().stream().map(c -> c.scoreText() + "|" + c.rationale() + "|" + c.evidenceText()
                + (c.best() ? "|best" : "")).toList();
    }

    private static List<String> columns(CompareTable t) {
        return t.columns().stream().map(c -> c.name() + "|" + c.rankText() + "|" + c.totalText() + "|"
                + c.gapText()).toList();
    }

    @Test
    void smallProjectShowsScoresRationalesBestMarksTotalsAndGap() {
        CompareTable t = new CompareOptionsViewModel(session, List.of(OPENNESS, SUBSIDY)).table();

        assertEquals(List.of("Targeted subsidies|Rank 1 of 2|3.75|best", "Open procurement|Rank 2 of 2|2.00|\u22121.75"),
                columns(t), "columns go in rank order whatever order the ids came in");
        assertEquals(List.of(GROWTH, SECURITY, COST), t.rows().stream().map(CompareRow::criterionId).toList());
        assertEquals(List.of("50% of the weight", "25% of the weight", "25% of the weight"),
                t.rows().stream().map(CompareRow::weightText).toList());
        assertEquals(List.of("4|More output||best", "3||"), texts(t.rows().get(0)));
        assertEquals(List.of("5|Less dependence||best", "2|Foreign suppliers|"), texts(t.rows().get(1)));
        assertEquals(List.of("2|Expensive||best", "\u2013||"), texts(t.rows().get(2)),
                "a missing score counts 0, so any score beats it");
        assertEquals(List.of("score-2", "score-none"),
                t.rows().get(2).cells().stream().map(CompareCell::scoreStyleClass).toList());
        assertTrue(t.rows().stream().noneMatch(CompareRow::allSame));
        // Subsidies lead on every criterion: lowering a weight can only bring the two to a tie at 0.
        assertEquals(List.of("No single weight change lets Open procurement overtake Targeted subsidies"), t.swaps());
    }

    @Test
    void rowsWhereAllOptionsAgreeHaveNoBestMarkAndEvidenceIsCounted() {
        session.execute(EditOptionsCommand.setScore(session.project(), OPENNESS, GROWTH,
                new Score(GROWTH, 4, "Same output", List.of("ev-chips-1", "ev-chips-2"), Extras.NONE)));
        CompareRow growth = new CompareOptionsViewModel(session, List.of(SUBSIDY, OPENNESS)).table().rows().get(0);

        assertTrue(growth.allSame());
        assertEquals(List.of("4|More output|", "4|Same output|2 evidence items"), texts(growth));
    }

    @Test
    void followsScoreEditsAndUndoLive() {
        CompareOptionsViewModel vm = new CompareOptionsViewModel(session, List.of(SUBSIDY, OPENNESS));

        // Open procurement now scores 5 on cost: total (3*2 + 2*1 + 5*1) / 4 = 3.25.
        session.execute(EditOptionsCommand.setScore(session.project(), OPENNESS, COST,
                new Score(COST, 5, "Cheap to run", List.of("ev-solar-1"), Extras.NONE)));
        CompareTable t = vm.table();
        assertEquals(List.of("Targeted subsidies|Rank 1 of 2|3.75|best", "Open procurement|Rank 2 of 2|3.25|\u22120.50"),
                columns(t));
        assertEquals(List.of("2|Expensive|", "5|Cheap to run|1 evidence item|best"), texts(t.rows().get(2)));
        // Lead 2*1 + 1*3 + 1*(-3) = 2; cost's weight must pass 1 + 2/3, a share of (5/3)/(14/3) = 36%.
        assertEquals(List.of("Open procurement overtakes Targeted subsidies if the weight of Fiscal cost rises from "
                + "25% to 36%"), t.swaps());

        // 5 on growth as well: (10 + 2 + 5) / 4 = 4.25 overtakes 3.75, and the columns swap.
        session.execute(EditOptionsCommand.setScore(session.project(), OPENNESS, GROWTH,
                new Score(GROWTH, 5, "", Extras.NONE)));
        assertEquals(List.of("Open procurement|Rank 1 of 2|4.25|best", "Targeted subsidies|Rank 2 of 2|3.75|\u22120.50"),
                columns(vm.table()));

        session.undo();
        session.undo();
        assertEquals(List.of("Targeted subsidies|Rank 1 of 2|3.75|best", "Open procurement|Rank 2 of 2|2.00|\u22121.75"),
                columns(vm.table()));
    }

    @Test
    void closesOnceFewerThanTwoOptionsRemainAndStopsFollowing() {
        CompareOptionsViewModel vm = new CompareOptionsViewModel(session, List.of(SUBSIDY, OPENNESS));
        session.execute(EditOptionsCommand.removeOption(session.project(), OPENNESS));
        assertTrue(vm.isClosed());
        assertEquals(CompareTable.EMPTY, vm.table());
        session.undo();
        assertTrue(vm.isClosed(), "a closed comparison stays closed");
        assertEquals(CompareTable.EMPTY, vm.table());
    }

    @Test
    void refusesFewerThanTwoOrMoreThanFourOptionsAndBadIds() throws ProjectFileException {
        var one = assertThrows(IllegalArgumentException.class,
                () -> new CompareOptionsViewModel(session, List.of(SUBSIDY)));
        assertEquals("Choose 2 to 4 options to compare (1 option was chosen).", one.getMessage());

        ProjectSession sample = new ProjectSession(ProjectStore.loadSample(), null, "sample");
        List<String> five = sample.project().options().stream().limit(5).map(o -> o.id()).toList();
        var many = assertThrows(IllegalArgumentException.class, () -> new CompareOptionsViewModel(sample, five));
        assertEquals("Choose 2 to 4 options to compare (5 options were chosen).", many.getMessage());

        assertEquals("Targeted subsidies was chosen twice; choose different options.",
                assertThrows(IllegalArgumentException.class,
                        () -> new CompareOptionsViewModel(session, List.of(SUBSIDY, SUBSIDY))).getMessage());
        assertEquals("The project has no option with id opt-gone.", assertThrows(IllegalArgumentException.class,
                () -> new CompareOptionsViewModel(session, List.of(SUBSIDY, "opt-gone"))).getMessage());
        assertFalse(session.canUndoProperty().get());
    }

    /**
     * The sample's weights are 0.25, 0.2, 0.15, 0.15, 0.15, 0.1 (sum 1). Allied coordination scores
     * 5, 3, 5, 4, 4, 2 (total 4.00, first of 13); investment screening 5, 2, 3, 3, 3, 5 (3.50, tied 7th
     * with supply-chain monitoring); targeted export controls 5, 2, 2, 2, 1, 4 (2.80, 12th: below avoiding
     * overreaction 3.40, talent exchanges 3.10 and trusted 5G vendors 3.00, above decoupling 2.30).
     */
    @Test
    void sampleThreeOptions() throws ProjectFileException {
        ProjectSession sample = new ProjectSession(ProjectStore.loadSample(), null, "sample");
        CompareTable t = new CompareOptionsViewModel(sample,
                List.of("targeted-export-controls", "investment-screening", "allied-coordination")).table();

        assertEquals(List.of("Multilateral coordination with allies|Rank 1 of 13|4.00|best",
                "Investment screening (CFIUS/FIRRMA)|Rank 7 of 13|3.50|\u22120.50",
                "Targeted export controls|Rank 12 of 13|2.80|\u22121.20"), columns(t));
        assertEquals(List.of("25% of the weight", "20% of the weight", "15% of the weight", "15% of the weight",
                "15% of the weight", "10% of the weight"), t.rows().stream().map(CompareRow::weightText).toList());
        assertEquals(List.of(true, false, false, false, false, false),
                t.rows().stream().map(CompareRow::allSame).toList(), "all three score 5 on national security");
        assertEquals(List.of("5", "5", "5"),
                t.rows().get(0).cells().stream().map(CompareCell::scoreText).toList());
        assertTrue(t.rows().get(0).cells().stream().noneMatch(CompareCell::best));
        assertEquals(List.of(List.of(true, false, false), List.of(true, false, false), List.of(true, false, false),
                List.of(true, false, false), List.of(false, true, false)),
                t.rows().subList(1, 6).stream().map(r -> r.cells().stream().map(CompareCell::best).toList()).toList());
        assertFalse(t.rows().get(5).cells().get(1).rationale().isBlank(), "the sample argues its scores");
        // Allied coordination leads screening by 0.5; feasibility (d = -3) must pass 0.1 + 0.5/3, a share
        // of 0.2667 / 1.1667 = 23%. Screening leads export controls on every criterion where they differ.
        assertEquals(List.of("Investment screening (CFIUS/FIRRMA) overtakes Multilateral coordination with allies if "
                        + "the weight of Feasibility rises from 10% to 23%",
                "No single weight change lets Targeted export controls overtake Investment screening (CFIUS/FIRRMA)"),
                t.swaps());
    }
}
