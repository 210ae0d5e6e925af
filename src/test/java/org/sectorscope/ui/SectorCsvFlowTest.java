package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectDocument;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.session.SectorCsvActions.Choice;
import org.sectorscope.store.OnExisting;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.sectors.SectorImportDialogViewModel;
import org.sectorscope.ui.sectors.SectorScopes;

/** Sectors from and to CSV and pasted rows as the Sectors menu drives them, without a window. */
class SectorCsvFlowTest {
    @TempDir
    Path dir;
    private ProjectSession session;
    private ProjectFiles files;
    private final StubDialogs dialogs = new StubDialogs();
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

    /** Imports the chosen file through the preview, choosing as {@code choose} says; answers the summary. */
    private String importFile(String csv, Choice choice) throws Exception {
        Path file = Files.writeString(dir.resolve("in.csv"), csv, StandardCharsets.UTF_8);
        dialogs.csvImportAnswer = file;
        List<String> summaries = new ArrayList<>();
        document.sectorCsv().importChosenFile((preview, what) -> {
            assertEquals(TestProjects.small(), session.project(), "reading is only a preview");
            SectorImportDialogViewModel dialog = new SectorImportDialogViewModel(preview, what, session.project());
            dialog.onExistingProperty().set(choice.onExisting());
            dialog.addDriversProperty().set(choice.addDrivers());
            summaries.add(dialog.summary());
            return dialog.canImport() ? Optional.of(dialog.choice()) : Optional.empty();
        }).get(10, TimeUnit.SECONDS);
        return summaries.get(0);
    }

    @Test
    void aConfirmedImportIsOneUndoStepAddingSectorsAndTheirNewDriver() throws Exception {
        String summary = importFile("name,driver,quadrant\nBatteries,Provincial,A\nRobots,Mixed,D\nBiotech,,\n",
                new Choice(OnExisting.UPDATE, true));
        assertEquals("2 new, 1 to update.", summary);
        Project after = session.project();
        assertEquals(6, after.sectors().size());
        assertEquals("Provincial", after.driverNameOf(after.sectors().get(4)));
        assertEquals("A", after.quadrantOf(after.sectors().get(4)).orElseThrow().letter());
        assertEquals("", after.sector(TestProjects.BIOTECH).orElseThrow().driver(), "an empty driver cell clears it");
        assertEquals("Undo Import 2 sectors and update 1", session.undoTextProperty().get());
        assertEquals("Imported 2 sectors and updated 1 from in.csv, adding 1 driver", document.statusProperty().get());
        session.undo();
        assertEquals(TestProjects.small(), session.project(), "one undo takes the sectors and the driver away");
    }

