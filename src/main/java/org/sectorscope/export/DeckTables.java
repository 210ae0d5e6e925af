package org.sectorscope.export;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sectorscope.export.MatrixTable.Align;
import org.sectorscope.export.MatrixTable.Cell;
import org.sectorscope.export.MatrixTable.Para;
import org.sectorscope.logic.BriefingOptions;
import org.sectorscope.logic.BriefingOptions.Column;
import org.sectorscope.logic.BriefingOptions.Row;

/**
 * The deck's two tables, as the options pane and the Compare dialog show them: the options matrix (rank,
 * option and what it targets, a score per criterion on the pane's colours under the criterion's share of
 * the weight, the weighted total) and the top options side by side (a row per criterion, the totals and
 * each option's gap to the best), then which weight change would swap them.
 *
 * <p>A slide is only so wide: the matrix shows as many criteria as fit at {@link #MIN_CRITERION} points
 * each and says how many more there are (totals and ranks always count every criterion); rows that do not
 * fit go on further slides under the header again.
 */
final class DeckTables {
    static final double RANK_W = 48;
    static final double TOTAL_W = 62;
    static final double OPTION_MIN = 170;
    static final double OPTION_PREFERRED = 220;
    static final double MIN_CRITERION = 48;
    static final double MAX_CRITERION = 110;
    private static final Font HEAD = ExportFonts.bold(10);
    private static final Font HEAD_NOTE = ExportFonts.regular(9);
    private static final Font NAME = ExportFonts.bold(11);
    private static final Font NOTE = ExportFonts.regular(9);
    private static final Font SCORE = ExportFonts.bold(12);
    private static final Font TOTAL = ExportFonts.bold(11);

    private DeckTables() {
    }

    /** The matrix section, then the comparison section. */
    static void options(DeckFlow flow, BriefingOptions options) {
        flow.section("Policy options, ranked by weighted score", Palette.LINE);
        if (options.rows().isEmpty()) {
            flow.block(List.of(new DeckSlide.Para("The project has no policy options yet.", DeckSlides.ITEM,
                    Palette.MUTED, 1)));
        } else {
            int shown = shownCriteria(options.criteria().size(), flow.width());
            flow.table(matrix(options, shown, flow.width()));
            List<DeckSlide.Para> notes = new ArrayList<>();
            int hidden = options.criteria().size() - shown;
            if (hidden > 0) {
                notes.add(new DeckSlide.Para(String.format(Locale.ROOT, "%,d more %s than this slide has room for: "
                        + "%s. Totals and ranks count every criterion; the Excel data export lists them all.", hidden,
                        hidden == 1 ? "criterion" : "criteria", names(options.criteria().subList(shown,
                                options.criteria().size()))), DeckSlides.SMALL, Palette.INK, 2));
            }
            notes.add(new DeckSlide.Para(MatrixContent.SCALE_NOTE, NOTE, Palette.MUTED, 3).after(notes.isEmpty() ? 0 : 4));
            flow.block(notes);
        }
        flow.section("The top options compared", Palette.LINE);
        if (options.top().isEmpty()) {
            flow.block(List.of(new DeckSlide.Para("There are fewer than two policy options: nothing to compare.",
                    DeckSlides.ITEM, Palette.MUTED, 1)));
            return;
        }
        flow.table(comparison(options, flow.width()));
        for (String swap : options.topSwaps()) {
            flow.block(List.of(new DeckSlide.Para("\u2022 " + swap, DeckSlides.ITEM, Palette.INK, 3)));
        }
    }

    /** How many criteria fit beside the rank, the option and the total at their narrowest. */
    static int shownCriteria(int criteria, double width) {
        int room = (int) Math.floor((width - RANK_W - TOTAL_W - OPTION_MIN) / MIN_CRITERION);
        return Math.max(0, Math.min(criteria, room));
    }

