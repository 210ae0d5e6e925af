package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.TestProjects;

class EvidenceCsvReaderTest {
    private static final String TODAY = "2026-12-01";
    private static final String HEADER = String.join(",", EvidenceCsv.COLUMNS);

    private static EvidenceImport read(Project project, String text) throws CsvImportException {
        return EvidenceCsvReader.read(new StringReader(text), project, TODAY);
    }

    private static EvidenceImport read(String text) throws CsvImportException {
        return read(TestProjects.small(), text);
    }

    private static CsvImportException refused(byte[] bytes) {
        return assertThrows(CsvImportException.class,
                () -> EvidenceCsvReader.read(new ByteArrayInputStream(bytes), TestProjects.small(), TODAY));
    }

    private static CsvImportException refused(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A full-header row: sector, sectorId, id, quote, note, source, page, reliability, credibility, axis, toward, tags, added. */
    private static String row(String... cells) {
        assertEquals(13, cells.length);
        return String.join(",", cells) + "\r\n";
    }

    /** The error of the only row of a file with the header and a row using the given columns. */
    private static String errorOf(String header, String row) throws CsvImportException {
        EvidenceImport result = read(header + "\r\n" + row + "\r\n");
        assertEquals(1, result.rows().size());
        EvidenceImportRow only = result.rows().get(0);
        assertNull(only.evidence(), "the row should be refused");
        return only.error();
    }

    private static Evidence evidenceOf(String header, String row) throws CsvImportException {
        EvidenceImport result = read(header + "\r\n" + row + "\r\n");
        assertEquals(1, result.rows().size());
        EvidenceImportRow only = result.rows().get(0);
        assertNull(only.error(), only.error());
        return only.evidence();
    }

    private static Project withoutEvidence(Project project) {
        return project.withSectors(project.sectors().stream().map(s -> s.withEvidence(List.of())).toList());
    }

    private static Evidence withId(Evidence e, String id) {
        return new Evidence(id, e.quote(), e.note(), e.sourceId(), e.page(), e.reliability(), e.credibility(),
                e.bearing(), e.tags(), e.added(), e.extras());
    }

    /** The CSV text with the id column's cells emptied (cells re-encoded as the writer does). */
    private static String withoutIds(String csv) throws Exception {
        CsvParser parser = new CsvParser(new StringReader(csv), 100_000, 100, 1L << 30);
        StringBuilder out = new StringBuilder();
        int idColumn = EvidenceCsv.COLUMNS.indexOf(EvidenceCsv.ID);
        boolean header = true;
        for (CsvParser.Record r = parser.next(); r != null; r = parser.next()) {
            List<String> cells = new ArrayList<>(r.cells());
            if (!header) {
                cells.set(idColumn, "");
            }
            header = false;
            out.append(String.join(",", cells.stream().map(EvidenceCsvWriter::cell).toList())).append("\r\n");
        }
        return out.toString();
    }

    // --- round trips -------------------------------------------------------------------------------

    @Test
    void theSampleRoundTripsIntoACopyWithoutEvidence() throws Exception {
        Project sample = ProjectStore.loadSample();
        byte[] csv = EvidenceCsvWriter.toBytes(sample);
        EvidenceImport result = EvidenceCsvReader.read(new ByteArrayInputStream(csv), withoutEvidence(sample), TODAY);
        assertEquals(80, result.rows().size());
        assertEquals(List.of(), result.invalidRows());
        assertEquals(List.of(), result.warnings());
        assertEquals(sample, result.applyTo(withoutEvidence(sample)));
    }

    @Test
    void theSmallProjectRoundTripsIntoTheSameProjectWithIdsStripped() throws Exception {
        Project small = TestProjects.small();
        String csv = withoutIds(EvidenceCsvWriter.toText(small));
        EvidenceImport result = EvidenceCsvReader.read(new StringReader(csv), small, null);
        List<Evidence> originals = small.sectors().stream().flatMap(s -> s.evidence().stream()).toList();
        assertEquals(originals.size(), result.rows().size());
        for (int i = 0; i < originals.size(); i++) {
            EvidenceImportRow row = result.rows().get(i);
            Evidence original = originals.get(i);
            assertEquals(i + 2, row.line());
            assertTrue(row.evidence().id().startsWith("ev-"), row.evidence().id());
            assertNotEquals(original.id(), row.evidence().id());
            assertEquals(original, withId(row.evidence(), original.id()));
        }
        assertEquals(List.of(TestProjects.SOLAR, TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.CHIPS,
                TestProjects.BIOTECH), result.rows().stream().map(EvidenceImportRow::sectorId).toList());
        assertEquals("Semiconductors", result.rows().get(2).sectorName());
        Project applied = result.applyTo(small);
        assertEquals(4, applied.sector(TestProjects.SOLAR).orElseThrow().evidence().size());
    }

    @Test
    void aBlankAddedBecomesToday() throws Exception {
        String csv = withoutIds(EvidenceCsvWriter.toText(TestProjects.small()));
        EvidenceImport result = read(csv);
        assertEquals("2024-01-10", result.rows().get(0).evidence().added());
        assertEquals(TODAY, result.rows().get(1).evidence().added());
    }

    @Test
    void awkwardTextRoundTripsExactly() throws Exception {
        List<String> texts = List.of("one, two", "she said \"no\"", "crlf\r\nline", "lf\nline", "  spaced  ",
                "=SUM(A1)", "+1", "-minus", "@at", "\ttab", "\rcr", "'=already guarded", "''+two", "'plain",
                "中国 é \uD83D\uDE80", "\"", ",", "trailing\n");
        List<Evidence> items = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            items.add(new Evidence("ev-" + i, t, i % 2 == 0 ? t : null, TestProjects.KENNEDY, t, Reliability.E, 5,
                    Bearing.of(AxisId.X, Side.HIGH), List.of("tag " + i, "x"), "2025-02-0" + (1 + i % 9), Extras.NONE));
        }
        Project project = TestProjects.small().withSector(TestProjects.AIRCRAFT, s -> s.withEvidence(items));
        String csv = EvidenceCsvWriter.toText(project);
        EvidenceImport result = EvidenceCsvReader.read(new StringReader(csv), withoutEvidence(project), null);
        assertEquals(List.of(), result.invalidRows());
        assertEquals(project, result.applyTo(withoutEvidence(project)));
    }

