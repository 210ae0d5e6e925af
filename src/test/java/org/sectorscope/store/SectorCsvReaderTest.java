package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.SectorImportRow.Status;

/** Reading sectors from CSV and pasted rows: every column, matching, and every kind of bad row. */
class SectorCsvReaderTest {
    private static final String AT = "2026-12-02T10:00:00Z";
    private static final Project SMALL = TestProjects.small().withFields(List.of(
            new CustomField("field-size", "Market size", CustomField.Kind.NUMBER, "USD bn"),
            new CustomField("field-agency", "Lead agency", CustomField.Kind.TEXT, null)));

    static SectorImport read(Project project, String... lines) throws CsvImportException {
        return SectorCsvReader.read(new StringReader(String.join("\r\n", lines) + "\r\n"), project, ',');
    }

    private static String problem(SectorImport preview, int row) {
        return preview.rows().get(row).problem(false);
    }

    @Test
    void aNameAloneMakesAnUnplacedSectorWithNoDriver() throws Exception {
        SectorImport preview = read(SMALL, "name", "Batteries", "Robotics");
        assertEquals(new SectorImport.Counts(2, 0, 0, 0), preview.counts(false));
        Project after = preview.applyTo(SMALL, OnExisting.SKIP, false, AT);
        Sector batteries = after.sectors().get(4);
        assertEquals("Batteries", batteries.name());
        assertFalse(batteries.isPlaced());
        assertEquals("", batteries.driver());
        assertEquals(Placement.Basis.ANALYST, batteries.placement().basis());
        assertEquals(6, after.sectors().size());
    }

    @Test
    void everyColumnIsRead() throws Exception {
        SectorImport preview = read(SMALL,
                "Name,Driver,x,y,quadrant,summary,rationale,basis,source,locator,quote,tags,market size,lead agency",
                "Batteries,market-oriented,-0.25,0.6,A,Cells for the world.,Scale wins.,report,src-kennedy,Fig. 1.2,"
                        + "\"It leads, by far.\",energy; exports,120.5,MIIT");
        SectorImportRow row = preview.rows().get(0);
        assertEquals(Status.NEW, row.status(), row.error());
        Sector s = row.sector();
        assertEquals(Driver.MARKET, s.driver());
        assertEquals(new Position(-0.25, 0.6), s.position());
        assertEquals("Cells for the world.", s.summary());
        assertEquals(new Placement(Placement.Basis.REPORT, TestProjects.KENNEDY, "Fig. 1.2", "It leads, by far.",
                "Scale wins.", null), s.placement());
        assertEquals(List.of("energy", "exports"), s.tags());
        assertEquals(Map.of("field-size", FieldValue.of(120.5), "field-agency", FieldValue.of("MIIT")), s.fields());
        assertTrue(preview.warnings().isEmpty(), preview.warnings().toString());
    }

