package org.sectorscope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.EvidenceCsvReader;
import org.sectorscope.store.EvidenceCsvWriter;
import org.sectorscope.store.EvidenceImport;
import org.sectorscope.store.OnExisting;
import org.sectorscope.ui.evidence.EvidenceImportDialogViewModel.PreviewRow;

class EvidenceImportDialogViewModelTest {
    private static final Project SMALL = TestProjects.small();

    /** ev-solar-1 with a new quote. */
    private static Evidence solar1Requoted() {
        Evidence e = SMALL.sector(TestProjects.SOLAR).orElseThrow().evidence().get(0);
        return new Evidence(e.id(), "Requoted.", e.note(), e.sourceId(), e.page(), e.reliability(), e.credibility(),
                e.bearing(), e.tags(), e.added(), e.extras());
    }

    /** The small project's evidence exported after {@code edit}, plus {@code extra} lines, read against it. */
    private static EvidenceImportDialogViewModel preview(Project edited, String extra) throws Exception {
        EvidenceImport read = EvidenceCsvReader.read(new StringReader(EvidenceCsvWriter.toText(edited) + extra),
                SMALL, "2026-12-01");
        return new EvidenceImportDialogViewModel(read, "in.csv");
    }

    /** Solar's first item requoted, Biotech's graded A2, a new item for aircraft, and an unknown sector. */
    private static EvidenceImportDialogViewModel mixed() throws Exception {
        Evidence biotech = SMALL.sector(TestProjects.BIOTECH).orElseThrow().evidence().get(0);
        Evidence regraded = new Evidence(biotech.id(), biotech.quote(), biotech.note(), biotech.sourceId(),
                biotech.page(), Reliability.A, 2, biotech.bearing(), biotech.tags(), biotech.added(), biotech.extras());
        Project edited = SMALL
                .withSector(TestProjects.SOLAR, s -> s.withEvidence(List.of(solar1Requoted(), s.evidence().get(1))))
                .withSector(TestProjects.BIOTECH, s -> s.withEvidence(List.of(regraded)))
                .withSector(TestProjects.AIRCRAFT, s -> s.withEvidence(List.of(new Evidence("ev-new", "Orders.", null,
                        null, null, Reliability.B, 2, null, List.of(), "2026-11-01", null))));
        return preview(edited, "Nowhere,,,q,,,,B,2,,,,\r\n");
    }

    @Test
    void theChoiceStartsAtSkipSoNothingIsOverwrittenUnasked() throws Exception {
        EvidenceImportDialogViewModel vm = mixed();
        assertEquals(OnExisting.SKIP, vm.choice());
        assertTrue(vm.hasUpdates());
        assertEquals("1 new, 2 skipped, 3 unchanged, 1 error.", vm.summary());
        assertEquals("Import 1 item", vm.importLabel());
        assertTrue(vm.canImport());
        List<String> statuses = vm.rows().stream().map(vm::status).toList();
        assertEquals(List.of("skip (differs: quote)", "unchanged", "unchanged", "unchanged",
                "skip (differs: grade)", "\u2713 new", "unknown sector \"Nowhere\""), statuses);
    }

    @Test
    void choosingUpdateChangesTheCountsTheLabelAndTheStatuses() throws Exception {
        EvidenceImportDialogViewModel vm = mixed();
        List<String> labels = new ArrayList<>();
        vm.importLabelProperty().addListener((o, was, now) -> labels.add(now));
        vm.onExistingProperty().set(OnExisting.UPDATE);
        assertEquals("1 new, 2 to update, 3 unchanged, 1 error.", vm.summary());
        assertEquals(List.of("Import 1, update 2"), labels, "the button follows the choice");
        PreviewRow first = vm.rows().get(0);
        assertEquals("update: quote", vm.status(first));
        assertFalse(vm.rows().get(6).ready());

        vm.onExistingProperty().set(OnExisting.SKIP);
        assertEquals("1 new, 2 skipped, 3 unchanged, 1 error.", vm.summary());
        assertEquals("Import 1 item", vm.importLabel());
    }

    @Test
    void withOnlyDifferingItemsSkipWouldChangeNothingAndSaysSo() throws Exception {
        EvidenceImportDialogViewModel vm = preview(SMALL.withSector(TestProjects.SOLAR,
                s -> s.withEvidence(List.of(solar1Requoted(), s.evidence().get(1)))), "");
        assertEquals("1 skipped, 4 unchanged. Nothing would change; choose Update to replace the item that differs.",
                vm.summary());
        assertFalse(vm.canImport());
        vm.onExistingProperty().set(OnExisting.UPDATE);
        assertTrue(vm.canImport());
        assertEquals("Update 1 item", vm.importLabel());
        assertEquals("1 to update, 4 unchanged.", vm.summary());
    }

    @Test
    void anUnchangedFileCannotBeImportedWhateverTheChoice() throws Exception {
        EvidenceImportDialogViewModel vm = preview(SMALL, "");
        assertFalse(vm.hasUpdates(), "the choice is moot");
        assertEquals("5 unchanged. Nothing would change.", vm.summary());
        assertFalse(vm.canImport());
        vm.onExistingProperty().set(OnExisting.UPDATE);
        assertFalse(vm.canImport());
        assertEquals("5 unchanged. Nothing would change.", vm.summary());
    }
}
