package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;

/**
 * How robust the ranking of policy options is to the criteria weights: for two options, the smallest
 * change of one criterion's weight, all other weights and all scores fixed, that lets the lower option
 * overtake the higher one.
 *
 * <p>The rule. With weights w_i (sum W) and score differences d_i = upper's score minus lower's score on
 * criterion i (a missing score counts 0, as in {@link OptionRanking}), the upper option leads by
 * N = sum of w_i * d_i &gt; 0 (N / W is the gap between the weighted totals). Changing only w_k to w_k'
 * changes the lead by (w_k' - w_k) * d_k, so:
 * <ul>
 *   <li>d_k &lt; 0: the lower option overtakes once w_k rises above w_k + N / |d_k|; reachable only if
 *       that threshold is below {@link Criterion#MAX_WEIGHT};</li>
 *   <li>d_k &gt; 0: it overtakes once w_k falls below w_k - N / d_k; reachable only if that threshold is
 *       above 0 (weights cannot be negative, and at 0 the two are merely tied);</li>
 *   <li>d_k = 0: criterion k cannot swap them.</li>
 * </ul>
 * The weight at the threshold is reported: there the two tie, and any step beyond it swaps them. Among
 * the reachable criteria the one whose share of the total weight changes least is chosen (share w_k / W
 * before, w_k' / (W - w_k + w_k') at the threshold), because analysts read weights as shares; equal
 * changes go to the criterion listed first. When no criterion is reachable, no single weight change can
 * swap the two. Options whose totals differ by less than 1e-9 (the ranking's tie tolerance) are tied
 * and have nothing to swap; with all weights 0 the ranking carries no signal and
 * {@link #adjacentSwaps} returns nothing. Sentences give shares as whole percents, with one decimal
 * (more only if still needed) when rounding would make the two equal.
 */
public final class WeightSensitivity {
    private WeightSensitivity() {
    }

    /**
     * The swap point of one pair. {@code criterion} is null when no single weight change lets
     * {@code lower} overtake {@code upper}, or when they are tied; the shares and weights are then NaN.
     * Shares are fractions of the total weight (0.25 = 25%).
     */
    public record Swap(PolicyOption upper, PolicyOption lower, Criterion criterion, double shareBefore,
                       double shareAtSwap, double weightBefore, double weightAtSwap, boolean tied) {
        public Swap {
            Objects.requireNonNull(upper, "upper");
            Objects.requireNonNull(lower, "lower");
        }

        static Swap tie(PolicyOption upper, PolicyOption lower) {
            return new Swap(upper, lower, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, true);
        }

        static Swap none(PolicyOption upper, PolicyOption lower) {
            return new Swap(upper, lower, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false);
        }

        /** Whether some single weight change lets the lower option overtake. */
        public boolean swappable() {
            return criterion != null;
        }

        /** Whether the swap needs the criterion's weight to go up (false: down). */
        public boolean rises() {
            return weightAtSwap > weightBefore;
        }

        /** One sentence for the analyst, e.g. "B overtakes A if the weight of Cost rises from 20% to 31%". */
        public String describe() {
            if (tied) {
                return upper.name() + " and " + lower.name() + " are tied";
            }
            if (criterion == null) {
                return "No single weight change lets " + lower.name() + " overtake " + upper.name();
            }
            String[] shares = Percent.distinct(shareBefore, shareAtSwap);
            return lower.name() + " overtakes " + upper.name() + " if the weight of " + criterion.name()
                    + (rises() ? " rises" : " falls") + " from " + shares[0] + " to " + shares[1];
        }
    }

    /**
     * The swap point of every pair of options adjacent in the ranking ({@link OptionRanking#rank}),
     * best pair first; pairs sharing a rank come back as tied. Empty when all weights are 0.
     */
    public static List<Swap> adjacentSwaps(Project project) {
        if (totalWeight(project.criteria()) == 0) {
            return List.of();
        }
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(project);
        List<Swap> swaps = new ArrayList<>();
        for (int i = 0; i + 1 < ranked.size(); i++) {
            OptionRanking.RankedOption upper = ranked.get(i);
            OptionRanking.RankedOption lower = ranked.get(i + 1);
            // The ranking's own tie decision, so this list never disagrees with the ranks shown.
            swaps.add(upper.rank() == lower.rank()
                    ? Swap.tie(upper.option(), lower.option())
                    : swap(project.criteria(), upper.option(), lower.option()));
        }
        return swaps;
    }

    /**
     * The swap point of any two options. If {@code lower} actually leads, the two are exchanged so that
     * the result's {@code upper} is always the leader. With all weights 0 every pair is tied.
     */
    public static Swap swap(List<Criterion> criteria, PolicyOption upper, PolicyOption lower) {
        double total = totalWeight(criteria);
        double lead = 0;
        for (Criterion c : criteria) {
            lead += c.weight() * difference(c, upper, lower);
        }
        if (total == 0 || Math.abs(lead / total) < OptionRanking.TIE_TOLERANCE) {
            return Swap.tie(upper, lower);
        }
        if (lead < 0) {
            return swap(criteria, lower, upper);
        }
        Swap best = Swap.none(upper, lower);
        double bestChange = Double.POSITIVE_INFINITY;
        for (Criterion c : criteria) {
            double d = difference(c, upper, lower);
            if (d == 0) {
                continue;
            }
            double threshold = c.weight() - lead / d; // d < 0 raises the weight, d > 0 lowers it
            if (threshold <= 0 || threshold >= Criterion.MAX_WEIGHT) {
                continue; // at either bound the two only tie; beyond it the weight is not allowed
            }
            double before = c.weight() / total;
            double after = threshold / (total - c.weight() + threshold);
            double change = Math.abs(after - before);
            // Strictly smaller by more than noise, so equal changes keep the earlier criterion.
            if (change < bestChange - OptionRanking.TIE_TOLERANCE) {
                best = new Swap(upper, lower, c, before, after, c.weight(), threshold, false);
                bestChange = change;
            }
        }
        return best;
    }

    private static double totalWeight(List<Criterion> criteria) {
        return criteria.stream().mapToDouble(Criterion::weight).sum();
    }

    private static int difference(Criterion c, PolicyOption upper, PolicyOption lower) {
        return score(upper, c) - score(lower, c);
    }

    private static int score(PolicyOption option, Criterion c) {
        return option.score(c.id()).map(Score::value).orElse(0);
    }

    /** Percentages for a before/after sentence. */
    static final class Percent {
        /** Most decimals shown before giving up on telling two shares apart. */
        private static final int MAX_DECIMALS = 6;

        private Percent() {
        }

        /**
         * Both shares as whole percents; when rounding makes them equal, with one decimal, and more
         * only if they still look equal, so a sentence never reads "from 20% to 20%".
         */
        static String[] distinct(double a, double b) {
            for (int decimals = 0; ; decimals++) {
                String x = format(a, decimals);
                String y = format(b, decimals);
                if (!x.equals(y) || decimals == MAX_DECIMALS) {
                    return new String[] {x, y};
                }
            }
        }

        private static String format(double share, int decimals) {
            // A share above zero never reads "0%": that would say the weight must go to nothing.
            int d = decimals;
            while (share > 0 && d < MAX_DECIMALS && isZero(share, d)) {
                d++;
            }
            return String.format(Locale.ROOT, "%." + d + "f%%", share * 100);
        }

        private static boolean isZero(double share, int decimals) {
            return String.format(Locale.ROOT, "%." + decimals + "f", share * 100).matches("0(\\.0*)?");
        }
    }
}
