package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.WeightSensitivity.Swap;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Extras;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

class WeightSensitivityTest {
    private static final double EPS = 1e-12;

    private static Criterion criterion(String id, String name, double weight) {
        return new Criterion(id, name, null, weight, Extras.NONE);
    }

    /** Criteria c0, c1, ... named by {@code names}, with the given weights. */
    private static List<Criterion> criteria(List<String> names, double... weights) {
        List<Criterion> list = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            list.add(criterion("c" + i, names.get(i), weights[i]));
        }
        return list;
    }

    private static List<Criterion> criteria(double... weights) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            names.add("C" + i);
        }
        return criteria(names, weights);
    }

    /** An option scored {@code values[i]} on criterion c{i}; 0 means not scored on it. */
    private static PolicyOption option(String name, int... values) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0) {
                scores.add(new Score("c" + i, values[i], "", Extras.NONE));
            }
        }
        return new PolicyOption(name.toLowerCase(Locale.ROOT).replace(' ', '-'), name, null, null, null,
                null, scores, Extras.NONE);
    }

    private static Project project(List<Criterion> criteria, PolicyOption... options) {
        return TestProjects.small().withCriteria(criteria).withOptions(List.of(options));
    }

    private static void assertSwap(Swap s, String criterionId, double weightBefore, double weightAtSwap,
                                   double shareBefore, double shareAtSwap) {
        assertEquals(criterionId, s.criterion().id());
        assertEquals(weightBefore, s.weightBefore(), EPS);
        assertEquals(weightAtSwap, s.weightAtSwap(), EPS);
        assertEquals(shareBefore, s.shareBefore(), EPS);
        assertEquals(shareAtSwap, s.shareAtSwap(), EPS);
        assertFalse(s.tied());
        assertTrue(s.swappable());
    }

    @Test
    void handComputedRaise() {
        // Weights 2, 1, 1 (W = 4). Upper (4, 5, 2) totals 3.75, lower (3, 2, 5) totals 3.25.
        // d = (1, 3, -3); lead N = 2*1 + 1*3 + 1*(-3) = 2 (= (3.75 - 3.25) * 4).
        // Growth (d > 0): 2 - 2/1 = 0, only a tie, not reachable.
        // Security (d > 0): 1 - 2/3 = 1/3; share 1/4 -> (1/3) / (3 + 1/3) = 1/10, change 0.15.
        // Fiscal cost (d < 0): 1 + 2/3 = 5/3; share 1/4 -> (5/3) / (3 + 5/3) = 5/14 = 35.7%, change 0.107: chosen.
        List<Criterion> criteria = criteria(List.of("Growth", "Security", "Fiscal cost"), 2, 1, 1);
        PolicyOption upper = option("Targeted subsidies", 4, 5, 2);
        PolicyOption lower = option("Export credits", 3, 2, 5);
        Swap s = WeightSensitivity.swap(criteria, upper, lower);
        assertSame(upper, s.upper());
        assertSame(lower, s.lower());
        assertSwap(s, "c2", 1, 5.0 / 3, 0.25, 5.0 / 14);
        assertTrue(s.rises());
        assertEquals("Export credits overtakes Targeted subsidies if the weight of Fiscal cost rises from 25% to 36%",
                s.describe());
    }

    @Test
    void theThresholdIsWhereTheRankingTiesAndBeyondItSwaps() {
        List<Criterion> base = criteria(List.of("Growth", "Security", "Fiscal cost"), 2, 1, 1);
        PolicyOption upper = option("Targeted subsidies", 4, 5, 2);
        PolicyOption lower = option("Export credits", 3, 2, 5);
        double at = WeightSensitivity.swap(base, upper, lower).weightAtSwap();
        List<OptionRanking.RankedOption> atThreshold = OptionRanking.rank(
                project(criteria(List.of("Growth", "Security", "Fiscal cost"), 2, 1, at), upper, lower));
        assertEquals(List.of(1, 1), atThreshold.stream().map(OptionRanking.RankedOption::rank).toList());
        List<OptionRanking.RankedOption> beyond = OptionRanking.rank(
                project(criteria(List.of("Growth", "Security", "Fiscal cost"), 2, 1, at + 0.01), upper, lower));
        assertEquals(List.of("Export credits", "Targeted subsidies"),
                beyond.stream().map(r -> r.option().name()).toList());
        assertEquals(List.of(1, 2), beyond.stream().map(OptionRanking.RankedOption::rank).toList());
    }

    @Test
    void loweringAWeightCanBeTheSmallestChange() {
        // Weights 1, 1, 1 (W = 3). Upper (5, 1, 3) = 3, lower (1, 4, 3) = 8/3. d = (4, -3, 0), N = 4 - 3 = 1.
        // C0 (d > 0): 1 - 1/4 = 3/4; share 1/3 -> (3/4) / (2 + 3/4) = 3/11 = 27.3%, change 0.061: chosen.
        // C1 (d < 0): 1 + 1/3 = 4/3; share 1/3 -> (4/3) / (2 + 4/3) = 2/5, change 0.067.
        // C2 (d = 0): cannot swap them.
        Swap s = WeightSensitivity.swap(criteria(1, 1, 1), option("Upper", 5, 1, 3), option("Lower", 1, 4, 3));
        assertSwap(s, "c0", 1, 0.75, 1.0 / 3, 3.0 / 11);
        assertFalse(s.rises());
        assertEquals("Lower overtakes Upper if the weight of C0 falls from 33% to 27%", s.describe());
    }

    @Test
    void aDominatedPairCannotBeSwapped() {
        // TestProjects.small(): subsidies (4, 5, 2) vs openness (3, 2, no score = 0): d = (1, 3, 2), all > 0,
        // N = 2 + 3 + 2 = 7. Lowering any one weight to 0 still leaves a lead: 2 - 7 < 0, 1 - 7/3 < 0, 1 - 7/2 < 0.
        Project p = TestProjects.small();
        Swap s = WeightSensitivity.swap(p.criteria(), p.options().get(0), p.options().get(1));
        assertNull(s.criterion());
        assertFalse(s.swappable());
        assertFalse(s.tied());
        assertTrue(Double.isNaN(s.shareBefore()) && Double.isNaN(s.weightAtSwap()));
        assertEquals("No single weight change lets Open procurement overtake Targeted subsidies", s.describe());
        assertEquals(List.of(s), WeightSensitivity.adjacentSwaps(p));
    }

    @Test
    void tiedOptionsAreReportedAsTied() {
        // Weights 2, 1, 1: (3, 3, 3) = 3 and (2, 4, 4) = (4 + 4 + 4) / 4 = 3.
        List<Criterion> criteria = criteria(2, 1, 1);
        PolicyOption a = option("Alpha", 3, 3, 3);
        PolicyOption b = option("Beta", 2, 4, 4);
        Swap s = WeightSensitivity.swap(criteria, a, b);
        assertTrue(s.tied());
        assertNull(s.criterion());
        assertEquals("Alpha and Beta are tied", s.describe());
        // In a ranking: Gamma (4, 4, 4) = 4 leads, then the tie, then Delta (1, 1, 1) = 1.
        PolicyOption gamma = option("Gamma", 4, 4, 4);
        PolicyOption delta = option("Delta", 1, 1, 1);
        List<String> sentences = WeightSensitivity.adjacentSwaps(project(criteria, a, b, gamma, delta)).stream()
                .map(Swap::describe).toList();
        // Gamma vs Alpha: d = (1, 1, 1), dominated. Beta vs Delta: d = (1, 3, 3), dominated.
        assertEquals(List.of("No single weight change lets Alpha overtake Gamma", "Alpha and Beta are tied",
                "No single weight change lets Delta overtake Beta"), sentences);
    }

    @Test
    void equalShareChangesGoToTheFirstCriterion() {
        // Weights 1, 1 (W = 2). Upper (4, 1) = 2.5, lower (1, 3) = 2. d = (3, -2), N = 3 - 2 = 1.
        // C0: 1 - 1/3 = 2/3; share 1/2 -> (2/3) / (5/3) = 2/5, change 0.1.
        // C1: 1 + 1/2 = 3/2; share 1/2 -> (3/2) / (5/2) = 3/5, change 0.1. Equal (always so with two
        // criteria: both reach the same ratio of weights), so C0, listed first, wins.
        Swap s = WeightSensitivity.swap(criteria(1, 1), option("Upper", 4, 1), option("Lower", 1, 3));
        assertSwap(s, "c0", 1, 2.0 / 3, 0.5, 0.4);
        assertEquals("Lower overtakes Upper if the weight of C0 falls from 50% to 40%", s.describe());
    }

    @Test
    void aMissingScoreCountsZero() {
        // Weights 1, 1, 1 (W = 3). Upper (5, 4, no score = 0) = 3, lower (3, 3, 2) = 8/3.
        // d = (2, 1, -2), N = 2 + 1 - 2 = 1.
        // C0: 1 - 1/2 = 1/2; share 1/3 -> (1/2) / (2 + 1/2) = 1/5, change 0.133.
        // C1: 1 - 1/1 = 0, only a tie.
        // C2: 1 + 1/2 = 3/2; share 1/3 -> (3/2) / (2 + 3/2) = 3/7 = 42.9%, change 0.095: chosen.
        Swap s = WeightSensitivity.swap(criteria(1, 1, 1), option("Upper", 5, 4, 0), option("Lower", 3, 3, 2));
        assertSwap(s, "c2", 1, 1.5, 1.0 / 3, 3.0 / 7);
        assertEquals("Lower overtakes Upper if the weight of C2 rises from 33% to 43%", s.describe());
    }

    @Test
    void aRaiseBeyondMaxWeightIsNotReachable() {
        // Weights 1000000, 1. Upper (5, 1), lower (1, 2): d = (4, -1), N = 4000000 - 1 = 3999999.
        // C1 would have to rise to 1 + 3999999 = 4000000 > MAX_WEIGHT; lowering C0 to
        // 1000000 - 3999999/4 = 0.25 works: share 1000000/1000001 (100%) -> 0.25 / 1.25 = 20%.
        Swap s = WeightSensitivity.swap(criteria(Criterion.MAX_WEIGHT, 1), option("Upper", 5, 1),
                option("Lower", 1, 2));
        assertSwap(s, "c0", 1_000_000, 0.25, 1_000_000.0 / 1_000_001, 0.2);
        assertEquals("Lower overtakes Upper if the weight of C0 falls from 100% to 20%", s.describe());
    }

    @Test
    void aThresholdOfExactlyMaxWeightOnlyTies() {
        // Weights 250000, 0. Upper (5, 1), lower (1, 2): d = (4, -1), N = 1000000.
        // C0: 250000 - 1000000/4 = 0, only a tie. C1: 0 + 1000000 = MAX_WEIGHT, also only a tie.
        PolicyOption upper = option("Upper", 5, 1);
        PolicyOption lower = option("Lower", 1, 2);
        Swap none = WeightSensitivity.swap(criteria(250_000, 0), upper, lower);
        assertNull(none.criterion());
        assertEquals("No single weight change lets Lower overtake Upper", none.describe());
        // One less on C0: N = 999996, C1 rises from 0 to 999996 (share 0 -> 999996 / 1249995 = 80%).
        Swap s = WeightSensitivity.swap(criteria(249_999, 0), upper, lower);
        assertSwap(s, "c1", 0, 999_996, 0, 999_996.0 / 1_249_995);
        assertEquals("Lower overtakes Upper if the weight of C1 rises from 0% to 80%", s.describe());
    }

    @Test
    void allWeightsZeroGiveNoSwaps() {
        List<Criterion> zeros = criteria(0, 0);
        PolicyOption a = option("A", 5, 5);
        PolicyOption b = option("B", 1, 1);
        assertEquals(List.of(), WeightSensitivity.adjacentSwaps(project(zeros, a, b)));
        assertTrue(WeightSensitivity.swap(zeros, a, b).tied(), "no signal: the ranking shows them tied");
        assertEquals(List.of(), WeightSensitivity.adjacentSwaps(project(List.of(), a, b)));
    }

    @Test
    void fewerThanTwoOptionsGiveNoPairs() {
        assertEquals(List.of(), WeightSensitivity.adjacentSwaps(project(criteria(1))));
        assertEquals(List.of(), WeightSensitivity.adjacentSwaps(project(criteria(1), option("Only", 3))));
    }

    @Test
    void aPairGivenTheWrongWayRoundIsPutInOrder() {
        PolicyOption upper = option("Upper", 5, 1, 3);
        PolicyOption lower = option("Lower", 1, 4, 3);
        Swap s = WeightSensitivity.swap(criteria(1, 1, 1), lower, upper);
        assertSame(upper, s.upper());
        assertSame(lower, s.lower());
        assertEquals("Lower overtakes Upper if the weight of C0 falls from 33% to 27%", s.describe());
    }

    @Test
    void sharesThatRoundAlikeGetADecimal() {
        // Weights 20, 19, 1 (W = 40). Upper (5, 1, 1), lower (1, 5, 4): d = (4, -4, -3), N = 80 - 76 - 3 = 1.
        // C0: 20 - 1/4 = 19.75; share 50% -> 19.75 / 39.75 = 49.69%, change 0.00314: chosen.
        // C1: 19 + 1/4 = 19.25; share 47.5% -> 19.25 / 40.25 = 47.83%, change 0.00326.
        // C2: 1 + 1/3 = 4/3; share 2.5% -> (4/3) / (121/3) = 3.31%, change 0.0081.
        // Whole percents would read "from 50% to 50%".
        Swap s = WeightSensitivity.swap(criteria(20, 19, 1), option("Upper", 5, 1, 1), option("Lower", 1, 5, 4));
        assertSwap(s, "c0", 20, 19.75, 0.5, 19.75 / 39.75);
        assertEquals("Lower overtakes Upper if the weight of C0 falls from 50.0% to 49.7%", s.describe());
    }

    @Test
    void sharesThatStillRoundAlikeGetMoreDecimals() {
        // Weights 2000, 1999, 1, same scores: N = 8000 - 7996 - 3 = 1. C0: 2000 - 1/4 = 1999.75;
        // share 50% -> 1999.75 / 3999.75 = 49.99687%, change 3.1252e-5; C1: 1999.25, share 49.975% ->
        // 49.97813%, change 3.1264e-5; C2 change 8.3e-5. One decimal would read "50.0% to 50.0%".
        Swap s = WeightSensitivity.swap(criteria(2000, 1999, 1), option("Upper", 5, 1, 1),
                option("Lower", 1, 5, 4));
        assertSwap(s, "c0", 2000, 1999.75, 0.5, 1999.75 / 3999.75);
        assertEquals("Lower overtakes Upper if the weight of C0 falls from 50.000% to 49.997%", s.describe());
    }

    @Test
    void sampleProjectAdjacentSwaps() throws Exception {
        Project sample = ProjectStore.loadSample();
        List<Swap> swaps = WeightSensitivity.adjacentSwaps(sample);
        // 11 options, 10 adjacent pairs; three of them are tied (3.55, 3.55, 3.55 and 3.5, 3.5).
        assertEquals(sample.options().size() - 1, swaps.size());
        assertEquals(3, swaps.stream().filter(Swap::tied).count());
        assertEquals(sample.options().size() - 1 - 3, swaps.stream().filter(s -> !s.tied()).count());
        // Top pair: Multilateral coordination (5, 3, 5, 4, 4, 2) = 4.0 over Press China to implement its
        // WTO commitments (3, 4, 4, 5, 5, 2) = 3.85; weights .25, .2, .15, .15, .15, .1 (W = 1).
        // d = (2, -1, 1, -1, -1, 0); N = .5 - .2 + .15 - .15 - .15 = 0.15.
        //   national security: .25 - .15/2 = .175; share 25% -> .175 / .925 = 18.9%, change 6.1 points: chosen.
        //   innovation: .2 + .15 = .35; 20% -> .35 / 1.15 = 30.4%, change 10.4 points.
        //   allied support: .15 - .15 = 0, only a tie.
        //   low cost, market reform: .15 + .15 = .3; 15% -> .3 / 1.15 = 26.1%, change 11.1 points.
        //   feasibility: d = 0.
        Swap top = swaps.get(0);
        assertEquals("national-security", top.criterion().id());
        assertEquals(0.175, top.weightAtSwap(), 1e-9);
        assertEquals(0.175 / 0.925, top.shareAtSwap(), 1e-9);
        assertEquals("Press China to implement its WTO commitments overtakes Multilateral coordination with allies"
                + " if the weight of Protects U.S. national security falls from 25% to 19%", top.describe());
        // The last pair: Targeted export controls (5, 2, 2, 2, 1, 4) over Commercial restrictions and
        // decoupling (4, 2, 2, 1, 1, 3): d = (1, 0, 0, 1, 0, 1), dominated.
        assertEquals("No single weight change lets Commercial restrictions and decoupling overtake Targeted export"
                + " controls", swaps.get(swaps.size() - 1).describe());
    }

    @Test
    void aShareAboveZeroNeverReadsZeroPercent() {
        assertEquals("0.4%", WeightSensitivity.Percent.distinct(0.004, 0.13)[0]);
        assertEquals("0%", WeightSensitivity.Percent.distinct(0.0, 0.13)[0]);
    }
}
