package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.logic.OptionRanking.RankedOption;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/** The workbook read back with POI: its formulas give OptionRanking's totals and ranks, before and after a weight changes. */
class XlsxWorkbookTest {
    private static final double EPS = 1e-9;

    @Test
    void theSamplesFormulasGiveTheAppsTotalsAndRanks() throws Exception {
        Project p = ExportFixtures.sample();
        assertTrue(p.options().size() >= 2 && p.criteria().size() >= 2, "the sample ranks options");
        try (XSSFWorkbook book = readBack(p)) {
            assertEquals(List.of("Options", "Evidence", "Sectors"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            assertCachedValuesMatch(book, p); // what a viewer that does not recalculate shows
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            assertRanking(book, evaluator, p);
        }
    }

    @Test
    void changingAWeightCellMovesTotalsAndRanksAsTheAppWould() throws Exception {
        Project p = ExportFixtures.sample();
        List<String> before = order(OptionRanking.rank(p));
        boolean someOrderMoved = false;
        try (XSSFWorkbook book = readBack(p)) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Row weights = book.getSheet(XlsxWorkbook.OPTIONS).getRow(XlsxWorkbook.WEIGHT_ROW);
            for (int i = 0; i < p.criteria().size(); i++) {
                double old = weights.getCell(i + 1).getNumericCellValue();
                weights.getCell(i + 1).setCellValue(50);
                evaluator.clearAllCachedResultValues();
                evaluator.evaluateAll();
                Project changed = withWeight(p, i, 50);
                assertRanking(book, evaluator, changed);
                someOrderMoved |= !order(OptionRanking.rank(changed)).equals(before);
                weights.getCell(i + 1).setCellValue(old);
            }
        }
        assertTrue(someOrderMoved, "weighting one criterion heavily reorders the sample's options");
    }

    @Test
    void aMissingScoreCountsZeroAndAllZeroWeightsTieEveryOption() throws Exception {
        Project p = ExportFixtures.small(); // "Open procurement" has no fiscal-cost score
        assertTrue(p.options().get(1).score(p.criteria().get(2).id()).isEmpty());
        try (XSSFWorkbook book = readBack(p)) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertRanking(book, evaluator, p);
            Row weights = book.getSheet(XlsxWorkbook.OPTIONS).getRow(XlsxWorkbook.WEIGHT_ROW);
            for (int i = 0; i < p.criteria().size(); i++) {
                weights.getCell(i + 1).setCellValue(0);
            }
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            Project zero = p;
            for (int i = 0; i < p.criteria().size(); i++) {
                zero = withWeight(zero, i, 0);
            }
            assertRanking(book, evaluator, zero);
            assertEquals(List.of(1, 1), ranks(book, p.options().size()), "all zero: every total 0, one shared rank");
        }
    }