    static MatrixTable matrix(BriefingOptions options, int shown, double width) {
        // The criteria first, up to their widest, with the option's column at its preferred width; the option
        // then takes what they leave, never less than its narrowest.
        double rest = width - RANK_W - TOTAL_W;
        double per = shown == 0 ? 0
                : Math.max(MIN_CRITERION, Math.min(MAX_CRITERION, (rest - OPTION_PREFERRED) / shown));
        per = Math.floor(Math.min(per, (rest - OPTION_MIN) / Math.max(1, shown)));
        double[] widths = new double[shown + 3];
        widths[0] = RANK_W;
        widths[1] = Math.floor(rest - per * shown);
        for (int i = 0; i < shown; i++) {
            widths[2 + i] = per;
        }
        widths[shown + 2] = TOTAL_W;
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> head = new ArrayList<>();
        head.add(Cell.of(Align.CENTRE, Palette.PANEL, new Para("Rank", HEAD, Palette.INK, 1)));
        head.add(Cell.of(Align.LEFT, Palette.PANEL, new Para("Policy option", HEAD, Palette.INK, 1),
                new Para("What it targets", HEAD_NOTE, Palette.MUTED, 1)));
        for (Column c : options.criteria().subList(0, shown)) {
            head.add(Cell.of(Align.CENTRE, Palette.PANEL, new Para(c.name(), HEAD, Palette.INK, 3),
                    new Para(percent(c.share()), HEAD_NOTE, Palette.MUTED, 1)));
        }
        head.add(Cell.of(Align.CENTRE, Palette.PANEL, new Para("Total", HEAD, Palette.INK, 1)));
        rows.add(head);
        for (Row r : options.rows()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(Align.CENTRE, null, new Para(Integer.toString(r.rank()), SCORE, Palette.INK, 1)));
            row.add(Cell.of(Align.LEFT, null, new Para(r.name(), NAME, Palette.INK, 2),
                    new Para(r.targets(), NOTE, Palette.MUTED, 1)));
            for (int i = 0; i < shown; i++) {
                row.add(score(r.scores().get(i)));
            }
            row.add(Cell.of(Align.CENTRE, Palette.TOTAL, new Para(total(r.total()), TOTAL, Palette.INK, 1)));
            rows.add(row);
        }
        return new MatrixTable(widths, rows, 1);
    }

    /** Criteria as rows, the top options as columns in rank order; then the totals and the gaps. */
    static MatrixTable comparison(BriefingOptions options, double width) {
        List<Row> top = options.top();
        double first = Math.floor(Math.min(280, Math.max(160, width * 0.3)));
        double[] widths = new double[top.size() + 1];
        widths[0] = first;
        for (int i = 0; i < top.size(); i++) {
            widths[i + 1] = Math.floor((width - first) / top.size());
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> head = new ArrayList<>();
        head.add(Cell.of(Align.LEFT, Palette.PANEL, new Para("Criterion", HEAD, Palette.INK, 1),
                new Para("share of the weight", HEAD_NOTE, Palette.MUTED, 1)));
        for (Row r : top) {
            head.add(Cell.of(Align.CENTRE, Palette.PANEL, new Para("Rank " + r.rank(), HEAD_NOTE, Palette.MUTED, 1),
                    new Para(r.name(), HEAD, Palette.INK, 3)));
        }
        rows.add(head);
        for (int c = 0; c < options.criteria().size(); c++) {
            Column criterion = options.criteria().get(c);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.of(Align.LEFT, null, new Para(criterion.name(), NAME, Palette.INK, 2),
                    new Para(percent(criterion.share()), NOTE, Palette.MUTED, 1)));
            for (Row r : top) {
                row.add(score(r.scores().get(c)));
            }
            rows.add(row);
        }
        List<Cell> totals = new ArrayList<>();
        totals.add(Cell.of(Align.LEFT, Palette.TOTAL, new Para("Weighted total", NAME, Palette.INK, 1)));
        List<Cell> gaps = new ArrayList<>();
        gaps.add(Cell.of(Align.LEFT, null, new Para("Below the best by", NAME, Palette.INK, 1)));
        for (Row r : top) {
            totals.add(Cell.of(Align.CENTRE, Palette.TOTAL, new Para(total(r.total()), TOTAL, Palette.INK, 1)));
            gaps.add(Cell.of(Align.CENTRE, null, new Para(r.gap() < 1e-9 ? "the best" : total(r.gap()), NOTE,
                    Palette.MUTED, 1)));
        }
        rows.add(totals);
        rows.add(gaps);
        return new MatrixTable(widths, rows, 1);
    }

    /** A score on the pane's colour; "–" on white where there is none. */
    private static Cell score(Integer value) {
        return value == null ? Cell.of(Align.CENTRE, null, new Para("\u2013", SCORE, Palette.LINE, 1))
                : Cell.of(Align.CENTRE, Palette.score(value), new Para(value.toString(), SCORE, Palette.INK, 1));
    }

    static String total(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String names(List<Column> columns) {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }
}
