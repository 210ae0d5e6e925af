package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.TestProjects;

/** The options matrix and evidence table as CSV: RFC 4180 read back, the formula guard, and numbers as numbers. */
class CsvTablesTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void theSmallProjectsOptionsMatrixExactly() {
        assertEquals("\uFEFFRow,Option,Growth,Security,Fiscal cost,Weighted total,Rank\r\n"
                + "weight,,2,1,1,,\r\n"
                + "normalised weight,,0.5,0.25,0.25,,\r\n"
                + "option,Targeted subsidies,4,5,2,3.75,1\r\n"
                + "option,Open procurement,3,2,,2,2\r\n", CsvTables.options(ExportFixtures.small()));
    }

    @Test
    void theSampleMatrixReadsBackAndItsNumbersRecomputeTheTotalsAndRanks() throws Exception {
        Project p = ExportFixtures.sample();
        List<List<String>> rows = parse(bytes(p, ExportRequest.Format.CSV_OPTIONS));
        List<Criterion> criteria = p.criteria();
        int n = criteria.size();
        assertEquals(3 + p.options().size(), rows.size());
        rows.forEach(r -> assertEquals(n + 4, r.size(), r.toString()));
        assertEquals(CsvTables.WEIGHT_ROW, rows.get(1).get(0));
        assertEquals(CsvTables.NORMALISED_ROW, rows.get(2).get(0));
        double[] shares = new double[n];
        for (int c = 0; c < n; c++) {
            assertEquals(criteria.get(c).name(), rows.get(0).get(c + 2));
            assertEquals(criteria.get(c).weight(), Double.parseDouble(rows.get(1).get(c + 2)), 0);
            shares[c] = Double.parseDouble(rows.get(2).get(c + 2));
            assertEquals(OptionRanking.normalisedWeight(criteria, criteria.get(c)), shares[c], 1e-10);
        }
        List<Double> totals = new ArrayList<>();
        for (int r = 0; r < p.options().size(); r++) {
            List<String> row = rows.get(3 + r);
            PolicyOption o = p.options().get(r);
            assertEquals(List.of(CsvTables.OPTION_ROW, o.name()), row.subList(0, 2));
            double total = 0;
            for (int c = 0; c < n; c++) {
                String cell = row.get(c + 2);
                assertEquals(o.score(criteria.get(c).id()).map(Score::value).map(String::valueOf).orElse(""), cell);
                total += cell.isEmpty() ? 0 : Integer.parseInt(cell) * shares[c]; // a missing score counts 0
            }
            assertEquals(total, Double.parseDouble(row.get(n + 2)), 1e-9, o.name() + "'s total from its row");
            totals.add(Double.parseDouble(row.get(n + 2)));
        }
        for (int r = 0; r < totals.size(); r++) {
            double mine = totals.get(r);
            long better = totals.stream().filter(t -> t > mine + 1e-9).count();
            assertEquals(better + 1, Integer.parseInt(rows.get(3 + r).get(n + 3)), "rank of row " + r);
        }
    }

    @Test
    void theSmallProjectsEvidenceTableReadsBack() throws Exception {
        Project p = ExportFixtures.small();
        byte[] csv = bytes(p, ExportRequest.Format.CSV_EVIDENCE);
        assertArrayEquals(BOM, Arrays.copyOf(csv, 3), "UTF-8 with a byte order mark, for Excel");
        List<List<String>> rows = parse(csv);
        assertEquals(1 + TestProjects.SMALL_EVIDENCE, rows.size());
        assertEquals(List.of("Sector", "Quadrant", "Quote", "Note", "Source", "Page", "Grade", "Bears on", "Tags", "Added"),
                rows.get(0));
        assertEquals(List.of("Solar PV", "A) Win-Win", "Chinese firms dominate every stage of the supply chain.", "",
                "Scott Kennedy, ch. 1", "12", "B2", "Innovation outcomes in China: toward Success", "supply-chain",
                "2024-01-10"), rows.get(1));
        assertEquals(List.of("Semiconductors", "B) Destructive Victory", "Mature-node capacity is expanding fast.",
                "Overcapacity risk.", "Barry Naughton", "", "B3", "Effect on the global sector: toward Destructive",
                "capacity, prices", ""), rows.get(3));
        assertEquals("", rows.get(4).get(7), "context bears on no axis");
    }

    /** A text a spreadsheet would run gets a leading ', and reads back as typed once that is dropped. */
    @Test
    void formulasAreGuardedTextIsQuotedAndEverythingReadsBack() throws Exception {
        Project small = ExportFixtures.small();
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
                "\tTab first", "\rCR first", "'=already quoted", "a, b \"c\"\r\nnext line", "  edge spaces  ",
                "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD \uD83D\uDE80 <&>]]>", "plain");
        Evidence e = small.sectors().get(0).evidence().get(0);
        List<Evidence> items = new ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            items.add(new Evidence("ev-h" + i, hostile.get(i), hostile.get(i), e.sourceId(), hostile.get(i),
                    e.reliability(), e.credibility(), e.bearing(), List.of(), null, e.extras()));
        }
        Project p = small.withSector(TestProjects.SOLAR, s -> s.withName(hostile.get(0)).withEvidence(items))
                .withCriteria(List.of(new Criterion(TestProjects.GROWTH, "-Growth", null, 2, null),
                        new Criterion(TestProjects.SECURITY, "@Security", null, 1, null),
                        new Criterion(TestProjects.COST, "Cost, \"fiscal\"", null, 1, null)))
                .withOptions(List.of(renamed(small.options().get(0), "=1+1")));
        List<List<String>> evidence = parse(bytes(p, ExportRequest.Format.CSV_EVIDENCE));
        for (int i = 0; i < hostile.size(); i++) {
            List<String> row = evidence.get(1 + i);
            String typed = hostile.get(i);
            boolean runs = "=+-@\t\r".indexOf(typed.charAt(0)) >= 0 || typed.startsWith("'=");
            String expected = runs ? "'" + typed : typed;
            assertEquals(List.of("'" + hostile.get(0), expected, expected, expected),
                    List.of(row.get(0), row.get(2), row.get(3), row.get(5)), "sector, quote, note and page of item " + i);
        }
        List<List<String>> matrix = parse(bytes(p, ExportRequest.Format.CSV_OPTIONS));
        assertEquals(List.of("Row", "Option", "'-Growth", "'@Security", "Cost, \"fiscal\"", "Weighted total", "Rank"),
                matrix.get(0));
        assertEquals(List.of("option", "'=1+1", "4", "5", "2", "3.75", "1"), matrix.get(3), "numbers bare, text guarded");
    }

    @Test
    void numbersAreWrittenBareAndPlain() {
        assertEquals("-0.25", CsvTables.number(-0.25), "a negative number is a number, not a formula");
        assertEquals("0", CsvTables.number(-0.0));
        assertEquals("1000000", CsvTables.number(1e6), "never 1E+6");
        assertEquals("0.3333333333", CsvTables.number(1.0 / 3));
        assertEquals("0.0000000001", CsvTables.number(1e-10));
        assertEquals("0", CsvTables.number(4e-11));
    }

    private static PolicyOption renamed(PolicyOption o, String name) {
        return new PolicyOption(o.id(), name, o.description(), o.sourceId(), o.targets(), o.intendedEffect(), o.scores(),
                o.extras());
    }

    private static byte[] bytes(Project p, ExportRequest.Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.writeTo(p, ExportFixtures.request(p, format), ProjectEmbedding.FULL, out);
        return out.toByteArray();
    }

    /**
     * A strict RFC 4180 reader: UTF-8 after the byte order mark, rows ending in CRLF (the last one too),
     * a quoted field only where a field starts, "" inside it a quote; anything else fails the test.
     */
    static List<List<String>> parse(byte[] csv) {
        assertArrayEquals(BOM, Arrays.copyOf(csv, 3), "the byte order mark");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "the last row ends in CRLF");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int end = i + 1;
                while (true) {
                    int q = text.indexOf('"', end);
                    assertTrue(q >= 0, "an unclosed quote at " + i);
                    field.append(text, end, q);
                    if (q + 1 < text.length() && text.charAt(q + 1) == '"') {
                        field.append('"');
                        end = q + 2;
                    } else {
                        i = q + 1;
                        break;
                    }
                }
                char next = text.charAt(i);
                assertTrue(next == ',' || next == '\r', "a closing quote is followed by a separator, at " + i);
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', text.charAt(i + 1), "CR only before LF, at " + i);
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '"' && c != '\n', "a quote or line break outside quotes, at " + i);
                field.append(c);
            }
            i++;
        }
        return rows;
    }
}
