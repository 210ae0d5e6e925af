package org.sectorscope.export;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sectorscope.export.MatrixTable.Align;
import org.sectorscope.export.MatrixTable.Cell;
import org.sectorscope.export.MatrixTable.Para;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.logic.WeightSensitivity;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;

/**
 * Two to four options side by side, as the Compare dialog shows them: criteria as rows, the options as
 * columns in rank order, each cell with its score (the best of a row marked), the rationale and the
 * evidence count; weighted totals with the gap to the best at the foot, and what would change the order.
 */
final class CompareMatrixTable {
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 4;
    private static final Font HEAD = ExportFonts.bold(13);
    private static final Font HEAD_NOTE = ExportFonts.regular(11);
    private static final Font CRITERION = ExportFonts.bold(12);
    private static final Font NOTE = ExportFonts.regular(10);
    private static final Font SCORE = ExportFonts.bold(15);
    private static final Font BEST = ExportFonts.bold(10);
    private static final Font RATIONALE = ExportFonts.regular(11);

    private CompareMatrixTable() {
    }

    /** @throws IllegalArgumentException worded for the analyst, when the ids are not 2-4 distinct options */
    static MatrixContent build(Project p, List<String> optionIds, double available) {
        check(p, optionIds);
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(p);
        List<OptionRanking.RankedOption> compared = ranked.stream()
                .filter(r -> optionIds.contains(r.option().id())).toList();
        double bestTotal = compared.stream().mapToDouble(OptionRanking.RankedOption::total).max().orElse(0);
        double first = Math.min(280, Math.floor(available * 0.26));
        double[] widths = new double[compared.size() + 1];
        widths[0] = first;
        for (int i = 0; i < compared.size(); i++) {
            widths[i + 1] = Math.floor((available - first) / compared.size());
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header(compared, ranked.size()));
        Map<String, MatrixContent.CellAt> scoreCells = new HashMap<>();
        for (Criterion c : p.criteria()) {
            rows.add(criterionRow(p.criteria(), c, compared, rows.size(), scoreCells));
        }
        rows.add(totals(compared, bestTotal));
        List<String> notes = new ArrayList<>();
        for (int i = 0; i + 1 < compared.size(); i++) {
            notes.add(WeightSensitivity.swap(p.criteria(), compared.get(i).option(), compared.get(i + 1).option())
                    .describe() + ".");
        }
        notes.add(MatrixContent.SCALE_NOTE);
        return new MatrixContent("Comparing " + compared.size() + " policy options", new MatrixTable(widths, rows, 1),
                scoreCells, notes);
    }

    private static void check(Project p, List<String> ids) {
        if (ids.size() < MIN_OPTIONS || ids.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("choose 2 to 4 options to compare (" + ids.size()
                    + (ids.size() == 1 ? " option was" : " options were") + " chosen)");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            PolicyOption o = p.option(id).orElseThrow(() -> new IllegalArgumentException(
                    "the project has no policy option with id " + id));
            if (!seen.add(id)) {
                throw new IllegalArgumentException(o.name() + " was chosen twice; choose different options");
            }
        }
    }

    private static List<Cell> header(List<OptionRanking.RankedOption> compared, int optionCount) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.of(Align.LEFT, Palette.PANEL, new Para("Criterion", HEAD, Palette.INK, 1),
                new Para("share of the weight", HEAD_NOTE, Palette.MUTED, 1)));
        for (OptionRanking.RankedOption r : compared) {
            row.add(Cell.of(Align.LEFT, Palette.PANEL, new Para(r.option().name(), HEAD, Palette.INK, 3),
                    new Para("Rank " + r.rank() + " of " + optionCount, HEAD_NOTE, Palette.MUTED, 1)));
        }
        return row;
    }

    /** Best marks go to the highest score; a row where all agree has none and is shown muted instead. */
    private static List<Cell> criterionRow(List<Criterion> criteria, Criterion c,
                                           List<OptionRanking.RankedOption> compared, int rowIndex,
                                           Map<String, MatrixContent.CellAt> scoreCells) {
        List<Integer> values = compared.stream()
                .map(r -> r.option().score(c.id()).map(Score::value).orElse(null)).toList();
        boolean allSame = values.stream().distinct().count() == 1;
        int best = values.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        Color ink = allSame ? Palette.MUTED : Palette.INK;
        List<Cell> row = new ArrayList<>();
        String share = Math.round(OptionRanking.normalisedWeight(criteria, c) * 100) + "% of the weight";
        row.add(Cell.of(Align.LEFT, null, new Para(c.name(), CRITERION, ink, 3),
                new Para(share, NOTE, Palette.MUTED, 1),
                new Para(c.description() == null ? "" : c.description(), NOTE, Palette.MUTED, 3)));
        for (OptionRanking.RankedOption r : compared) {
            scoreCells.put(MatrixContent.key(r.option().id(), c.id()), new MatrixContent.CellAt(rowIndex, row.size()));
            Score s = r.option().score(c.id()).orElse(null);
            if (s == null) {
                row.add(Cell.of(Align.LEFT, null, new Para("\u2013", SCORE, Palette.LINE, 1),
                        new Para("not scored (counts 0)", NOTE, Palette.MUTED, 1)));
                continue;
            }
            boolean isBest = !allSame && s.value() == best;
            int evidence = s.evidenceIds().size();
            row.add(Cell.of(Align.LEFT, Palette.score(s.value()),
                    new Para(Integer.toString(s.value()), SCORE, ink, 1),
                    new Para(isBest ? "\u2605 best" : "", BEST, Palette.BEST, 1),
                    new Para(s.rationale(), RATIONALE, ink, 8),
                    new Para(evidence == 0 ? "" : evidence + (evidence == 1 ? " evidence item" : " evidence items"),
                            NOTE, Palette.MUTED, 1)));
        }
        return row;
    }

    private static List<Cell> totals(List<OptionRanking.RankedOption> compared, double bestTotal) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.of(Align.LEFT, Palette.TOTAL, new Para("Weighted total", CRITERION, Palette.INK, 1)));
        for (OptionRanking.RankedOption r : compared) {
            double gap = bestTotal - r.total();
            String gapText = gap < 1e-9 ? "\u2605 best" : String.format(Locale.ROOT, "\u2212%.2f", gap);
            row.add(Cell.of(Align.LEFT, Palette.TOTAL,
                    new Para(String.format(Locale.ROOT, "%.2f", r.total()), SCORE, Palette.INK, 1),
                    new Para(gapText, gap < 1e-9 ? BEST : NOTE, gap < 1e-9 ? Palette.BEST : Palette.MUTED, 1)));
        }
        return row;
    }
}
