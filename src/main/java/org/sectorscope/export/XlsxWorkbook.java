package org.sectorscope.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.logic.OptionRanking.RankedOption;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;

/**
 * The data behind the figure as an Excel workbook: sheet "Options" (criteria, weights, scores, and the
 * weighted total and rank as formulas, so a reader can change a weight and see the ranking move),
 * "Evidence" (one row per item) and "Sectors" (one row per sector). Totals and ranks are the ones
 * logic.OptionRanking gives: weights normalised to sum to 1 (all 0 gives totals of 0), a missing score
 * counting 0, equal totals sharing the better rank.
 */
public final class XlsxWorkbook {
    public static final String OPTIONS = "Options";
    public static final String EVIDENCE = "Evidence";
    public static final String SECTORS = "Sectors";
    /** Rows of the Options sheet (0-based): names, weights, normalised weights, then one row per option. */
    public static final int WEIGHT_ROW = 1;
    public static final int FIRST_OPTION_ROW = 3;
    /**
     * Totals are rounded to this many decimals so that totals the app counts as tied (within 1e-9) are
     * exactly equal for RANK, which compares exactly; far below the two decimals anyone reads.
     */
    private static final int TOTAL_DECIMALS = 10;
    private static final Pattern ESCAPE_LIKE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    static {
        LibraryLogging.quiet(); // POI logs through Log4j, as for the PPTX
    }

    private XlsxWorkbook() {
    }

    /** The workbook of {@code project}, carrying it as {@code embedding} says ({@link OfficeProjectPart}). */
    public static void write(Project project, ProjectEmbedding embedding, OutputStream out) throws IOException {
        try (XSSFWorkbook book = build(project)) {
            Optional<byte[]> json = embedding.json(project);
            if (json.isPresent()) {
                OfficeProjectPart.embed(book, json.get());
            }
            // Built in memory first, as the PPTX is: POI reports a failed part as a runtime exception that
            // drops the cause, while the file's own I/O errors reach the caller as they are.
            ByteArrayOutputStream whole = new ByteArrayOutputStream(1 << 16);
            book.write(whole);
            whole.writeTo(out);
        }
    }

    /**
     * The workbook. Each formula carries the app's own result as its cached value, so a viewer that does not
     * recalculate shows the app's numbers; they are not evaluated by POI, whose RANK over n options costs
     * n^2 (4,000 options took 25 s).
     */
    static XSSFWorkbook build(Project project) {
        XSSFWorkbook book = new XSSFWorkbook();
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        options(project, book.createSheet(OPTIONS), bold);
        evidence(project, book.createSheet(EVIDENCE), bold);
        sectors(project, book.createSheet(SECTORS), bold);
        book.setForceFormulaRecalculation(true);
        book.getProperties().getCoreProperties().setTitle(Typesetter.clean(project.info().title()));
        book.getProperties().getCoreProperties().setCreator("Sectorscope");
        return book;
    }

