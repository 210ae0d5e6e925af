package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Extras;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.TestProjects;

class OptionRankingTest {
    private static final double EPS = 1e-9;

    private static Criterion criterion(String id, double weight) {
        return new Criterion(id, id, null, weight, Extras.NONE);
    }

    /** An option scored {@code values[i]} on criterion c{i}; 0 means not scored on it. */
    private static PolicyOption option(String id, int... values) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                scores.add(new Score("c" + i, values[i], "", Extras.NONE));
            }
        }
        return new PolicyOption(id, id, null, null, null, null, scores, Extras.NONE);
    }

    private static Project project(List<Criterion> criteria, List<PolicyOption> options) {
        Project p = TestProjects.small();
        return new Project(p.info(), p.framework(), p.sources(), p.sectors(), criteria, options, Extras.NONE);
    }

    private static final List<Criterion> WEIGHTS_2_1_1 = List.of(criterion("c0", 2), criterion("c1", 1), criterion("c2", 1));

    @Test
    void weightsAreNormalisedToSumToOne() {
        assertEquals(0.5, OptionRanking.normalisedWeight(WEIGHTS_2_1_1, WEIGHTS_2_1_1.get(0)), EPS);
        assertEquals(0.25, OptionRanking.normalisedWeight(WEIGHTS_2_1_1, WEIGHTS_2_1_1.get(1)), EPS);
        assertEquals(0.25, OptionRanking.normalisedWeight(WEIGHTS_2_1_1, WEIGHTS_2_1_1.get(2)), EPS);
        List<Criterion> thirds = List.of(criterion("c0", 0.1), criterion("c1", 0.1), criterion("c2", 0.1));
        assertEquals(1.0 / 3, OptionRanking.normalisedWeight(thirds, thirds.get(1)), EPS);
    }

    @Test
    void totalsByHand() {
        // 0.5*4 + 0.25*5 + 0.25*2 = 3.75
        assertEquals(3.75, OptionRanking.total(WEIGHTS_2_1_1, option("o", 4, 5, 2)), EPS);
        // 0.5*1 + 0.25*1 + 0.25*1 = 1
        assertEquals(1.0, OptionRanking.total(WEIGHTS_2_1_1, option("o", 1, 1, 1)), EPS);
        assertEquals(5.0, OptionRanking.total(WEIGHTS_2_1_1, option("o", 5, 5, 5)), EPS);
        // weights 3 and 7: 0.3*2 + 0.7*5 = 4.1
        assertEquals(4.1, OptionRanking.total(List.of(criterion("c0", 3), criterion("c1", 7)), option("o", 2, 5)), EPS);
    }

    @Test
    void missingScoreCountsZero() {
        // no score on c1: 0.5*4 + 0.25*0 + 0.25*2 = 2.5
        assertEquals(2.5, OptionRanking.total(WEIGHTS_2_1_1, option("o", 4, 0, 2)), EPS);
        assertEquals(0.0, OptionRanking.total(WEIGHTS_2_1_1, option("o")), EPS);
    }

    @Test
    void scoresOnUnknownCriteriaAreIgnored() {
        PolicyOption o = new PolicyOption("o", "o", null, null, null, null,
                List.of(new Score("c0", 4, "", Extras.NONE), new Score("elsewhere", 5, "", Extras.NONE)), Extras.NONE);
        assertEquals(2.0, OptionRanking.total(WEIGHTS_2_1_1, o), EPS);
    }

    @Test
    void allZeroWeightsGiveZeroTotals() {
        List<Criterion> zeros = List.of(criterion("c0", 0), criterion("c1", 0));
        assertEquals(0.0, OptionRanking.total(zeros, option("o", 5, 5)));
        assertEquals(0.0, OptionRanking.normalisedWeight(zeros, zeros.get(0)));
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(project(zeros, List.of(option("a", 1, 2),
                option("b", 5, 5))));
        assertEquals(List.of(0.0, 0.0), ranked.stream().map(OptionRanking.RankedOption::total).toList());
        assertEquals(List.of(1, 1), ranked.stream().map(OptionRanking.RankedOption::rank).toList());
        assertEquals(0.0, OptionRanking.total(List.of(), option("o", 5)));
    }

    @Test
    void aZeroWeightCriterionDoesNotCount() {
        List<Criterion> criteria = List.of(criterion("c0", 1), criterion("c1", 0));
        assertEquals(3.0, OptionRanking.total(criteria, option("o", 3, 5)), EPS);
    }

    @Test
    void rankHighestFirst() {
        Project p = TestProjects.small();
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(p);
        assertEquals(List.of(TestProjects.SUBSIDY, TestProjects.OPENNESS),
                ranked.stream().map(r -> r.option().id()).toList());
        assertEquals(3.75, ranked.get(0).total(), EPS);
        assertEquals(2.0, ranked.get(1).total(), EPS); // 0.5*3 + 0.25*2 + no cost score
        assertEquals(List.of(1, 2), ranked.stream().map(OptionRanking.RankedOption::rank).toList());
    }

    @Test
    void tiesShareTheBetterRank() {
        // totals: a 4.0, b 3.0, c 3.0, d 2.0 -> ranks 1, 2, 2, 4
        List<PolicyOption> options = List.of(option("d", 2, 2, 2), option("b", 3, 3, 3), option("a", 4, 4, 4),
                option("c", 2, 4, 4));
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(project(WEIGHTS_2_1_1, options));
        assertEquals(List.of("a", "b", "c", "d"), ranked.stream().map(r -> r.option().id()).toList(),
                "ties keep the project's order");
        assertEquals(List.of(4.0, 3.0, 3.0, 2.0), ranked.stream().map(OptionRanking.RankedOption::total).toList());
        assertEquals(List.of(1, 2, 2, 4), ranked.stream().map(OptionRanking.RankedOption::rank).toList());
    }

    @Test
    void floatingPointNoiseIsATie() {
        // 0.1 + 0.2 style noise: thirds of 3 vs. a straight 1
        List<Criterion> thirds = List.of(criterion("c0", 1), criterion("c1", 1), criterion("c2", 1));
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(project(thirds,
                List.of(option("x", 1, 1, 1), option("y", 3, 0, 0), option("z", 2, 1, 0))));
        assertEquals(List.of(1, 1, 1), ranked.stream().map(OptionRanking.RankedOption::rank).toList());
        assertEquals(1.0, ranked.get(2).total(), EPS);
    }

    @Test
    void noOptionsNoRanks() {
        assertEquals(List.of(), OptionRanking.rank(project(WEIGHTS_2_1_1, List.of())));
    }

    @Test
    void aTieAtTheTopSharesRankOne() {
        // totals: a 4.0, b 4.0 (0.5*5 + 0.25*3 + 0.25*3), c 2.0 -> ranks 1, 1, 3
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(project(WEIGHTS_2_1_1,
                List.of(option("a", 4, 4, 4), option("c", 2, 2, 2), option("b", 5, 3, 3))));
        assertEquals(List.of("a", "b", "c"), ranked.stream().map(r -> r.option().id()).toList());
        assertEquals(List.of(1, 1, 3), ranked.stream().map(OptionRanking.RankedOption::rank).toList());
    }

    @Test
    void twoSeparateTiesEachShareTheirBetterRank() {
        // totals: a 4.0, b 4.0, c 3.0, d 3.0 (0.5*2 + 0.25*4 + 0.25*4), e 1.0 -> ranks 1, 1, 3, 3, 5
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(project(WEIGHTS_2_1_1,
                List.of(option("a", 4, 4, 4), option("b", 4, 4, 4), option("c", 3, 3, 3), option("d", 2, 4, 4),
                        option("e", 1, 1, 1))));
        assertEquals(List.of(4.0, 4.0, 3.0, 3.0, 1.0), ranked.stream().map(OptionRanking.RankedOption::total).toList());
        assertEquals(List.of(1, 1, 3, 3, 5), ranked.stream().map(OptionRanking.RankedOption::rank).toList());
    }

    @Test
    void allTiedShareRankOne() {
        // weights 1, 1: (1, 5), (5, 1), (3, 3) all total 3.0
        List<Criterion> even = List.of(criterion("c0", 1), criterion("c1", 1));
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(project(even,
                List.of(option("x", 1, 5), option("y", 5, 1), option("z", 3, 3))));
        assertEquals(List.of("x", "y", "z"), ranked.stream().map(r -> r.option().id()).toList());
        assertEquals(List.of(1, 1, 1), ranked.stream().map(OptionRanking.RankedOption::rank).toList());
    }

    @Test
    void aMissingScoreCanTieWithAScoredOption() {
        // weights 1, 1: (4, no score) = 2.0 ties (2, 2) = 2.0; (5, 1) = 3.0 leads -> ranks 1, 2, 2
        List<Criterion> even = List.of(criterion("c0", 1), criterion("c1", 1));
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(project(even,
                List.of(option("missing", 4, 0), option("scored", 2, 2), option("lead", 5, 1))));
        assertEquals(List.of("lead", "missing", "scored"), ranked.stream().map(r -> r.option().id()).toList());
        assertEquals(List.of(1, 2, 2), ranked.stream().map(OptionRanking.RankedOption::rank).toList());
    }
}