    @Test
    void theHandWrittenExampleOfTheDocsImports() throws Exception {
        EvidenceImport result = read("Sector,Quote,Reliability,Credibility,Axis,Toward\n"
                + "Solar PV,\"Prices fell 80%, then rose.\",B,2,x,success\n"
                + "solar pv,\"Buyers everywhere\ngained.\",C,3,Effect on the global sector,Constructive\n");
        assertEquals(List.of(), result.invalidRows());
        Evidence first = result.rows().get(0).evidence();
        Evidence second = result.rows().get(1).evidence();
        assertEquals("Prices fell 80%, then rose.", first.quote());
        assertEquals(Bearing.of(AxisId.X, Side.LOW), first.bearing());
        assertEquals("Buyers everywhere\ngained.", second.quote());
        assertEquals(Bearing.of(AxisId.Y, Side.HIGH), second.bearing());
        assertEquals(List.of(2, 3), result.rows().stream().map(EvidenceImportRow::line).toList());
        assertEquals(List.of(TODAY, TODAY), List.of(first.added(), second.added()));
    }

    // --- quoting and line numbers -----------------------------------------------------------------

    @Test
    void quotedCellsParseExactlyAndRowsKnowTheirFirstLine() throws Exception {
        String csv = "sectorId,quote,note,reliability,credibility\r\n"
                + "sector-solar,\"Prices fell, then rose.\",,B,2\r\n"
                + "sector-solar,\"The \"\"champion\"\" model\",,B,2\r\n"
                + "sector-chips,\"first\r\nsecond\",\"lf\nonly\",C,3\r\n"
                + "\r\n"
                + "sector-chips,after the blank line,,C,3\n"
                + "sector-biotech,\"a\nb\nc\",,A,1\n";
        EvidenceImport result = read(csv);
        List<EvidenceImportRow> rows = result.rows();
        assertEquals(List.of(2, 3, 4, 8, 9), rows.stream().map(EvidenceImportRow::line).toList());
        assertEquals("Prices fell, then rose.", rows.get(0).evidence().quote());
        assertEquals("The \"champion\" model", rows.get(1).evidence().quote());
        assertEquals("first\r\nsecond", rows.get(2).evidence().quote());
        assertEquals("lf\nonly", rows.get(2).evidence().note());
        assertEquals("after the blank line", rows.get(3).evidence().quote());
        assertEquals("a\nb\nc", rows.get(4).evidence().quote());
        assertEquals("Biotech", rows.get(4).sectorName());
    }

