package org.sectorscope.export;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectorscope.export.MatrixTable.Align;
import org.sectorscope.export.MatrixTable.Cell;
import org.sectorscope.export.MatrixTable.Para;
import org.sectorscope.logic.BriefingOptions;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;

/**
 * The options pane as a table: options in rank order by criteria, each score on the pane's score colour,
 * the criteria's weights as shares, weighted totals and ranks.
 */
final class OptionsMatrixTable {
    private static final Font HEAD = ExportFonts.bold(11);
    private static final Font HEAD_NOTE = ExportFonts.regular(10);
    private static final Font NAME = ExportFonts.bold(12);
    private static final Font NOTE = ExportFonts.regular(10);
    private static final Font SCORE = ExportFonts.bold(14);
    private static final Font TOTAL = ExportFonts.bold(13);
    private static final double RANK_W = 56;
    private static final double TOTAL_W = 72;
    private static final double OPTION_MIN = 200;

    private OptionsMatrixTable() {
    }

    static MatrixContent build(Project p, double available) {
        List<Criterion> criteria = p.criteria();
        double[] widths = widths(criteria.size(), available);
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header(criteria));
        Map<String, MatrixContent.CellAt> scoreCells = new HashMap<>();
        for (OptionRanking.RankedOption r : OptionRanking.rank(p)) {
            PolicyOption o = r.option();
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(Align.CENTRE, null, new Para(Integer.toString(r.rank()), SCORE, Palette.INK, 1)));
            row.add(Cell.of(Align.LEFT, null, new Para(o.name(), NAME, Palette.INK, 3),
                    new Para(BriefingOptions.targets(p, o), NOTE, Palette.MUTED, 2)));
            for (Criterion c : criteria) {
                scoreCells.put(MatrixContent.key(o.id(), c.id()), new MatrixContent.CellAt(rows.size(), row.size()));
                Integer value = o.score(c.id()).map(Score::value).orElse(null);
                row.add(value == null ? Cell.of(Align.CENTRE, null, new Para("\u2013", SCORE, Palette.LINE, 1))
                        : Cell.of(Align.CENTRE, Palette.score(value), new Para(value.toString(), SCORE, Palette.INK, 1)));
            }
            row.add(Cell.of(Align.CENTRE, Palette.TOTAL, new Para(String.format(Locale.ROOT, "%.2f", r.total()), TOTAL,
                    Palette.INK, 1)));
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        if (p.options().isEmpty()) {
            notes.add("The project has no policy options yet.");
        }
        notes.add(MatrixContent.SCALE_NOTE);
        return new MatrixContent("Policy options, ranked by weighted score", new MatrixTable(widths, rows, 1),
                scoreCells, notes);
    }

    /** Rank, option, a column per criterion, total; criteria share what the option column leaves. */
    private static double[] widths(int criteria, double available) {
        double rest = available - RANK_W - TOTAL_W;
        double per = criteria == 0 ? 0 : Math.max(52, Math.min(130, (rest - 280) / criteria));
        double option = Math.max(OPTION_MIN, rest - per * criteria);
        double[] w = new double[criteria + 3];
        w[0] = RANK_W;
        w[1] = Math.floor(option);
        for (int i = 0; i < criteria; i++) {
            w[2 + i] = Math.floor(per);
        }
        w[criteria + 2] = TOTAL_W;
        return w;
    }

    private static List<Cell> header(List<Criterion> criteria) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.of(Align.CENTRE, Palette.PANEL, new Para("Rank", HEAD, Palette.INK, 1)));
        row.add(Cell.of(Align.LEFT, Palette.PANEL, new Para("Policy option", HEAD, Palette.INK, 1),
                new Para("What it targets", HEAD_NOTE, Palette.MUTED, 1)));
        for (Criterion c : criteria) {
            String share = Math.round(OptionRanking.normalisedWeight(criteria, c) * 100) + "%";
            row.add(Cell.of(Align.CENTRE, Palette.PANEL, new Para(c.name(), HEAD, Palette.INK, 4),
                    new Para(share, HEAD_NOTE, Palette.MUTED, 1)));
        }
        row.add(Cell.of(Align.CENTRE, Palette.PANEL, new Para("Total", HEAD, Palette.INK, 1)));
        return row;
    }
}