    @Test
    void aFileWithAProblemRowImportsNothing() throws Exception {
        String summary = importFile("name,x,y\nBatteries,0.5,0.5\nRobots,2,0\n", new Choice(OnExisting.SKIP, false));
        assertEquals("1 new, 1 with a problem. Nothing can be imported until every row is mended.", summary);
        assertEquals(TestProjects.small(), session.project());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void aMissingDriverBlocksUntilTheAnalystAddsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("d.csv"), "name,driver\nBatteries,Provincial\n");
        dialogs.csvImportAnswer = file;
        document.sectorCsv().importChosenFile((preview, what) -> {
            SectorImportDialogViewModel dialog = new SectorImportDialogViewModel(preview, what, session.project());
            assertFalse(dialog.canImport());
            assertEquals("the driver \"Provincial\" is not in the project; add it, or change the row",
                    dialog.status(dialog.rows().get(0)));
            assertEquals("1 with a problem. Nothing can be imported until every row is mended or the missing drivers"
                    + " are added.", dialog.summary());
            assertEquals("Add the driver the project lacks: Provincial", dialog.addDriversText());
            dialog.addDriversProperty().set(true);
            assertTrue(dialog.canImport());
            assertEquals("\u2713 new", dialog.status(dialog.rows().get(0)));
            assertEquals("Import 1 sector", dialog.importLabel());
            return Optional.of(dialog.choice());
        }).get(10, TimeUnit.SECONDS);
        assertEquals(4, session.project().drivers().size());
    }

    @Test
    void exportingTheSampleAndImportingItWithUpdateChangesNothingAndPushesNoStep() throws Exception {
        Project sample = ProjectStore.loadSample();
        session.open(sample, null, "sample");
        Path out = dir.resolve("sample-sectors.csv");
        assertTrue(document.sectorCsv().export(sample.sectors(), out).get(10, TimeUnit.SECONDS));
        assertEquals("Exported " + sample.sectors().size() + " sectors to " + out, document.statusProperty().get());
        dialogs.csvImportAnswer = out;
        List<String> summaries = new ArrayList<>();
        int changed = document.sectorCsv().importChosenFile((preview, name) -> {
            SectorImportDialogViewModel dialog = new SectorImportDialogViewModel(preview, name, session.project());
            dialog.onExistingProperty().set(OnExisting.UPDATE);
            summaries.add(dialog.summary());
            return Optional.of(dialog.choice());
        }).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(sample.sectors().size() + " unchanged. Nothing would change."), summaries);
        assertEquals(0, changed);
        assertEquals(sample, session.project());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void copiedRowsPasteIntoAnotherProjectAndPastingThemBackUpdates() throws Exception {
        List<Sector> chosen = SectorScopes.inOrder(session.project(), List.of(TestProjects.BIOTECH, TestProjects.SOLAR));
        assertEquals(List.of("Solar PV", "Biotech"), chosen.stream().map(Sector::name).toList(), "in project order");
        String rows = document.sectorCsv().rowsToCopy(chosen);
        assertTrue(rows.startsWith("id\tname\tdriver\tx\ty\tquadrant\t"), rows);

        session.open(Project.empty("Other"), null, "other");
        int added = document.sectorCsv().importPasted(rows, (preview, what) -> {
            assertEquals("the pasted rows", what);
            SectorImportDialogViewModel dialog = new SectorImportDialogViewModel(preview, what, session.project());
            assertEquals("\u2713 new; source \"src-kennedy\" left out: not in this project",
                    dialog.status(dialog.rows().get(0)));
            return Optional.of(new Choice(OnExisting.SKIP, false));
        }).get(10, TimeUnit.SECONDS);
        assertEquals(2, added);
        assertEquals(List.of("Solar PV", "Biotech"), session.project().sectors().stream().map(Sector::name).toList());
        assertEquals("Undo Import 2 sectors", session.undoTextProperty().get());
    }

    @Test
    void pastingNothingSaysSoAndChangesNothing() throws Exception {
        assertEquals(0, document.sectorCsv().importPasted("  ", (p, w) -> Optional.empty()).get(10, TimeUnit.SECONDS));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Nothing to paste: "), dialogs.errors.get(0));
        assertEquals(0, document.sectorCsv().importPasted("no header here, just words", (p, w) -> {
            throw new AssertionError("a paste without a name column has no preview");
        }).get(10, TimeUnit.SECONDS));
        assertEquals("Could not import sectors: the pasted rows: the header has no \"name\" column (line 1).",
                dialogs.errors.get(1));
    }

    @Test
    void exportScopesOfferTheSelectionAndTheFilterOnlyWhenTheyDifferFromAll() {
        Project p = TestProjects.small();
        assertEquals(List.of("All 4 sectors"), SectorScopes.of(p, List.of(), null).stream()
                .map(SectorScopes.Scope::label).toList());
        assertEquals(List.of("All 4 sectors", "The 2 sectors selected", "The 1 sector the filter shows"),
                SectorScopes.of(p, List.of(TestProjects.CHIPS, TestProjects.SOLAR), List.of(TestProjects.AIRCRAFT))
                        .stream().map(SectorScopes.Scope::label).toList());
        assertEquals(List.of("All 4 sectors"), SectorScopes.of(p, p.sectors().stream().map(Sector::id).toList(),
                p.sectors().stream().map(Sector::id).toList()).stream().map(SectorScopes.Scope::label).toList());
    }
}