    @Test
    void blankLinesAndRowsOfEmptyCellsAreSkipped() throws Exception {
        EvidenceImport result = read("\r\n\r\nsectorId,quote,reliability,credibility\r\n\r\n,,,\r\n"
                + "sector-solar,q,B,2\r\n\r\n");
        assertEquals(1, result.rows().size());
        assertEquals(6, result.rows().get(0).line());
    }

    // --- header --------------------------------------------------------------------------------------

    @Test
    void headerNamesAreCaseInsensitiveInAnyOrderAndUnknownOnesAreReported() throws Exception {
        EvidenceImport result = read(" Credibility ,QUOTE,Colour,SectorID,Reliability,\r\n2,q,red,sector-chips,d,\r\n");
        assertEquals(List.of("unknown columns ignored: \"Colour\", column 6 (no name)"), result.warnings());
        Evidence e = result.rows().get(0).evidence();
        assertEquals(Reliability.D, e.reliability());
        assertEquals(2, e.credibility());
        assertEquals("q", e.quote());
        assertEquals(Bearing.NONE, e.bearing());
        assertEquals(List.of(), e.tags());
        assertEquals(TODAY, e.added());
    }

    @Test
    void missingRequiredColumnsRefuseTheFile() {
        assertEquals("the header has no \"reliability\" column",
                refused("sector,quote,credibility\r\nSolar PV,q,2\r\n").getMessage());
        assertEquals("the header has no \"credibility\" column", refused("sectorId,note,reliability\r\n").getMessage());
        assertEquals("the header has no \"sector\" or \"sectorId\" column",
                refused("quote,reliability,credibility\r\n").getMessage());
        assertEquals("the header has no \"quote\" or \"note\" column",
                refused("sector,reliability,credibility\r\n").getMessage());
        CsvImportException several = refused("name,text\r\n");
        assertEquals("the header has no \"reliability\", no \"credibility\", no \"sector\" or \"sectorId\" and no "
                + "\"quote\" or \"note\" column", several.getMessage());
        assertEquals(1, several.line());
    }

    @Test
    void aColumnTwiceRefusesTheFile() {
        assertEquals("the header has the column \"quote\" twice",
                refused("sector,quote,Quote,reliability,credibility\r\n").getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        String message = "the file is empty; it needs a header row";
        assertEquals(message, refused("").getMessage());
        assertEquals(message, refused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).getMessage());
        assertEquals(message, refused("\r\n\n\r\n").getMessage());
    }

    @Test
    void aHeaderWithoutRowsGivesAnEmptyPreview() throws Exception {
        EvidenceImport result = read(HEADER + "\r\n");
        assertEquals(List.of(), result.rows());
        assertEquals(TestProjects.small(), result.applyTo(TestProjects.small()));
    }

    // --- encoding ------------------------------------------------------------------------------------

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        byte[] withBom = ("\uFEFFsector,quote,reliability,credibility\r\nBiotech,é,A,1\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals((byte) 0xEF, withBom[0]);
        EvidenceImport result = EvidenceCsvReader.read(new ByteArrayInputStream(withBom), TestProjects.small(), TODAY);
        assertEquals(List.of(), result.warnings());
        assertEquals("é", result.rows().get(0).evidence().quote());
        assertEquals(TestProjects.BIOTECH, result.rows().get(0).sectorId());
    }

