package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Extras;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.Targets;
import org.sectorscope.model.TestProjects;

class EditOptionsCommandTest {
    private final Project small = TestProjects.small();

    private PolicyOption option(Project p, String id) {
        return p.option(id).orElseThrow();
    }

    @Test
    void settingAScoreReplacesItInPlaceAndRevertRestores() {
        var cmd = EditOptionsCommand.setScore(small, TestProjects.SUBSIDY, TestProjects.COST,
                new Score(TestProjects.COST, 4, "Cheaper than thought", List.of("ev-chips-1"), Extras.NONE));
        Project after = cmd.apply(small);
        PolicyOption o = option(after, TestProjects.SUBSIDY);
        assertEquals(List.of(TestProjects.GROWTH, TestProjects.SECURITY, TestProjects.COST),
                o.scores().stream().map(Score::criterionId).toList());
        assertEquals(4, o.score(TestProjects.COST).orElseThrow().value());
        assertEquals(List.of("ev-chips-1"), o.score(TestProjects.COST).orElseThrow().evidenceIds());
        // Weights 2,1,1 -> shares .5,.25,.25: 4*.5 + 5*.25 + 4*.25 = 4.25 (was 3.75).
        assertEquals(4.25, OptionRanking.total(after.criteria(), o), 1e-9);
        assertEquals("Score Targeted subsidies on Fiscal cost", cmd.description());
        assertEquals(small, cmd.revert(after));
    }

    @Test
    void aMissingScoreIsAddedAndAClearedOneRemoved() {
        Project added = EditOptionsCommand.setScore(small, TestProjects.OPENNESS, TestProjects.COST,
                new Score(TestProjects.COST, 5, "", Extras.NONE)).apply(small);
        assertEquals(5, option(added, TestProjects.OPENNESS).score(TestProjects.COST).orElseThrow().value());
        var clear = EditOptionsCommand.setScore(small, TestProjects.SUBSIDY, TestProjects.GROWTH, null);
        Project cleared = clear.apply(small);
        assertEquals(2, option(cleared, TestProjects.SUBSIDY).scores().size());
        assertEquals("Clear the score of Targeted subsidies on Growth", clear.description());
    }

    @Test
    void deletingACriterionTakesItsScoresAndUndoBringsThemBack() {
        var cmd = EditOptionsCommand.removeCriterion(small, TestProjects.GROWTH);
        Project after = cmd.apply(small);
        assertEquals(2, after.criteria().size());
        assertEquals(List.of(TestProjects.SECURITY, TestProjects.COST),
                option(after, TestProjects.SUBSIDY).scores().stream().map(Score::criterionId).toList());
        assertEquals(small, cmd.revert(after));
    }

    @Test
    void weightsChangeTogetherAsOneStepAndDescribeThemselves() {
        var one = EditOptionsCommand.updateCriterion(small, new Criterion(TestProjects.SECURITY, "Security", null, 3,
                Extras.NONE));
        assertEquals("Set the weight of Security", one.description());
        var many = EditOptionsCommand.setWeights(small, Map.of(TestProjects.GROWTH, 0.0, TestProjects.COST, 5.0));
        Project after = many.apply(small);
        assertEquals(List.of(0.0, 1.0, 5.0), after.criteria().stream().map(Criterion::weight).toList());
        assertEquals(small, many.revert(after));
    }

    @Test
    void optionsAreAddedEditedAndDeleted() {
        PolicyOption screening = new PolicyOption("opt-screen", "Investment screening", null, null,
                new Targets(List.of(), List.of("B", "D"), Extras.NONE), "slow B and D", List.of(), Extras.NONE);
        Project added = EditOptionsCommand.addOption(small, screening).apply(small);
        assertEquals(3, added.options().size());
        assertThrows(IllegalArgumentException.class, () -> EditOptionsCommand.addOption(added, screening));
        PolicyOption renamed = new PolicyOption("opt-screen", "CFIUS screening", null, null, screening.targets(),
                "slow B and D", List.of(), Extras.NONE);
        var edit = EditOptionsCommand.updateOption(added, renamed);
        assertEquals("Edit option Investment screening", edit.description());
        assertEquals("CFIUS screening", edit.apply(added).options().get(2).name());
        var delete = EditOptionsCommand.removeOption(small, TestProjects.SUBSIDY);
        assertEquals(List.of(TestProjects.OPENNESS), delete.apply(small).options().stream().map(PolicyOption::id)
                .toList());
        assertEquals(small, delete.revert(delete.apply(small)));
    }

    @Test
    void unknownIdsFail() {
        assertThrows(IllegalArgumentException.class, () -> EditOptionsCommand.removeOption(small, "nope"));
        assertThrows(IllegalArgumentException.class,
                () -> EditOptionsCommand.setScore(small, TestProjects.SUBSIDY, "nope", null));
    }
}
