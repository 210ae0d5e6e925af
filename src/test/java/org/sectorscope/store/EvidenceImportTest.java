package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.EvidenceImport.Counts;
import org.sectorscope.store.OnExisting;
import org.sectorscope.store.EvidenceImportRow.Status;

/** Re-importing evidence the project already has: new, update, unchanged or error, and Skip or Update. */
class EvidenceImportTest {
    private static final String TODAY = "2026-12-01";
    private static final Project SMALL = TestProjects.small();

    private static Evidence item(String sectorId, int index) {
        return SMALL.sector(sectorId).orElseThrow().evidence().get(index);
    }

    /** The item as the writer exports it, placed in {@code sectorId}. */
    private static String line(String sectorId, Evidence e) {
        return String.join(",", EvidenceCsvWriter.cells(SMALL.sector(sectorId).orElseThrow(), e,
                new EvidenceCsvWriter.BearingNames(SMALL)).stream()
                .map(EvidenceCsvWriter::cell).toList()) + "\r\n";
    }

    private static EvidenceImport read(Project project, String... lines) throws CsvImportException {
        return EvidenceCsvReader.read(new StringReader(String.join(",", EvidenceCsv.COLUMNS) + "\r\n"
                + String.join("", lines)), project, TODAY);
    }

    /** ev-solar-1 with a new quote and grade A1. */
    private static Evidence solar1Edited() {
        Evidence e = item(TestProjects.SOLAR, 0);
        return new Evidence(e.id(), "A new quote.", e.note(), e.sourceId(), e.page(), Reliability.A, 1, e.bearing(),
                e.tags(), e.added(), e.extras());
    }

    private static final Evidence FRESH = new Evidence("ev-fresh", "Orders are domestic.", null, null, null,
            Reliability.C, 2, null, List.of(), "2026-11-30", null);

    /** Line 2 unchanged, 3 an update in place, 4 a move to Biotech, 5 new, 6 an id used twice, 7 a bad grade. */
    private static EvidenceImport mixed(Project project) throws CsvImportException {
        String badGrade = line(TestProjects.CHIPS, item(TestProjects.CHIPS, 1)).replace(",F,6,", ",Z,6,");
        return read(project,
                line(TestProjects.SOLAR, item(TestProjects.SOLAR, 1)),
                line(TestProjects.SOLAR, solar1Edited()),
                line(TestProjects.BIOTECH, item(TestProjects.CHIPS, 0)),
                line(TestProjects.AIRCRAFT, FRESH),
                line(TestProjects.SOLAR, item(TestProjects.SOLAR, 1)),
                badGrade);
    }

    @Test
    void eachRowIsNewAnUpdateUnchangedOrAnError() throws Exception {
        EvidenceImport preview = mixed(SMALL);
        assertEquals(List.of(Status.UNCHANGED, Status.UPDATE, Status.UPDATE, Status.NEW, Status.ERROR, Status.ERROR),
                preview.rows().stream().map(EvidenceImportRow::status).toList());
        assertEquals(new Counts(1, 2, 1, 2), preview.counts());
        assertEquals("quote, grade", preview.rows().get(1).changeSummary());
        EvidenceImportRow moved = preview.rows().get(2);
        assertEquals("sector", moved.changeSummary(), "an id of another sector is that item, moving");
        assertEquals(TestProjects.CHIPS, moved.existing().sectorId());
        assertEquals(TestProjects.BIOTECH, moved.sectorId());
        assertEquals("id \"ev-solar-2\" is already used by the row on line 2", preview.rows().get(4).error());
        assertEquals("reliability \"Z\" is not one of A-F", preview.rows().get(5).error());
    }

    @Test
    void aBlankAddedKeepsTheItemsDateWhileAnotherDateIsAChange() throws Exception {
        Evidence solar1 = item(TestProjects.SOLAR, 0);
        String blankAdded = line(TestProjects.SOLAR, solar1).replace(",2024-01-10\r\n", ",\r\n");
        EvidenceImportRow kept = read(SMALL, blankAdded).rows().get(0);
        assertEquals(Status.UNCHANGED, kept.status(), "a blank date means today only for a new item");
        assertEquals("2024-01-10", kept.evidence().added());

        String otherDate = line(TestProjects.SOLAR, solar1).replace(",2024-01-10\r\n", ",2025-05-05\r\n");
        assertEquals("added", read(SMALL, otherDate).rows().get(0).changeSummary());
    }