    @Test
    void invalidUtf8RefusesTheFile() {
        byte[] head = "sectorId,quote,reliability,credibility\r\nsector-solar,ok,B,2\r\nsector-solar,"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, ',', 'B', ',', '2', '\r', '\n'};
        byte[] bytes = new byte[head.length + bad.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(bad, 0, bytes, head.length, bad.length);
        CsvImportException e = refused(bytes);
        assertEquals("the file is not valid UTF-8", e.getMessage(), "the line is in line(), named once by the caller");
        assertEquals(3, e.line());
        byte[] truncated = Arrays.copyOf(head, head.length + 2);
        truncated[head.length] = (byte) 0xE2;
        truncated[head.length + 1] = (byte) 0x80;
        assertEquals(3, refused(truncated).line());
    }

    // --- formula guard ---------------------------------------------------------------------------------

    @Test
    void theFormulaGuardIsRemovedOnImport() throws Exception {
        String header = "sectorId,quote,note,page,reliability,credibility,tags";
        Evidence e = evidenceOf(header, "sector-solar,'=SUM(A1),'-minus,'+3,B,2,'@x; y");
        assertEquals("=SUM(A1)", e.quote());
        assertEquals("-minus", e.note());
        assertEquals("+3", e.page());
        assertEquals(List.of("@x", "y"), e.tags());
        Evidence kept = evidenceOf(header, "sector-solar,'plain,''=twice,'',B,2,");
        assertEquals("'plain", kept.quote());
        assertEquals("'=twice", kept.note());
        assertEquals("''", kept.page());
    }

    // --- row rules -----------------------------------------------------------------------------------

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefusedAndTheNextRowStillImports() throws Exception {
        EvidenceImport result = read(HEADER + "\r\nSolar PV,,,q,B\r\n"
                + row("Solar PV", "", "", "q", "", "", "", "B", "2", "", "", "", ""));
        assertEquals("row has 5 cells; the header has 13", result.rows().get(0).error());
        assertEquals(2, result.rows().get(0).line());
        assertEquals(TestProjects.SOLAR, result.rows().get(1).sectorId());
        assertEquals(1, result.validRows().size());
    }

    @Test
    void reliabilityMustBeAToF() throws Exception {
        String header = "sectorId,quote,reliability,credibility";
        assertEquals("reliability \"Z\" is not one of A-F", errorOf(header, "sector-solar,q,Z,2"));
        assertEquals("reliability \"AB\" is not one of A-F", errorOf(header, "sector-solar,q,AB,2"));
        assertEquals("reliability is empty; it must be one of A-F", errorOf(header, "sector-solar,q,,2"));
        assertEquals(Reliability.F, evidenceOf(header, "sector-solar,q, f ,2").reliability());
    }

    @Test
    void credibilityMustBeAWholeNumberFromOneToSix() throws Exception {
        String header = "sectorId,quote,reliability,credibility";
        assertEquals("credibility \"0\" is not one of 1-6", errorOf(header, "sector-solar,q,B,0"));
        assertEquals("credibility \"7\" is not one of 1-6", errorOf(header, "sector-solar,q,B,7"));
        assertEquals("credibility \"two\" is not one of 1-6", errorOf(header, "sector-solar,q,B,two"));
        assertEquals("credibility \"2.5\" is not one of 1-6", errorOf(header, "sector-solar,q,B,2.5"));
        assertEquals("credibility \"99999999999\" is not one of 1-6", errorOf(header, "sector-solar,q,B,99999999999"));
        assertEquals("credibility is empty; it must be one of 1-6", errorOf(header, "sector-solar,q,B,"));
        assertEquals(6, evidenceOf(header, "sector-solar,q,B, 6").credibility());
    }

