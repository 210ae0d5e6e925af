package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;

/** Weighted totals and ranks of policy options. Weights are normalised to sum to 1. */
public final class OptionRanking {
    /** Options whose totals differ by less than this share a rank (floating-point noise). */
    static final double TIE_TOLERANCE = 1e-9;

    public record RankedOption(PolicyOption option, double total, int rank) {
    }

    private OptionRanking() {
    }

    /** The criterion's weight as a share of all weights; 0 when all weights are 0. */
    public static double normalisedWeight(List<Criterion> criteria, Criterion c) {
        double sum = criteria.stream().mapToDouble(Criterion::weight).sum();
        return sum == 0 ? 0 : c.weight() / sum;
    }

    public static double total(List<Criterion> criteria, PolicyOption option) {
        double sum = criteria.stream().mapToDouble(Criterion::weight).sum();
        if (sum == 0) {
            return 0;
        }
        double total = 0;
        for (Criterion c : criteria) {
            total += option.score(c.id()).map(Score::value).orElse(0) * c.weight() / sum;
        }
        return total;
    }

    /** Options in rank order (highest total first); equal totals share the better rank (1, 2, 2, 4). */
    public static List<RankedOption> rank(Project project) {
        List<RankedOption> unranked = new ArrayList<>();
        for (PolicyOption o : project.options()) {
            unranked.add(new RankedOption(o, total(project.criteria(), o), 0));
        }
        unranked.sort(Comparator.comparingDouble(RankedOption::total).reversed());
        List<RankedOption> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            RankedOption r = unranked.get(i);
            int rank = i + 1;
            if (i > 0 && Math.abs(unranked.get(i - 1).total() - r.total()) < TIE_TOLERANCE) {
                rank = ranked.get(i - 1).rank();
            }
            ranked.add(new RankedOption(r.option(), r.total(), rank));
        }
        return ranked;
    }
}
