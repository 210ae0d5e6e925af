package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;

/**
 * The briefing deck's options: the matrix as the options pane shows it (options in rank order, a score per
 * criterion, the criteria's weights as shares, weighted totals and ranks, from {@link OptionRanking}) and the
 * top options compared (the first {@link #TOP_OPTIONS} in rank order, with each one's gap to the best and
 * which single weight change would swap each neighbouring pair, from {@link WeightSensitivity}).
 *
 * @param criteria the criteria in the project's order, each with its share of the total weight
 * @param rows     every option in rank order
 * @param top      the top options (at most {@link #TOP_OPTIONS}); empty when the project has fewer than two
 * @param topSwaps for each neighbouring pair of {@code top}, what would swap them, best pair first
 */
public record BriefingOptions(List<Column> criteria, List<Row> rows, List<Row> top, List<String> topSwaps) {
    /** How many options the comparison shows side by side. */
    public static final int TOP_OPTIONS = 3;

    public BriefingOptions {
        criteria = List.copyOf(criteria);
        rows = List.copyOf(rows);
        top = List.copyOf(top);
        topSwaps = List.copyOf(topSwaps);
    }

    /** A criterion with its weight as a share of all weights (0.25 is 25%; 0 when every weight is 0). */
    public record Column(String id, String name, double weight, double share) {
    }

    /**
     * One option.
     *
     * @param targets what it acts on, as the options pane says it ("Quadrant B; Semiconductors")
     * @param scores  its score on each criterion, in {@link #criteria()}'s order; null where it has none
     * @param total   the weighted total (a missing score counts 0)
     * @param gap     how far its total is below the best option's (0 for the best)
     */
    public record Row(String id, int rank, String name, String targets, List<Integer> scores, double total,
                      double gap) {
        public Row {
            scores = Collections.unmodifiableList(new ArrayList<>(scores)); // nulls stand for no score
        }
    }

    public static BriefingOptions of(Project project) {
        List<Criterion> criteria = project.criteria();
        List<Column> columns = criteria.stream().map(c -> new Column(c.id(), c.name(), c.weight(),
                OptionRanking.normalisedWeight(criteria, c))).toList();
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(project);
        double best = ranked.isEmpty() ? 0 : ranked.get(0).total();
        List<Row> rows = new ArrayList<>(ranked.size());
        for (OptionRanking.RankedOption r : ranked) {
            PolicyOption o = r.option();
            List<Integer> scores = new ArrayList<>(criteria.size());
            for (Criterion c : criteria) {
                scores.add(o.score(c.id()).map(Score::value).orElse(null));
            }
            rows.add(new Row(o.id(), r.rank(), o.name(), targets(project, o), scores, r.total(), best - r.total()));
        }
        List<Row> top = rows.size() < 2 ? List.of() : rows.subList(0, Math.min(TOP_OPTIONS, rows.size()));
        List<String> swaps = new ArrayList<>();
        List<WeightSensitivity.Swap> adjacent = WeightSensitivity.adjacentSwaps(project);
        for (int i = 0; i + 1 < top.size() && i < adjacent.size(); i++) {
            swaps.add(adjacent.get(i).describe() + ".");
        }
        return new BriefingOptions(columns, rows, top, swaps);
    }

    /** "Quadrants B, D; Semiconductors", as the options pane lists what an option acts on; "No targets". */
    public static String targets(Project p, PolicyOption o) {
        List<String> parts = new ArrayList<>();
        if (!o.targets().quadrantLetters().isEmpty()) {
            parts.add((o.targets().quadrantLetters().size() == 1 ? "Quadrant " : "Quadrants ")
                    + String.join(", ", o.targets().quadrantLetters()));
        }
        List<String> names = o.targets().sectorIds().stream()
                .map(id -> p.sector(id).map(s -> s.name()).orElse(id)).toList();
        if (!names.isEmpty()) {
            parts.add(String.join(", ", names));
        }
        return parts.isEmpty() ? "No targets" : String.join("; ", parts);
    }
}
