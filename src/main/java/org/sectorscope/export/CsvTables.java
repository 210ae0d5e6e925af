package org.sectorscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.logic.OptionRanking.RankedOption;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.store.CsvCells;

/**
 * The data behind the figure as CSV, one table a file: the options matrix (criteria, weights, scores,
 * weighted totals and ranks, as logic.OptionRanking gives them) or the evidence table (the XLSX's Evidence
 * sheet). Spelled as every CSV we write ({@link CsvCells}): RFC 4180 quoting, CRLF line ends, UTF-8 with
 * a byte order mark so Excel reads it as UTF-8, and a text cell a spreadsheet would run as a formula
 * (starting with = + - @ TAB or CR) written with a leading {@code '}; numbers are written bare, so
 * {@code -0.5} stays a number.
 */
public final class CsvTables {
    /** The first column of the options matrix: what each row holds. */
    public static final String ROW = "Row";
    public static final String WEIGHT_ROW = "weight";
    public static final String NORMALISED_ROW = "normalised weight";
    public static final String OPTION_ROW = "option";
    /** Totals and shares keep the XLSX's 10 decimals: ties stay ties, far below what anyone reads. */
    private static final int DECIMALS = 10;

    private CsvTables() {
    }

    public static void writeOptions(Project project, OutputStream out) throws IOException {
        out.write(options(project).getBytes(StandardCharsets.UTF_8));
    }

    public static void writeEvidence(Project project, OutputStream out) throws IOException {
        out.write(evidence(project).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * "Row,Option,CRITERION...,Weighted total,Rank", then a row of weights, a row of their shares, and one
     * row per option in the project's order: its scores (a missing one empty, counting 0), total and rank.
     */
    static String options(Project project) {
        List<Criterion> criteria = project.criteria();
        StringBuilder csv = new StringBuilder().append(CsvCells.BYTE_ORDER_MARK);
        List<String> header = new ArrayList<>(List.of(text(ROW), text("Option")));
        criteria.forEach(c -> header.add(text(c.name())));
        header.add(text("Weighted total"));
        header.add(text("Rank"));
        csv.append(CsvCells.row(header));
        List<String> weights = new ArrayList<>(List.of(text(WEIGHT_ROW), ""));
        List<String> shares = new ArrayList<>(List.of(text(NORMALISED_ROW), ""));
        for (Criterion c : criteria) {
            weights.add(number(c.weight()));
            shares.add(number(OptionRanking.normalisedWeight(criteria, c)));
        }
        csv.append(CsvCells.row(padded(weights))).append(CsvCells.row(padded(shares)));
        Map<PolicyOption, RankedOption> ranked = new IdentityHashMap<>();
        OptionRanking.rank(project).forEach(r -> ranked.put(r.option(), r));
        for (PolicyOption o : project.options()) {
            List<String> row = new ArrayList<>(List.of(text(OPTION_ROW), text(o.name())));
            for (Criterion c : criteria) {
                row.add(o.score(c.id()).map(Score::value).map(v -> number(v)).orElse(""));
            }
            row.add(number(ranked.get(o).total()));
            row.add(CsvCells.number(Integer.toString(ranked.get(o).rank())));
            csv.append(CsvCells.row(row));
        }
        return csv.toString();
    }

    /** The header of {@link EvidenceTable}, then one row per evidence item. */
    static String evidence(Project project) {
        StringBuilder csv = new StringBuilder().append(CsvCells.BYTE_ORDER_MARK);
        csv.append(CsvCells.row(EvidenceTable.HEADER.stream().map(CsvTables::text).toList()));
        for (List<String> cells : EvidenceTable.rows(project)) {
            csv.append(CsvCells.row(cells.stream().map(CsvTables::text).toList()));
        }
        return csv.toString();
    }

    /** A weights row with the total and rank columns left empty, as wide as the header. */
    private static List<String> padded(List<String> cells) {
        cells.add("");
        cells.add("");
        return cells;
    }

    /** A text cell: nothing an XML or UTF-8 reader refuses (U+FFFD instead), line breaks kept, guarded, quoted. */
    private static String text(String value) {
        return CsvCells.text(Typesetter.safe(value));
    }

    /** "2", "0.5", "3.6666666667", "-0.25": at most 10 decimals, no trailing zeros, never "-0" or "1E+1". */
    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return CsvCells.number(d.signum() == 0 ? "0" : d.toPlainString());
    }
}