    @Test
    void axisAndTowardTakeKeysTitlesAndPoleLabels() throws Exception {
        String header = "sectorId,quote,reliability,credibility,axis,toward";
        assertEquals(Bearing.of(AxisId.X, Side.LOW), evidenceOf(header, "sector-solar,q,B,2,x,low").bearing());
        assertEquals(Bearing.of(AxisId.Y, Side.HIGH), evidenceOf(header, "sector-solar,q,B,2,Y,HIGH").bearing());
        assertEquals(Bearing.of(AxisId.X, Side.LOW), evidenceOf(header, "sector-solar,q,B,2,x,success").bearing());
        assertEquals(Bearing.of(AxisId.X, Side.HIGH),
                evidenceOf(header, "sector-solar,q,B,2,innovation outcomes in china, Failure ").bearing());
        assertEquals(Bearing.of(AxisId.Y, Side.HIGH),
                evidenceOf(header, "sector-solar,q,B,2,Effect on the global sector,Constructive").bearing());
        assertEquals(Bearing.of(AxisId.Y, Side.LOW), evidenceOf(header, "sector-solar,q,B,2,y,destructive").bearing());
        assertEquals(Bearing.NONE, evidenceOf(header, "sector-solar,q,B,2,none,").bearing());
        assertEquals(Bearing.NONE, evidenceOf(header, "sector-solar,q,B,2,,").bearing());
    }

    @Test
    void badAxisAndTowardCombinationsAreRefused() throws Exception {
        String header = "sectorId,quote,reliability,credibility,axis,toward";
        assertEquals("axis \"x\" needs a toward (low or high, or \"Success\" or \"Failure\")",
                errorOf(header, "sector-solar,q,B,2,x,"));
        assertEquals("toward \"low\" needs an axis (x or y)", errorOf(header, "sector-solar,q,B,2,,low"));
        assertEquals("toward \"high\" needs an axis (x or y)", errorOf(header, "sector-solar,q,B,2,none,high"));
        assertEquals("toward \"Constructive\" is not low, high, \"Success\" or \"Failure\"",
                errorOf(header, "sector-solar,q,B,2,x,Constructive"));
        assertEquals("axis \"z\" is not x, y, none, \"Innovation outcomes in China\" or \"Effect on the global sector\"",
                errorOf(header, "sector-solar,q,B,2,z,low"));
    }

    @Test
    void sectorsMatchByIdFirstThenByNameIgnoringCaseAndSpaces() throws Exception {
        String header = "sector,sectorId,quote,reliability,credibility";
        EvidenceImport result = read(header + "\r\n"
                + " solar pv ,,q,B,2\r\n"
                + "Solar PV,sector-chips,q,B,2\r\n");
        assertEquals(TestProjects.SOLAR, result.rows().get(0).sectorId());
        assertEquals("Solar PV", result.rows().get(0).sectorName());
        assertEquals(TestProjects.CHIPS, result.rows().get(1).sectorId(), "the sectorId wins over the name");
    }

    @Test
    void unknownAndAmbiguousSectorsAreRefused() throws Exception {
        String header = "sector,sectorId,quote,reliability,credibility";
        assertEquals("unknown sector \"Shipbuilding\"", errorOf(header, "Shipbuilding,,q,B,2"));
        assertEquals("unknown sector id \"sector-ships\"", errorOf(header, "Solar PV,sector-ships,q,B,2"));
        assertEquals("the row names no sector", errorOf(header, ",,q,B,2"));
        assertEquals("unknown sector \"" + "x".repeat(60) + "\u2026\"", errorOf(header, "x".repeat(5000) + ",,q,B,2"),
                "long values are cut short in messages");
        Project twoSolars = TestProjects.small().withSector(TestProjects.AIRCRAFT, s -> s.withName("SOLAR PV"));
        EvidenceImport result = read(twoSolars, header + "\r\nsolar pv,,q,B,2\r\n");
        assertEquals("sector name \"solar pv\" is shared by 2 sectors; give the sectorId instead",
                result.rows().get(0).error());
        assertNull(result.rows().get(0).sectorId());
    }