    @Test
    void aQuadrantLetterAloneSpreadsNewRowsAroundItsCentreApartAndOffTheLines() throws Exception {
        String[] lines = new String[41];
        lines[0] = "name,x,y,quadrant";
        for (int i = 1; i <= 40; i++) {
            lines[i] = "Sector " + i + ",,," + (i % 2 == 0 ? "b" : "C");
        }
        SectorImport preview = read(SMALL, lines);
        Set<Position> seen = new HashSet<>();
        for (SectorImportRow row : preview.rows()) {
            Position p = row.sector().position();
            assertNotNull(p, row.error());
            String want = Integer.parseInt(row.name().substring(7)) % 2 == 0 ? "B" : "C";
            assertEquals(want, SMALL.framework().quadrantOf(p).letter(), row.name() + " at " + p);
            assertTrue(Math.abs(p.x()) >= 0.1 && Math.abs(p.y()) >= 0.1, "near a dividing line: " + p);
            assertTrue(seen.add(p), "two rows on " + p);
        }
        double minGap = Double.MAX_VALUE;
        List<Position> all = List.copyOf(seen);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                minGap = Math.min(minGap, Math.hypot(all.get(i).x() - all.get(j).x(), all.get(i).y() - all.get(j).y()));
            }
        }
        assertTrue(minGap > 0.05, "rows sit on each other: nearest two are " + minGap + " apart");
    }

    @Test
    void aRowIsMatchedByIdThenByExactNameAndUpdatesOnlyWhenAsked() throws Exception {
        SectorImport preview = read(SMALL, "id,name,summary",
                TestProjects.CHIPS + ",Semiconductors,Chips made at home.",
                ",Biotech,",
                ",biotech 2,New one");
        assertEquals(List.of(Status.UPDATE, Status.UNCHANGED, Status.NEW),
                preview.rows().stream().map(SectorImportRow::status).toList());
        assertEquals("summary", preview.rows().get(0).changeSummary());
        Project skipped = preview.applyTo(SMALL, OnExisting.SKIP, false, AT);
        assertEquals(SMALL.sector(TestProjects.CHIPS), skipped.sector(TestProjects.CHIPS));
        Project updated = preview.applyTo(SMALL, OnExisting.UPDATE, false, AT);
        Sector chips = updated.sector(TestProjects.CHIPS).orElseThrow();
        assertEquals("Chips made at home.", chips.summary());
        Sector was = SMALL.sector(TestProjects.CHIPS).orElseThrow();
        assertEquals(was.evidence(), chips.evidence(), "columns the CSV lacks are kept");
        assertEquals(was.position(), chips.position());
        assertEquals(was.placement(), chips.placement());
        assertEquals(SMALL.sectors().indexOf(was), updated.sectors().indexOf(chips), "updated in place");
    }

    @Test
    void anUpdateThatCrossesIntoAnotherQuadrantIsRecordedAsAMove() throws Exception {
        SectorImport preview = read(SMALL, "name,x,y", "Biotech,-0.5,0.6");
        Sector biotech = preview.applyTo(SMALL, OnExisting.UPDATE, false, AT).sector(TestProjects.BIOTECH).orElseThrow();
        assertEquals(1, biotech.history().size());
        assertEquals("C", biotech.history().get(0).fromQuadrant());
        assertEquals("A", biotech.history().get(0).toQuadrant());
        assertEquals(AT, biotech.history().get(0).at());
    }

    @Test
    void emptyPositionCellsKeepAnExistingSectorWhereItIs() throws Exception {
        SectorImport preview = read(SMALL, "name,x,y,quadrant", "Biotech,,,", "Solar PV,,,A");
        assertEquals(Status.UNCHANGED, preview.rows().get(0).status());
        assertEquals(Status.UNCHANGED, preview.rows().get(1).status(), "Solar PV is already in A");
    }

    @Test
    void badCoordinatesAreToldPerRow() throws Exception {
        SectorImport preview = read(SMALL, "name,x,y,quadrant",
                "One,abc,0.5,", "Two,1.5,0.5,", "Three,0.5,,", "Four,,,E", "Five,-0.5,0.5,D", "Six,NaN,0,",
                "Seven,0x1p1,0,", "Eight,-1,1,B");
        assertEquals("x \"abc\" is not a number", problem(preview, 0));
        assertEquals("x 1.5 is outside -1 to 1", problem(preview, 1));
        assertEquals("x is given but y is empty; give both, or neither and a quadrant", problem(preview, 2));
        assertEquals("the quadrant \"E\" is not one of A, B, C, D", problem(preview, 3));
        assertEquals("x -0.5, y 0.5 lie in quadrant A, not in quadrant D as the quadrant column says",
                problem(preview, 4));
        assertEquals("x \"NaN\" is not a number", problem(preview, 5));
        assertEquals("x \"0x1p1\" is not a number", problem(preview, 6));
        assertEquals("x -1, y 1 lie in quadrant A, not in quadrant B as the quadrant column says",
                problem(preview, 7));
        assertEquals(8, preview.counts(true).errors());
    }

    @Test
    void namesAndIdsMayBeUsedOnceInTheFile() throws Exception {
        Project twoOfOneName = SMALL.withSector(TestProjects.AIRCRAFT, s -> s.withName("Biotech"));
        SectorImport preview = read(twoOfOneName, "id,name", "s-1,Batteries", "s-2,Batteries", "s-1,Robots", "s-4,",
                ",Biotech", TestProjects.AIRCRAFT + ",Biotech");
        assertNull(problem(preview, 0));
        assertEquals("s-1", preview.rows().get(0).sector().id(), "a new sector keeps the id its row gives");
        assertEquals("the name \"Batteries\" is already used by the row on line 2", problem(preview, 1));
        assertEquals("the id \"s-1\" is already used by the row on line 2", problem(preview, 2));
        assertEquals("the name is empty", problem(preview, 3));
        assertEquals("2 sectors of the project are named \"Biotech\"; give the id of the one to update",
                problem(preview, 4));
        assertEquals("the name \"Biotech\" is already used by the row on line 6", problem(preview, 5),
                "a name is used once per file, even with ids");
    }

    @Test
    void aDriverTheProjectLacksIsOfferedToBeAddedOnceForAllItsRows() throws Exception {
        SectorImport preview = read(SMALL, "name,driver", "Batteries,Provincial", "Robots,provincial ",
                "Drones,Mixed", "Rail,");
        assertEquals("the driver \"Provincial\" is not in the project; add it, or change the row",
                problem(preview, 0));
        assertEquals(2, preview.counts(false).errors());
        assertFalse(preview.canImport(false));
        assertThrows(IllegalStateException.class, () -> preview.applyTo(SMALL, OnExisting.SKIP, false, AT),
                "never a partial import");
        assertEquals(1, preview.newDrivers().size());
        Driver provincial = preview.newDrivers().get(0);
        assertEquals("Provincial", provincial.name());
        Project after = preview.applyTo(SMALL, OnExisting.SKIP, true, AT);
        assertEquals(4, after.drivers().size());
        assertEquals(provincial, after.drivers().get(3));
        assertEquals(provincial.id(), after.sectors().get(4).driver());
        assertEquals(provincial.id(), after.sectors().get(5).driver());
        assertEquals(Driver.MIXED, after.sectors().get(6).driver());
        assertEquals("", after.sectors().get(7).driver());
    }

    @Test
    void otherBadCellsAreToldPerRowAndStopTheImport() throws Exception {
        SectorImport preview = read(SMALL, "name,basis,market size,source,tags",
                "One,maybe,12,,", "Two,analyst,12 bn,,", "Three,,,nowhere,", "Four,,,,a; b; a");
        assertEquals("the basis \"maybe\" is not \"report\" or \"analyst\"", problem(preview, 0));
        assertEquals("Market size \"12 bn\" is not a number", problem(preview, 1));
        assertNull(problem(preview, 2), "a source the project lacks is left out, not an error");
        assertEquals("source \"nowhere\" left out: not in this project", preview.rows().get(2).note());
        assertNull(preview.rows().get(2).sector().placement().sourceId());
        assertEquals("the tag \"a\" is given twice", problem(preview, 3));
        assertThrows(IllegalStateException.class, () -> preview.applyTo(SMALL, OnExisting.UPDATE, true, AT));
    }

    @Test
    void aRowWithSeveralProblemsGetsThemAll() throws Exception {
        SectorImport preview = read(SMALL, "name,x,y,basis", "One,2,zero,maybe");
        assertEquals("x 2 is outside -1 to 1; y \"zero\" is not a number; the basis \"maybe\" is not \"report\" or"
                + " \"analyst\"", problem(preview, 0));
    }

    @Test
    void theHeaderNeedsANameColumnAndWarnsOfUnknownOnes() throws Exception {
        CsvImportException e = assertThrows(CsvImportException.class, () -> read(SMALL, "id,x,y", "a,0,0"));
        assertEquals("the header has no \"name\" column", e.getMessage());
        SectorImport preview = read(SMALL, "name,colour", "One,red");
        assertEquals(List.of("unknown column ignored: \"colour\" (custom fields are matched by their names)"),
                preview.warnings());
        assertThrows(CsvImportException.class, () -> read(SMALL, "name,NAME", "a,b"));
        assertThrows(CsvImportException.class, () -> read(SMALL, ""));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() throws Exception {
        SectorImport preview = read(SMALL, "name,summary", "One,two,three");
        assertEquals("row has 3 cells; the header has 2", problem(preview, 0));
    }

    @Test
    void aHugeCellRefusesItsRowWithoutHoldingIt() throws Exception {
        String big = "x".repeat(10 * 1024 * 1024);
        SectorImport preview = read(SMALL, "name,summary", "One," + big, "Two,fine");
        assertEquals("cell \"summary\" is longer than 100,000 characters", problem(preview, 0));
        assertNull(problem(preview, 1));
    }

    @Test
    void moreThan100000RowsAreRefusedWhole() {
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 0; i <= EvidenceCsv.MAX_ROWS; i++) {
            csv.append('s').append(i).append('\n');
        }
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> SectorCsvReader.read(new StringReader(csv.toString()), SMALL, ','));
        assertEquals("the file has more than 100,000 rows", e.getMessage());
        assertEquals(EvidenceCsv.MAX_ROWS + 2, e.line());
    }

    @Test
    void invalidUtf8RefusesTheFileNamingTheLine() {
        byte[] bytes = "name\nOne\nT\u00e9st\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> SectorCsvReader.read(new ByteArrayInputStream(bytes), SMALL));
        assertEquals("the file is not valid UTF-8", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void pastedSpreadsheetRowsAreTabSeparatedWithTheirQuoting() throws Exception {
        String pasted = "name\tsummary\tx\ty\nBatteries\t\"Cells,\tand\n\"\"packs\"\"\"\t0.5\t-0.5\nRobots\t\t\t\n";
        SectorImport preview = SectorCsvReader.readPasted(pasted, SMALL);
        assertEquals(2, preview.counts(false).added());
        assertEquals("Cells,\tand\n\"packs\"", preview.rows().get(0).sector().summary());
        assertEquals(new Position(0.5, -0.5), preview.rows().get(0).sector().position());
    }

    @Test
    void aPreviewReadAgainstAnOlderProjectRefusesToApply() throws Exception {
        SectorImport preview = read(SMALL, "name,summary", "Biotech,Changed");
        Project edited = SMALL.withSector(TestProjects.BIOTECH, s -> s.withSummary("Edited meanwhile"));
        assertThrows(IllegalArgumentException.class, () -> preview.applyTo(edited, OnExisting.UPDATE, false, AT));
        assertSame(edited, preview.applyTo(edited, OnExisting.SKIP, false, AT), "skipping changes nothing");
    }
}