    @Test
    void fieldsTheCsvCannotCarryAreNeitherAChangeNorLostByAnUpdate() throws Exception {
        Evidence solar1 = item(TestProjects.SOLAR, 0);
        Extras kept = Extras.of(Map.of("reviewer", "J. Doe"));
        Project withExtras = SMALL.withSector(TestProjects.SOLAR, s -> s.withEvidence(List.of(
                new Evidence(solar1.id(), solar1.quote(), solar1.note(), solar1.sourceId(), solar1.page(),
                        solar1.reliability(), solar1.credibility(), solar1.bearing(), solar1.tags(), solar1.added(),
                        kept), item(TestProjects.SOLAR, 1))));
        EvidenceImport preview = read(withExtras, line(TestProjects.SOLAR, solar1Edited()));
        assertEquals("quote, grade", preview.rows().get(0).changeSummary());
        Evidence updated = preview.applyTo(withExtras, OnExisting.UPDATE).sector(TestProjects.SOLAR).orElseThrow()
                .evidence().get(0);
        assertEquals("A new quote.", updated.quote());
        assertEquals(kept, updated.extras());
    }

    @Test
    void skipAddsOnlyTheNewRows() throws Exception {
        Project applied = mixed(SMALL).applyTo(SMALL, OnExisting.SKIP);
        Project expected = SMALL.withSector(TestProjects.AIRCRAFT, s -> s.withEvidence(List.of(FRESH)));
        assertEquals(expected, applied);
    }

    @Test
    void updateReplacesItemsInPlaceAndMovesOneToTheEndOfItsNewSector() throws Exception {
        Project applied = mixed(SMALL).applyTo(SMALL, OnExisting.UPDATE);
        assertEquals(List.of(solar1Edited(), item(TestProjects.SOLAR, 1)),
                applied.sector(TestProjects.SOLAR).orElseThrow().evidence(), "order kept");
        assertEquals(List.of(item(TestProjects.CHIPS, 1)), applied.sector(TestProjects.CHIPS).orElseThrow().evidence());
        assertEquals(List.of(item(TestProjects.BIOTECH, 0), item(TestProjects.CHIPS, 0)),
                applied.sector(TestProjects.BIOTECH).orElseThrow().evidence());
        assertEquals(List.of(FRESH), applied.sector(TestProjects.AIRCRAFT).orElseThrow().evidence());
        assertEquals(applied, mixed(SMALL).applyTo(SMALL), "the one-argument form is the fullest import");
    }

    @Test
    void withNothingToDoTheProjectItselfComesBack() throws Exception {
        EvidenceImport preview = read(SMALL, line(TestProjects.SOLAR, solar1Edited()));
        assertSame(SMALL, preview.applyTo(SMALL, OnExisting.SKIP));
    }

    @Test
    void anItemEditedOrAnIdTakenSinceTheReadIsNotOverwritten() throws Exception {
        EvidenceImport preview = mixed(SMALL);
        Project edited = SMALL.withSector(TestProjects.SOLAR, s -> s.withEvidence(List.of(
                new Evidence("ev-solar-1", "Edited meanwhile.", null, null, null, Reliability.B, 2, null, List.of(),
                        null, null), item(TestProjects.SOLAR, 1))));
        assertEquals("evidence item ev-solar-1 has changed since the file was read",
                assertThrows(IllegalArgumentException.class, () -> preview.applyTo(edited, OnExisting.UPDATE))
                        .getMessage());
        Project taken = SMALL.withSector(TestProjects.BIOTECH, s -> s.withEvidence(List.of(FRESH)));
        assertEquals("evidence id ev-fresh is already used",
                assertThrows(IllegalArgumentException.class, () -> preview.applyTo(taken, OnExisting.SKIP))
                        .getMessage());
    }

    @Test
    void theSampleExportedAndReadBackIsAllUnchangedAndUpdatingChangesNothing() throws Exception {
        Project sample = ProjectStore.loadSample();
        EvidenceImport preview = EvidenceCsvReader.read(new StringReader(EvidenceCsvWriter.toText(sample)), sample,
                TODAY);
        assertEquals(new Counts(0, 0, sample.evidenceCount(), 0), preview.counts());
        assertSame(sample, preview.applyTo(sample, OnExisting.UPDATE));
    }

    @Test
    void theSmallProjectWithUndatedItemsRoundTripsUnchangedToo() throws Exception {
        EvidenceImport preview = EvidenceCsvReader.read(new StringReader(EvidenceCsvWriter.toText(SMALL)), SMALL,
                TODAY);
        assertEquals(new Counts(0, 0, TestProjects.SMALL_EVIDENCE, 0), preview.counts());
        assertEquals(SMALL, preview.applyTo(SMALL, OnExisting.UPDATE));
    }
}
