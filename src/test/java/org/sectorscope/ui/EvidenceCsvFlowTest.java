package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.EvidenceCsvWriter;
import org.sectorscope.store.EvidenceImport;
import org.sectorscope.store.OnExisting;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.evidence.EvidenceImportDialogViewModel;

/** Evidence CSV export and the import preview as the main window drives them, without a window. */
class EvidenceCsvFlowTest {
    private static final String HEADER = "sector,quote,note,source,reliability,credibility,axis,toward,tags\n";
    @TempDir
    Path dir;
    private ProjectSession session;
    private ProjectFiles files;
    private final StubDialogs dialogs = new StubDialogs();
    private final List<String> errors = dialogs.errors;
    private ProjectDocument document;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        files = new ProjectFiles();
        document = new ProjectDocument(session, files, new RecentFiles(dir.resolve("home")), Runnable::run, dialogs);
    }

    @AfterEach
    void tearDown() {
        files.close();
    }

    private Path csv(String text) throws Exception {
        Path file = dir.resolve("in.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aPreviewChangesNothingAndConfirmingAddsTheGoodRowsAsOneStep() throws Exception {
        Path file = csv(HEADER
                + "Commercial aircraft,\"Orders, mostly domestic.\",,src-naughton,B,2,x,high,orders\n"
                + "Commercial aircraft,Bad grade,,,Z,2,,,\n"
                + "Biotech,,\"Two\nlines\",,A,1,,,\n");
        EvidenceImport preview = document.evidenceCsv().read(file).get(10, TimeUnit.SECONDS);
        assertEquals(TestProjects.small(), session.project(), "reading is only a preview");

        EvidenceImportDialogViewModel dialog = new EvidenceImportDialogViewModel(preview, "in.csv");
        assertEquals("2 new, 1 error.", dialog.summary());
        assertEquals("Import 2 items", dialog.importLabel());
        assertEquals(List.of(2, 3, 4), dialog.rows().stream().map(EvidenceImportDialogViewModel.PreviewRow::line)
                .toList());
        assertEquals("reliability \"Z\" is not one of A-F", dialog.rows().get(1).problem());
        assertEquals("Two lines", dialog.rows().get(2).text(), "the preview shows a multi-line note on one line");

        assertEquals(2, document.evidenceCsv().apply(preview, OnExisting.SKIP, "in.csv"));
        Project after = session.project();
        List<Evidence> aircraft = after.sector(TestProjects.AIRCRAFT).orElseThrow().evidence();
        assertEquals(1, aircraft.size());
        assertEquals("Orders, mostly domestic.", aircraft.get(0).quote());
        assertEquals("Two\nlines", after.sector(TestProjects.BIOTECH).orElseThrow().evidence().get(1).note());
        assertEquals("Imported 2 evidence items from in.csv", document.statusProperty().get());
        assertEquals("Undo Import 2 evidence items", session.undoTextProperty().get());
        session.undo();
        assertEquals(TestProjects.small(), session.project());
    }

    @Test
    void anUnreadableFileIsOneMessageNamingItAndNoPreview() throws Exception {
        Path file = csv("quote,note\nx,y\n");
        assertNull(document.evidenceCsv().read(file).get(10, TimeUnit.SECONDS));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not import evidence: " + file.getFileName() + ": "), errors.get(0));
        assertTrue(errors.get(0).contains("reliability"), errors.get(0));

        assertNull(document.evidenceCsv().read(dir.resolve("missing.csv")).get(10, TimeUnit.SECONDS));
        assertEquals("Could not import evidence: missing.csv: does not exist.", errors.get(1));
    }

    @Test
    void aPreviewWithNoGoodRowCannotBeImported() throws Exception {
        EvidenceImport preview = document.evidenceCsv().read(csv(HEADER + "Nowhere,q,,,B,2,,,\n")).get(10, TimeUnit.SECONDS);
        EvidenceImportDialogViewModel dialog = new EvidenceImportDialogViewModel(preview, "in.csv");
        assertFalse(dialog.canImport());
        assertEquals("1 error. Nothing would change.", dialog.summary());
        assertEquals(0, document.evidenceCsv().apply(preview, OnExisting.SKIP, "in.csv"));
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void exportWritesEveryItemAndReimportingItIntoAnEmptiedCopyRestoresTheEvidence() throws Exception {
        Path out = dir.resolve("evidence.csv");
        assertTrue(document.evidenceCsv().export(out).get(10, TimeUnit.SECONDS));
        assertEquals("Exported 5 evidence items to " + out, document.statusProperty().get());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFsector,sectorId,id,quote,note,source,page,reliability,credibility,axis,"
                + "toward,tags,added\r\n"), text);
        assertEquals(1 + TestProjects.SMALL_EVIDENCE, text.split("\r\n").length);

        Project emptied = TestProjects.small().withSectors(TestProjects.small().sectors().stream()
                .map(s -> s.withEvidence(List.of())).toList());
        session.open(emptied, null, "emptied");
        EvidenceImport preview = document.evidenceCsv().read(out).get(10, TimeUnit.SECONDS);
        assertEquals(TestProjects.SMALL_EVIDENCE, document.evidenceCsv().apply(preview, OnExisting.SKIP, "evidence.csv"));
        // A blank "added" becomes the import day, so compare everything else, and "added" where it was set.
        assertEquals(facts(TestProjects.small()), facts(session.project()));
        assertEquals("2024-01-10", session.project().sector(TestProjects.SOLAR).orElseThrow().evidence().get(0).added());
    }

    @Test
    void reimportingTheSamplesExportWithUpdateChangesNothingAndPushesNoStep() throws Exception {
        Project sample = ProjectStore.loadSample();
        session.open(sample, null, "sample");
        Path out = dir.resolve("sample-evidence.csv");
        assertTrue(document.evidenceCsv().export(out).get(10, TimeUnit.SECONDS));
        dialogs.csvImportAnswer = out;
        List<String> summaries = new ArrayList<>();
        int changed = document.evidenceCsv().importChosenFile((preview, name) -> {
            EvidenceImportDialogViewModel dialog = new EvidenceImportDialogViewModel(preview, name);
            dialog.onExistingProperty().set(OnExisting.UPDATE);
            summaries.add(dialog.summary());
            return Optional.of(dialog.choice());
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(sample.evidenceCount() + " unchanged. Nothing would change."), summaries);
        assertEquals(0, changed);
        assertEquals(sample, session.project());
        assertFalse(session.canUndoProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void updatingAndAddingFromOneFileIsOneUndoStep() throws Exception {
        Project small = TestProjects.small();
        Evidence solar1 = small.sector(TestProjects.SOLAR).orElseThrow().evidence().get(0);
        Evidence requoted = new Evidence(solar1.id(), "Requoted.", solar1.note(), solar1.sourceId(), solar1.page(),
                solar1.reliability(), solar1.credibility(), solar1.bearing(), solar1.tags(), solar1.added(), null);
        Evidence fresh = new Evidence("ev-new", "Orders.", null, null, null, Reliability.B, 2, null, List.of(),
                "2026-11-01", null);
        Project edited = small
                .withSector(TestProjects.SOLAR, s -> s.withEvidence(List.of(requoted, s.evidence().get(1))))
                .withSector(TestProjects.AIRCRAFT, s -> s.withEvidence(List.of(fresh)));
        Path file = csv(EvidenceCsvWriter.toText(edited));
        EvidenceImport preview = document.evidenceCsv().read(file).get(10, TimeUnit.SECONDS);

        assertEquals(2, document.evidenceCsv().apply(preview, OnExisting.UPDATE, "in.csv"));
        assertEquals(edited, session.project());
        assertEquals("Imported 1 evidence item and updated 1 from in.csv", document.statusProperty().get());
        assertEquals("Undo Import 1 evidence item and update 1", session.undoTextProperty().get());
        session.undo();
        assertEquals(small, session.project());
        assertFalse(session.canUndoProperty().get(), "the import was a single step");
    }

    private static List<String> facts(Project p) {
        return p.sectors().stream().flatMap(s -> s.evidence().stream().map(e -> String.join("|", s.id(), e.id(),
                String.valueOf(e.quote()), String.valueOf(e.note()), String.valueOf(e.sourceId()),
                String.valueOf(e.page()), e.grade(), e.bearing().toString(), e.tags().toString()))).toList();
    }
}
