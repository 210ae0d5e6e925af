package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

/** Writing sectors as CSV and as pasted rows, and reading them back: a round trip changes nothing. */
class SectorCsvWriterTest {
    private static final String AT = "2026-12-02T10:00:00Z";

    /** Export, then import with Update: every row unchanged, and the project is the very same. */
    private static void assertRoundTripChangesNothing(Project project, char separator) throws Exception {
        String text = SectorCsvWriter.text(project, project.sectors(), separator);
        SectorImport preview = SectorCsvReader.read(new StringReader(text), project, separator);
        for (SectorImportRow row : preview.rows()) {
            assertEquals(SectorImportRow.Status.UNCHANGED, row.status(),
                    "line " + row.line() + ": " + row.error() + row.changeSummary());
        }
        assertTrue(preview.warnings().isEmpty(), preview.warnings().toString());
        assertSame(project, preview.applyTo(project, OnExisting.UPDATE, true, AT));
    }

    @Test
    void theSampleProjectRoundTripsAsCsvAndAsPastedRows() throws Exception {
        Project sample = ProjectStore.loadSample();
        assertRoundTripChangesNothing(sample, SectorCsv.COMMA);
        assertRoundTripChangesNothing(sample, SectorCsv.TAB);
    }

    @Test
    void randomProjectsWithOddTextAndFieldsRoundTrip() throws Exception {
        for (long seed = 1; seed <= 60; seed++) {
            Project p = TestProjects.random(seed, 12);
            assertRoundTripChangesNothing(p, SectorCsv.COMMA);
            assertRoundTripChangesNothing(p, SectorCsv.TAB);
        }
    }

    @Test
    void theFileHasTheDocumentedColumnsAndFormulaLikeCellsAreGuarded() throws Exception {
        Project p = TestProjects.small().withFields(List.of(
                new CustomField("field-size", "Market size", CustomField.Kind.NUMBER, "USD bn")));
        p = p.withSector(TestProjects.SOLAR, s -> s.withName("=HYPERLINK(\"http://x\")").withTags(List.of("@a", "b"))
                .withFieldValue("field-size", FieldValue.of(-12.5)));
        String text = SectorCsvWriter.text(p, List.of(p.sectors().get(0)), SectorCsv.COMMA);
        String[] lines = text.split("\r\n");
        assertEquals("id,name,driver,x,y,quadrant,summary,rationale,basis,source,locator,quote,tags,Market size",
                lines[0]);
        assertEquals("sector-solar,\"'=HYPERLINK(\"\"http://x\"\")\",State-led,-0.6,0.5,A,"
                + "World-leading manufacturing at low cost.,The report calls it a success.,report,src-kennedy,,,"
                + "'@a; b,-12.5", lines[1]);
        assertRoundTripChangesNothing(p, SectorCsv.COMMA);
    }

    @Test
    void aFileStartsWithAByteOrderMarkAndReadsBack() throws Exception {
        Project p = TestProjects.small();
        byte[] bytes = SectorCsvWriter.csvBytes(p, p.sectors());
        assertEquals((byte) 0xEF, bytes[0]);
        SectorImport preview = SectorCsvReader.read(new ByteArrayInputStream(bytes), p);
        assertEquals(new SectorImport.Counts(0, 0, 4, 0), preview.counts(false));
    }

    @Test
    void numbersAreWrittenAsTheyReadBack() {
        assertEquals("120", SectorCsvWriter.number(120.0));
        assertEquals("0.1", SectorCsvWriter.number(0.1));
        assertEquals("-0.0001", SectorCsvWriter.number(-0.0001));
        assertEquals("0", SectorCsvWriter.number(-0.0));
        assertEquals(1e21, SectorCsvPosition.number(SectorCsvWriter.number(1e21)));
    }

    @Test
    void aSelectionIsWrittenAloneAndImportsIntoAnotherProjectAsNewSectors() throws Exception {
        Project from = TestProjects.small();
        List<Sector> chosen = List.of(from.sectors().get(1), from.sectors().get(3));
        String pasted = SectorCsvWriter.text(from, chosen, SectorCsv.TAB);
        Project other = Project.empty("Other");
        SectorImport preview = SectorCsvReader.readPasted(pasted, other);
        assertEquals(new SectorImport.Counts(2, 0, 0, 0), preview.counts(false), preview.rows().toString());
        Project after = preview.applyTo(other, OnExisting.SKIP, false, AT);
        assertEquals(List.of("Semiconductors", "Commercial aircraft"), after.sectors().stream().map(Sector::name).toList());
        Sector chips = after.sectors().get(0);
        assertEquals(from.sectors().get(1).id(), chips.id(), "ids travel, so a later paste updates");
        assertEquals(new Position(-0.4, -0.7), chips.position());
        assertEquals(Placement.Basis.ANALYST, chips.placement().basis());
        assertTrue(chips.evidence().isEmpty(), "evidence does not travel in the sectors CSV");
    }
}
