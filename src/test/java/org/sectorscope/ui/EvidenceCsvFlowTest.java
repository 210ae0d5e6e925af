package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.EvidenceImport;
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
        assertEquals("2 items are ready to import. 1 row has a problem and will be skipped.", dialog.summary());
        assertEquals("Import 2 items", dialog.importLabel());
        assertEquals(List.of(2, 3, 4), dialog.rows().stream().map(EvidenceImportDialogViewModel.PreviewRow::line)
                .toList());
        assertEquals("reliability \"Z\" is not one of A-F", dialog.rows().get(1).problem());
        assertEquals("Two lines", dialog.rows().get(2).text(), "the preview shows a multi-line note on one line");

        assertEquals(2, document.evidenceCsv().apply(preview, "in.csv"));
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
        assertTrue(errors.get(0).startsWith("Could not import evidence: " + file + ": "), errors.get(0));
        assertTrue(errors.get(0).contains("reliability"), errors.get(0));

        assertNull(document.evidenceCsv().read(dir.resolve("missing.csv")).get(10, TimeUnit.SECONDS));
        assertEquals("Could not import evidence: " + dir.resolve("missing.csv") + ": does not exist", errors.get(1));
    }

    @Test
    void aPreviewWithNoGoodRowCannotBeImported() throws Exception {
        EvidenceImport preview = document.evidenceCsv().read(csv(HEADER + "Nowhere,q,,,B,2,,,\n")).get(10, TimeUnit.SECONDS);
        EvidenceImportDialogViewModel dialog = new EvidenceImportDialogViewModel(preview, "in.csv");
        assertFalse(dialog.canImport());
        assertEquals("No row can be imported. 1 row has a problem and will be skipped.", dialog.summary());
        assertEquals(0, document.evidenceCsv().apply(preview, "in.csv"));
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
        assertEquals(TestProjects.SMALL_EVIDENCE, document.evidenceCsv().apply(preview, "evidence.csv"));
        // A blank "added" becomes the import day, so compare everything else, and "added" where it was set.
        assertEquals(facts(TestProjects.small()), facts(session.project()));
        assertEquals("2024-01-10", session.project().sector(TestProjects.SOLAR).orElseThrow().evidence().get(0).added());
    }

    private static List<String> facts(Project p) {
        return p.sectors().stream().flatMap(s -> s.evidence().stream().map(e -> String.join("|", s.id(), e.id(),
                String.valueOf(e.quote()), String.valueOf(e.note()), String.valueOf(e.sourceId()),
                String.valueOf(e.page()), e.grade(), e.bearing().toString(), e.tags().toString()))).toList();
    }
}