    @Test
    void noCriteriaGiveTotalsOfZeroAndOneSharedRank() throws Exception {
        Project p = ExportFixtures.small().withCriteria(List.of());
        try (XSSFWorkbook book = readBack(p)) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            assertRanking(book, evaluator, p);
            assertEquals(List.of(1, 1), ranks(book, p.options().size()));
        }
    }

    @Test
    void theSectorsAndEvidenceSheetsHoldOneRowEach() throws Exception {
        Project p = ExportFixtures.sample();
        try (XSSFWorkbook book = readBack(p)) {
            Sheet sectors = book.getSheet(XlsxWorkbook.SECTORS);
            assertEquals(p.sectors().size(), sectors.getLastRowNum());
            for (int r = 0; r < p.sectors().size(); r++) {
                Sector s = p.sectors().get(r);
                Row row = sectors.getRow(r + 1);
                assertEquals(s.id(), row.getCell(0).getStringCellValue());
                assertEquals(p.quadrantOf(s).map(Quadrant::label).orElse("not placed"),
                        row.getCell(5).getStringCellValue(), s.name());
                if (s.isPlaced()) {
                    assertEquals(s.position().x(), row.getCell(3).getNumericCellValue(), 0, s.name());
                    assertEquals(s.position().y(), row.getCell(4).getNumericCellValue(), 0, s.name());
                }
                assertEquals(s.evidence().size(), (int) row.getCell(7).getNumericCellValue());
            }
            Sheet evidence = book.getSheet(XlsxWorkbook.EVIDENCE);
            assertEquals(p.evidenceCount(), evidence.getLastRowNum());
            Sector first = p.sectors().stream().filter(s -> !s.evidence().isEmpty()).findFirst().orElseThrow();
            Evidence e = first.evidence().get(0);
            int row = 1 + p.sectors().subList(0, p.sectors().indexOf(first)).stream()
                    .mapToInt(s -> s.evidence().size()).sum();
            assertEquals(first.name(), evidence.getRow(row).getCell(0).getStringCellValue());
            assertEquals(e.grade(), evidence.getRow(row).getCell(6).getStringCellValue());
        }
    }

    @Test
    void aBearingIsWrittenInTheFrameworksWords() {
        Project p = ExportFixtures.small();
        Evidence solar = p.sectors().get(0).evidence().get(0); // x, toward the low pole
        assertEquals("Innovation outcomes in China: toward Success", XlsxWorkbook.bearing(p, solar.bearing()));
        assertEquals("", XlsxWorkbook.bearing(p, p.sectors().get(1).evidence().get(1).bearing()));
    }

    @Test
    void hostileTextsReadBackIdentical() throws Exception {
        String mixed = "<b>&amp; ]]> \"q\" 'a' \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \uD83D\uDE00"
                + "\uD83C\uDDE8\uD83C\uDDF3 =1+1 _x0041_ line\nbreak\ttab";
        String name = (mixed.replace("\n", " ").replace("\t", " ") + "x".repeat(200)).substring(0, 200);
        String quote = (mixed + "y".repeat(2000)).substring(0, 2000);
        Project small = ExportFixtures.small();
        Sector s0 = small.sectors().get(0);
        Evidence e0 = s0.evidence().get(0);
        Evidence hostile = new Evidence(e0.id(), quote, mixed, e0.sourceId(), e0.page(), e0.reliability(),
                e0.credibility(), e0.bearing(), List.of(name), e0.added(), e0.extras());
        Project p = small.withSector(s0.id(), s -> s.withName(name).withEvidence(List.of(hostile)));
        Criterion c0 = p.criteria().get(0);
        p = p.withCriteria(replace(p.criteria(), 0, new Criterion(c0.id(), name, null, c0.weight(), null)));
        PolicyOption o0 = p.options().get(0);
        p = p.withOptions(replace(p.options(), 0, new PolicyOption(o0.id(), name, null, null, o0.targets(), null,
                o0.scores(), null)));
        try (XSSFWorkbook book = readBack(p)) {
            Sheet options = book.getSheet(XlsxWorkbook.OPTIONS);
            assertEquals(name, options.getRow(0).getCell(1).getStringCellValue(), "criterion");
            assertEquals(name, options.getRow(XlsxWorkbook.FIRST_OPTION_ROW).getCell(0).getStringCellValue(), "option");
            assertEquals(name, book.getSheet(XlsxWorkbook.SECTORS).getRow(1).getCell(1).getStringCellValue());
            Row ev = book.getSheet(XlsxWorkbook.EVIDENCE).getRow(1);
            assertEquals(name, ev.getCell(0).getStringCellValue());
            assertEquals(quote, ev.getCell(2).getStringCellValue());
            assertEquals(mixed, ev.getCell(3).getStringCellValue());
            assertEquals(name, ev.getCell(8).getStringCellValue());
            assertEquals(CellType.STRING, ev.getCell(3).getCellType(), "text that looks like a formula stays text");
            assertRanking(book, book.getCreationHelper().createFormulaEvaluator(), p);
        }
    }

    private static void assertRanking(XSSFWorkbook book, FormulaEvaluator evaluator, Project p) {
        Sheet sheet = book.getSheet(XlsxWorkbook.OPTIONS);
        int totalColumn = p.criteria().size() + 1;
        for (RankedOption expected : OptionRanking.rank(p)) {
            int r = XlsxWorkbook.FIRST_OPTION_ROW + p.options().indexOf(expected.option());
            Row row = sheet.getRow(r);
            assertEquals(expected.total(), evaluator.evaluate(row.getCell(totalColumn)).getNumberValue(), EPS,
                    expected.option().name());
            assertEquals(expected.rank(), evaluator.evaluate(row.getCell(totalColumn + 1)).getNumberValue(), 0,
                    expected.option().name());
        }
    }

    private static void assertCachedValuesMatch(XSSFWorkbook book, Project p) {
        Sheet sheet = book.getSheet(XlsxWorkbook.OPTIONS);
        int totalColumn = p.criteria().size() + 1;
        for (RankedOption expected : OptionRanking.rank(p)) {
            Row row = sheet.getRow(XlsxWorkbook.FIRST_OPTION_ROW + p.options().indexOf(expected.option()));
            assertEquals(CellType.FORMULA, row.getCell(totalColumn).getCellType());
            assertTrue(row.getCell(totalColumn).getCellFormula().startsWith("ROUND(SUMPRODUCT("),
                    row.getCell(totalColumn).getCellFormula());
            assertTrue(row.getCell(totalColumn + 1).getCellFormula().startsWith("RANK("));
            assertEquals(expected.total(), row.getCell(totalColumn).getNumericCellValue(), EPS);
            assertEquals(expected.rank(), row.getCell(totalColumn + 1).getNumericCellValue(), 0);
        }
    }

    private static List<Integer> ranks(XSSFWorkbook book, int options) {
        Sheet sheet = book.getSheet(XlsxWorkbook.OPTIONS);
        int column = sheet.getRow(0).getLastCellNum() - 1;
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < options; r++) {
            out.add((int) sheet.getRow(XlsxWorkbook.FIRST_OPTION_ROW + r).getCell(column).getNumericCellValue());
        }
        return out;
    }

    private static List<String> order(List<RankedOption> ranked) {
        return ranked.stream().map(r -> r.option().id() + "#" + r.rank()).toList();
    }

    private static Project withWeight(Project p, int index, double weight) {
        Criterion c = p.criteria().get(index);
        return p.withCriteria(replace(p.criteria(), index,
                new Criterion(c.id(), c.name(), c.description(), weight, c.extras())));
    }

    private static <T> List<T> replace(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return copy;
    }

    private static XSSFWorkbook readBack(Project p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWorkbook.write(p, ProjectEmbedding.FIGURE_ONLY, out);
        assertNotEquals(0, out.size());
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
