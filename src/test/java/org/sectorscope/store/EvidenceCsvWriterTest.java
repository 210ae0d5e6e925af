package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Side;
import org.sectorscope.model.TestProjects;

class EvidenceCsvWriterTest {
    private static final String HEADER =
            "sector,sectorId,id,quote,note,source,page,reliability,credibility,axis,toward,tags,added";

    @Test
    void writesTheSmallProjectExactly() {
        String expected = "\uFEFF" + HEADER + "\r\n"
                + "Solar PV,sector-solar,ev-solar-1,Chinese firms dominate every stage of the supply chain.,,"
                + "src-kennedy,12,B,2,Innovation outcomes in China,Success,supply-chain,2024-01-10\r\n"
                + "Solar PV,sector-solar,ev-solar-2,,Cheaper panels helped buyers everywhere.,,,C,3,Effect on the global sector,Constructive,,\r\n"
                + "Semiconductors,sector-chips,ev-chips-1,Mature-node capacity is expanding fast.,Overcapacity risk.,"
                + "src-naughton,,B,3,Effect on the global sector,Destructive,capacity; prices,\r\n"
                + "Semiconductors,sector-chips,ev-chips-2,,Context only.,,,F,6,,,,\r\n"
                + "Biotech,sector-biotech,ev-biotech-1,Few novel drugs so far.,,src-kennedy,40,A,1,Innovation outcomes in China,Failure,,\r\n";
        assertEquals(expected, EvidenceCsvWriter.toText(TestProjects.small()));
    }

    @Test
    void polesThatWouldNotReadBackAreWrittenAsKeys() {
        Project project = TestProjects.small();
        org.sectorscope.model.Framework f = project.framework();
        Project twinTitles = project.withFramework(new org.sectorscope.model.Framework(f.name(), f.xAxis(),
                new org.sectorscope.model.Axis("Innovation outcomes in China", "Destructive", "Constructive"),
                f.quadrants()));
        String text = EvidenceCsvWriter.toText(twinTitles);
        assertTrue(text.contains(",B,2,x,low,supply-chain"), "two axes of one title: keys\n" + text);
        Project highLow = project.withFramework(new org.sectorscope.model.Framework(f.name(),
                new org.sectorscope.model.Axis("Outcome", "high", "low"), f.yAxis(), f.quadrants()));
        assertTrue(EvidenceCsvWriter.toText(highLow).contains(",B,2,x,low,supply-chain"),
                "a pole labelled with the other pole's key: keys");
    }

    @Test
    void theWrittenPolesReadBackToTheSameBearings() throws Exception {
        Project small = TestProjects.small();
        EvidenceImport back = EvidenceCsvReader.read(new StringReader(EvidenceCsvWriter.toText(small)), small,
                "2026-12-03");
        assertTrue(back.rows().stream().allMatch(r -> r.error() == null), back.rows().toString());
        assertEquals(small.sectors().stream().flatMap(s -> s.evidence().stream()).map(Evidence::bearing).toList(),
                back.rows().stream().map(r -> r.evidence().bearing()).toList());
    }

    @Test
    void aProjectWithoutEvidenceGivesTheHeaderOnly() {
        assertEquals("\uFEFF" + HEADER + "\r\n", EvidenceCsvWriter.toText(Project.empty("Empty")));
    }

    @Test
    void bytesAreUtf8WithAByteOrderMark() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidenceCsvWriter.write(TestProjects.small(), out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 's'}, Arrays.copyOf(bytes, 4));
        assertArrayEquals(EvidenceCsvWriter.toBytes(TestProjects.small()), bytes);
        assertEquals(EvidenceCsvWriter.toText(TestProjects.small()), new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void quotesOnlyTheCellsThatNeedIt() {
        assertEquals("plain text", EvidenceCsvWriter.cell("plain text"));
        assertEquals("", EvidenceCsvWriter.cell(""));
        assertEquals("\"one, two\"", EvidenceCsvWriter.cell("one, two"));
        assertEquals("\"she said \"\"no\"\"\"", EvidenceCsvWriter.cell("she said \"no\""));
        assertEquals("\"two\r\nlines\"", EvidenceCsvWriter.cell("two\r\nlines"));
        assertEquals("\"two\nlines\"", EvidenceCsvWriter.cell("two\nlines"));
        assertEquals("\"cr\rhere\"", EvidenceCsvWriter.cell("cr\rhere"));
        assertEquals("\" leading\"", EvidenceCsvWriter.cell(" leading"));
        assertEquals("\"trailing \"", EvidenceCsvWriter.cell("trailing "));
        assertEquals("中国 \uD83D\uDE80", EvidenceCsvWriter.cell("中国 \uD83D\uDE80"));
    }

    @Test
    void guardsCellsASpreadsheetWouldRunAsFormulas() {
        assertEquals("'=SUM(A1:A9)", EvidenceCsvWriter.cell("=SUM(A1:A9)"));
        assertEquals("'+1", EvidenceCsvWriter.cell("+1"));
        assertEquals("'-2", EvidenceCsvWriter.cell("-2"));
        assertEquals("'@cmd", EvidenceCsvWriter.cell("@cmd"));
        assertEquals("'\ttab", EvidenceCsvWriter.cell("\ttab"));
        assertEquals("\"'\rcr\"", EvidenceCsvWriter.cell("\rcr"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\", \"\"y\"\")\"",
                EvidenceCsvWriter.cell("=HYPERLINK(\"http://x\", \"y\")"));
        // An apostrophe already in front of a formula start gets one more, so the import gives it back.
        assertEquals("''=x", EvidenceCsvWriter.cell("'=x"));
        // Harmless: no formula start, or the apostrophe is not followed by one.
        assertEquals("'quoted'", EvidenceCsvWriter.cell("'quoted'"));
        assertEquals("a=b", EvidenceCsvWriter.cell("a=b"));
        assertEquals("2024-01-10", EvidenceCsvWriter.cell("2024-01-10"));
    }

    @Test
    void guardsEveryColumnOfAnItem() throws Exception {
        Evidence risky = new Evidence("=id", "=1+1", "@note", null, "-3", Reliability.D, 4,
                Bearing.of(AxisId.Y, Side.LOW), List.of("+tag", "ok"), null, Extras.NONE);
        Project project = TestProjects.small().withSector(TestProjects.AIRCRAFT, s -> s.withEvidence(List.of(risky)));
        String text = EvidenceCsvWriter.toText(project);
        String lastLine = text.substring(text.lastIndexOf("\r\n", text.length() - 3) + 2);
        assertEquals("Commercial aircraft,sector-aircraft,'=id,'=1+1,'@note,,'-3,D,4,Effect on the global sector,Destructive,'+tag; ok,\r\n", lastLine);
    }

    @Test
    void writesEveryItemOfTheSampleInOrder() throws Exception {
        Project sample = ProjectStore.loadSample();
        String text = EvidenceCsvWriter.toText(sample);
        CsvParser parser = new CsvParser(new StringReader(text), 100_000, 100, 1L << 30);
        assertEquals(EvidenceCsv.COLUMNS, parser.next().cells());
        List<String> ids = sample.sectors().stream().flatMap(s -> s.evidence().stream()).map(Evidence::id).toList();
        for (String id : ids) {
            CsvParser.Record record = parser.next();
            assertEquals(13, record.cellCount());
            assertEquals(id, record.cells().get(2));
        }
        assertEquals(null, parser.next());
        assertEquals(80, ids.size());
    }
}
