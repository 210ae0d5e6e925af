package org.sectorscope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectFiles;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;
import org.sectorscope.ui.main.MainWindowViewModel;

/** Open, save and recent files, without a window: the FX executor is the calling thread. */
class MainWindowViewModelTest {
    @TempDir
    Path dir;
    private ProjectSession session;
    private ProjectFiles files;
    private final List<String> errors = new ArrayList<>();
    private MainWindowViewModel vm;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(Project.empty("Untitled"), null, "Untitled");
        files = new ProjectFiles();
        vm = new MainWindowViewModel(session, files, new RecentFiles(dir.resolve("home")), Runnable::run,
                (title, message) -> errors.add(title + ": " + message));
    }

    @AfterEach
    void tearDown() {
        files.close();
    }

    @Test
    void openingTheSampleSelectsItsFirstSectorAndLeavesNoFileToOverwrite() throws Exception {
        assertTrue(vm.openSample().get(10, TimeUnit.SECONDS));
        assertEquals(14, session.project().sectors().size());
        assertEquals(null, session.file(), "Save on the sample must ask where, never overwrite the bundled copy");
        assertEquals("internet-services", session.selection().sectorId());
        assertTrue(vm.statusProperty().get().contains("14 sectors, 80 evidence items, 13 policy options"));
    }

    @Test
    void saveAsThenOpenRoundTripsAndRemembersTheFile() throws Exception {
        vm.openSample().get(10, TimeUnit.SECONDS);
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Chips"));
        Path file = dir.resolve("mine.sectorscope.json");
        assertTrue(vm.saveAs(file).get(10, TimeUnit.SECONDS));
        assertFalse(session.isDirty());
        assertEquals(file, session.file());

        vm.newProject();
        assertEquals(0, session.project().sectors().size());
        assertTrue(vm.open(file).get(10, TimeUnit.SECONDS));
        assertEquals("Chips", session.project().sector("semiconductors").orElseThrow().name());
        waitFor(() -> vm.recentFiles().size() == 1);
        assertEquals(file.toAbsolutePath(), vm.recentFiles().get(0));
    }

    @Test
    void aSecondSaveKeepsTheFirstAsBackup() throws Exception {
        vm.openSample().get(10, TimeUnit.SECONDS);
        Path file = dir.resolve("b.sectorscope.json");
        vm.saveAs(file).get(10, TimeUnit.SECONDS);
        byte[] first = Files.readAllBytes(file);
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Chips"));
        vm.save().get(10, TimeUnit.SECONDS);
        assertTrue(Files.readString(file).contains("\"Chips\""));
        assertEquals(new String(first), Files.readString(dir.resolve("b.sectorscope.json.bak")));
    }

    @Test
    void aFailedSaveSaysWhyKeepsTheProjectDirtyAndTheOldFileIntact() throws Exception {
        vm.openSample().get(10, TimeUnit.SECONDS);
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Chips"));
        Path nowhere = dir.resolve("no-such-folder").resolve("x.sectorscope.json");
        assertFalse(vm.saveAs(nowhere).get(10, TimeUnit.SECONDS));
        assertTrue(session.isDirty());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains(nowhere.toString()), errors.get(0));
        assertTrue(errors.get(0).contains("does not exist"), errors.get(0));
    }

    @Test
    void editsMadeWhileASaveRunsStayUnsaved() throws Exception {
        vm.openSample().get(10, TimeUnit.SECONDS);
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Chips"));
        var saving = vm.saveAs(dir.resolve("c.sectorscope.json"));
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Microchips"));
        assertTrue(saving.get(10, TimeUnit.SECONDS));
        assertTrue(session.isDirty(), "the second rename was not in the saved snapshot");
        session.undo();
        assertFalse(session.isDirty(), "undoing back to the saved snapshot is clean");
    }

    @Test
    void openingAMissingFileReportsItAndKeepsTheCurrentProject() throws Exception {
        vm.openSample().get(10, TimeUnit.SECONDS);
        Path missing = dir.resolve("gone.sectorscope.json");
        assertFalse(vm.open(missing).get(10, TimeUnit.SECONDS));
        assertEquals(List.of("Could not open the project: " + missing + ": no such file"), errors);
        assertEquals(14, session.project().sectors().size());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