    @Test
    void sourcesMatchByIdOrTitleAndUnknownOnesAreRefused() throws Exception {
        String header = "sectorId,quote,source,reliability,credibility";
        assertEquals(TestProjects.NAUGHTON, evidenceOf(header, "sector-solar,q,src-naughton,B,2").sourceId());
        assertEquals(TestProjects.KENNEDY,
                evidenceOf(header, "sector-solar,q,CHINA'S UNEVEN HIGH-TECH DRIVE ,B,2").sourceId());
        assertNull(evidenceOf(header, "sector-solar,q, ,B,2").sourceId());
        assertEquals("unknown source \"Financial Times\"", errorOf(header, "sector-solar,q,Financial Times,B,2"));
    }

    @Test
    void aRowWithNeitherQuoteNorNoteIsRefused() throws Exception {
        assertEquals("the row needs a quote or a note",
                errorOf("sectorId,quote,note,reliability,credibility", "sector-solar,  ,,B,2"));
    }

    @Test
    void everyProblemOfARowIsReportedAndItsSectorKept() throws Exception {
        EvidenceImport result = read("sectorId,quote,reliability,credibility,added\r\nsector-chips,,Q,9,yesterday\r\n");
        EvidenceImportRow row = result.rows().get(0);
        assertEquals("the row needs a quote or a note; reliability \"Q\" is not one of A-F; "
                + "credibility \"9\" is not one of 1-6; added \"yesterday\" is not a date of the form yyyy-MM-dd",
                row.error());
        assertEquals(TestProjects.CHIPS, row.sectorId());
        assertEquals("Semiconductors", row.sectorName());
    }

    @Test
    void anIdUsedByAnEarlierRowIsRefusedAndABlankIdGetsAFreshOne() throws Exception {
        EvidenceImport result = read("sectorId,id,quote,reliability,credibility\r\n"
                + "sector-biotech,ev-new,q,B,2\r\n"
                + "sector-biotech, ev-new ,q,B,2\r\n"
                + "sector-biotech,,q,B,2\r\n");
        assertEquals("ev-new", result.rows().get(0).evidence().id());
        assertEquals("id \"ev-new\" is already used by the row on line 2", result.rows().get(1).error());
        String fresh = result.rows().get(2).evidence().id();
        assertTrue(fresh.matches("ev-[0-9a-f]{8}"), fresh);
        assertEquals(2, result.validRows().size());
    }

    @Test
    void addedMustBeAnIsoDate() throws Exception {
        String header = "sectorId,quote,reliability,credibility,added";
        assertEquals("2025-03-31", evidenceOf(header, "sector-solar,q,B,2,2025-03-31").added());
        assertEquals("added \"29/11/2026\" is not a date of the form yyyy-MM-dd",
                errorOf(header, "sector-solar,q,B,2,29/11/2026"));
        assertEquals("added \"2025-02-30\" is not a date of the form yyyy-MM-dd",
                errorOf(header, "sector-solar,q,B,2,2025-02-30"));
        assertEquals("added \"2025-3-1\" is not a date of the form yyyy-MM-dd",
                errorOf(header, "sector-solar,q,B,2,2025-3-1"));
    }

    @Test
    void tagsAreSplitOnSemicolonsAndTrimmed() throws Exception {
        assertEquals(List.of("supply chain", "prices", "EV"),
                evidenceOf("sectorId,quote,reliability,credibility,tags", "sector-solar,q,B,2,\" supply chain ;prices;; EV;\"")
                        .tags());
    }

    // --- limits and broken files ----------------------------------------------------------------------