    private static void options(Project project, Sheet sheet, CellStyle bold) {
        List<Criterion> criteria = project.criteria();
        int n = criteria.size();
        int totalColumn = n + 1;
        Row names = sheet.createRow(0);
        Row weights = sheet.createRow(WEIGHT_ROW);
        Row shares = sheet.createRow(WEIGHT_ROW + 1);
        text(names, 0, "Option").setCellStyle(bold);
        text(weights, 0, "Weight").setCellStyle(bold);
        text(shares, 0, "Normalised weight").setCellStyle(bold);
        String weightRange = n == 0 ? null : absolute(WEIGHT_ROW, 1) + ":" + absolute(WEIGHT_ROW, n);
        for (int i = 0; i < n; i++) {
            Criterion c = criteria.get(i);
            text(names, i + 1, c.name()).setCellStyle(bold);
            weights.createCell(i + 1).setCellValue(c.weight());
            // A share of the weights row, so editing one weight re-normalises them all.
            Cell share = shares.createCell(i + 1);
            share.setCellFormula("IF(SUM(" + weightRange + ")=0,0," + absolute(WEIGHT_ROW, i + 1)
                    + "/SUM(" + weightRange + "))");
            share.setCellValue(OptionRanking.normalisedWeight(criteria, c)); // the cached result
        }
        text(names, totalColumn, "Weighted total").setCellStyle(bold);
        text(names, totalColumn + 1, "Rank").setCellStyle(bold);
        List<PolicyOption> options = project.options();
        Map<PolicyOption, RankedOption> ranked = new IdentityHashMap<>();
        OptionRanking.rank(project).forEach(r -> ranked.put(r.option(), r));
        int last = FIRST_OPTION_ROW + options.size() - 1;
        String totals = absolute(FIRST_OPTION_ROW, totalColumn) + ":" + absolute(last, totalColumn);
        for (int r = 0; r < options.size(); r++) {
            PolicyOption o = options.get(r);
            Row row = sheet.createRow(FIRST_OPTION_ROW + r);
            text(row, 0, o.name());
            for (int i = 0; i < n; i++) {
                // A missing score stays an empty cell, which SUMPRODUCT counts as 0, as the app does.
                Integer value = o.score(criteria.get(i).id()).map(Score::value).orElse(null);
                if (value != null) {
                    row.createCell(i + 1).setCellValue(value);
                }
            }
            int excelRow = FIRST_OPTION_ROW + r;
            Cell total = row.createCell(totalColumn);
            if (n > 0) {
                total.setCellFormula("ROUND(SUMPRODUCT(" + relative(excelRow, 1) + ":" + relative(excelRow, n) + ","
                        + absolute(WEIGHT_ROW + 1, 1) + ":" + absolute(WEIGHT_ROW + 1, n) + ")," + TOTAL_DECIMALS + ")");
            }
            total.setCellValue(BigDecimal.valueOf(ranked.get(o).total()).setScale(TOTAL_DECIMALS, RoundingMode.HALF_UP)
                    .doubleValue()); // with no criteria a plain 0, as the app's
            Cell rank = row.createCell(totalColumn + 1);
            rank.setCellFormula("RANK(" + relative(excelRow, totalColumn) + "," + totals + ",0)");
            rank.setCellValue(ranked.get(o).rank());
        }
        sheet.createFreezePane(1, FIRST_OPTION_ROW);
        sheet.setColumnWidth(0, 40 * 256);
    }

    private static void evidence(Project project, Sheet sheet, CellStyle bold) {
        header(sheet, bold, EvidenceTable.HEADER.toArray(String[]::new));
        int r = 1;
        for (List<String> cells : EvidenceTable.rows(project)) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                text(row, c, cells.get(c));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static void sectors(Project project, Sheet sheet, CellStyle bold) {
        header(sheet, bold, "Id", "Name", "Driver", "x", "y", "Quadrant", "Basis", "Evidence");
        int r = 1;
        for (Sector s : project.sectors()) {
            Row row = sheet.createRow(r++);
            text(row, 0, s.id());
            text(row, 1, s.name());
            text(row, 2, project.driverNameOf(s));
            if (s.isPlaced()) {
                row.createCell(3).setCellValue(s.position().x());
                row.createCell(4).setCellValue(s.position().y());
            }
            text(row, 5, where(project, s));
            text(row, 6, s.placement().basis().key());
            row.createCell(7).setCellValue(s.evidence().size());
        }
        sheet.createFreezePane(0, 1);
    }

    /** "A) Win-Win", the quadrant the sector's position gives (on a line too), or "not placed". */
    static String where(Project project, Sector s) {
        return project.quadrantOf(s).map(Quadrant::label).orElse("not placed");
    }

    /** "Effect on the global sector: toward Destructive", in the framework's words; "" for context. */
    static String bearing(Project project, Bearing b) {
        if (b.toward() == null) {
            return "";
        }
        var axis = project.framework().axis(b.axis());
        return axis.title() + ": toward " + axis.label(b.toward());
    }

    /** The source's short label, or its id when the project has no such source. */
    static String sourceLabel(Project project, String sourceId) {
        return project.source(sourceId).map(Source::shortLabel).orElse(sourceId == null ? "" : sourceId);
    }

    private static void header(Sheet sheet, CellStyle bold, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            text(row, i, names[i]).setCellStyle(bold);
        }
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(escapeEscapes(Typesetter.safe(value))); // line breaks kept
        }
        return cell;
    }

    /**
     * OOXML reads "_x0041_" in a cell's text as the character U+0041 (Excel and POI both do, and POI does
     * not escape it on writing); a literal one is written with its underscore escaped, "_x005F_x0041_",
     * so the text reads back as typed.
     */
    static String escapeEscapes(String s) {
        return ESCAPE_LIKE.matcher(s).replaceAll("_x005F_$1");
    }

    private static String absolute(int row, int column) {
        return new CellReference(row, column, true, true).formatAsString();
    }

    private static String relative(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }
}