    @Test
    void aTenMegabyteCellRefusesItsRowAndTheNextRowImports() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
                    bytes("sectorId,quote,reliability,credibility\r\nsector-solar,\""),
                    new RepeatingInputStream('x', 10 * 1024 * 1024),
                    bytes("\",B,2\r\nsector-chips,short,C,3\r\n"))));
            EvidenceImport result = EvidenceCsvReader.read(in, TestProjects.small(), TODAY);
            assertEquals(2, result.rows().size());
            assertEquals("cell \"quote\" is longer than 100,000 characters", result.rows().get(0).error());
            assertEquals(2, result.rows().get(0).line());
            assertEquals(TestProjects.CHIPS, result.rows().get(1).sectorId());
            assertEquals("short", result.rows().get(1).evidence().quote());
            assertEquals(3, result.rows().get(1).line());
        });
    }

    @Test
    void anUnterminatedQuoteRefusesTheRowWhereItStarts() throws Exception {
        EvidenceImport result = read("sectorId,quote,note,reliability,credibility\r\n"
                + "sector-solar,fine,,B,2\r\n"
                + "sector-chips,\"never closed,,C,3\r\n"
                + "sector-chips,swallowed,,C,3\r\n");
        assertEquals(2, result.rows().size());
        assertEquals("fine", result.rows().get(0).evidence().quote());
        EvidenceImportRow open = result.rows().get(1);
        assertEquals(3, open.line());
        assertEquals("the quoted cell \"quote\" that starts on line 3 is not closed before the end of the file",
                open.error());
    }

    @Test
    void textAfterAClosingQuoteRefusesTheRow() throws Exception {
        EvidenceImport result = read("sectorId,quote,reliability,credibility\r\n"
                + "sector-solar,\"He said \"hi\" then\",B,2\r\n");
        assertEquals("cell \"quote\" has text after its closing quote (line 2); a quote inside a quoted cell is "
                + "written as two quotes", result.rows().get(0).error());
    }

    @Test
    void moreThanTheRowLimitRefusesTheFile() {
        StringBuilder csv = new StringBuilder("sectorId,id,note,reliability,credibility\n");
        for (int i = 0; i <= EvidenceCsv.MAX_ROWS; i++) {
            csv.append("sector-solar,r").append(i).append(",n,B,2\n");
        }
        CsvImportException e = refused(csv.toString());
        assertEquals("the file has more than 100,000 rows", e.getMessage());
        assertEquals(100_002, e.line());
    }

    @Test
    void exactlyTheRowLimitIsAccepted() throws Exception {
        StringBuilder csv = new StringBuilder("sectorId,id,note,reliability,credibility\n");
        for (int i = 0; i < EvidenceCsv.MAX_ROWS; i++) {
            csv.append("sector-solar,r").append(i).append(",n,B,2\n");
        }
        assertEquals(EvidenceCsv.MAX_ROWS, read(csv.toString()).validRows().size());
    }

    @Test
    void todayMustBeADate() {
        assertThrows(IllegalArgumentException.class,
                () -> EvidenceCsvReader.read(new StringReader(HEADER), TestProjects.small(), "today"));
    }

    @Test
    void applyingAddsOnlyValidRowsToTheirSectors() throws Exception {
        EvidenceImport result = read("sectorId,id,quote,reliability,credibility\r\n"
                + "sector-aircraft,ev-a,first,B,2\r\n"
                + "sector-aircraft,ev-b,bad,B,0\r\n"
                + "sector-solar,ev-c,third,C,3\r\n");
        Project applied = result.applyTo(TestProjects.small());
        Sector aircraft = applied.sector(TestProjects.AIRCRAFT).orElseThrow();
        assertEquals(List.of("ev-a"), aircraft.evidence().stream().map(Evidence::id).toList());
        assertEquals(List.of("ev-solar-1", "ev-solar-2", "ev-c"),
                applied.sector(TestProjects.SOLAR).orElseThrow().evidence().stream().map(Evidence::id).toList());
        assertEquals(TestProjects.SMALL_EVIDENCE + 2, applied.evidenceCount());
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** One byte, many times, made up as it is read. */
    private static final class RepeatingInputStream extends InputStream {
        private final int value;
        private long remaining;

        RepeatingInputStream(char value, long count) {
            this.value = value;
            this.remaining = count;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            Arrays.fill(b, off, off + n, (byte) value);
            remaining -= n;
            return n;
        }
    }
}
