package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecentFiles;

/** Open, save and recent files, without a window: the FX executor is the calling thread. */
class ProjectDocumentTest {
    @TempDir
    Path dir;
    private ProjectSession session;
    private ProjectFiles files;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> errors = dialogs.errors;
    private ProjectDocument document;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(Project.empty("Untitled"), null, "Untitled");
        files = new ProjectFiles();
        document = new ProjectDocument(session, files, new RecentFiles(dir.resolve("home")), Runnable::run, dialogs);
    }

    @AfterEach
    void tearDown() {
        files.close();
    }

    @Test
    void openingTheSampleSelectsItsFirstSectorAndLeavesNoFileToOverwrite() throws Exception {
        assertTrue(document.openSample().get(10, TimeUnit.SECONDS));
        assertEquals(14, session.project().sectors().size());
        assertEquals(null, session.file(), "Save on the sample must ask where, never overwrite the bundled copy");
        assertEquals("internet-services", session.selection().sectorId());
        assertTrue(document.statusProperty().get().contains("14 sectors, 80 evidence items, 13 policy options"));
    }

    @Test
    void saveAsThenOpenRoundTripsAndRemembersTheFile() throws Exception {
        document.openSample().get(10, TimeUnit.SECONDS);
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Chips"));
        Path file = dir.resolve("mine.sectorscope.json");
        assertTrue(document.saveAs(file).get(10, TimeUnit.SECONDS));
        assertFalse(session.isDirty());
        assertEquals(file, session.file());

        document.newProject();
        assertEquals(0, session.project().sectors().size());
        assertTrue(document.open(file).get(10, TimeUnit.SECONDS));
        assertEquals("Chips", session.project().sector("semiconductors").orElseThrow().name());
        waitFor(() -> document.recentFiles().size() == 1);
        assertEquals(file.toAbsolutePath(), document.recentFiles().get(0));
    }

    /**
     * Save As takes the new file's lock on the write thread; moving on at once must not leave that lock
     * for a later open to find (it once did: the open saw our own lock as another Sectorscope's). The
     * document runs on one thread of its own here, as on the FX thread in the app.
     */
    @Test
    void openingAFileJustSavedAsAndLeftFindsItUnlocked() throws Exception {
        ExecutorService fxThread = Executors.newSingleThreadExecutor();
        try {
            ProjectDocument doc = new ProjectDocument(session, files, new RecentFiles(dir.resolve("home")),
                    fxThread, dialogs);
            onFx(fxThread, doc::openSample);
            for (int round = 0; round < 40; round++) {
                Path file = dir.resolve("race-" + round + ".sectorscope.json");
                assertTrue(onFx(fxThread, () -> doc.saveAs(file)));
                assertTrue(onFx(fxThread, () -> {
                    doc.newProject();
                    return doc.open(file);
                }), "round " + round + ": " + dialogs.asked);
                assertEquals(file, session.file());
            }
        } finally {
            fxThread.shutdownNow();
        }
    }

    /** Runs {@code action} on the document's thread and waits for what it starts to finish. */
    private static boolean onFx(ExecutorService fxThread, Callable<CompletableFuture<Boolean>> action) throws Exception {
        return fxThread.submit(action).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSecondSaveKeepsTheFirstAsBackup() throws Exception {
        document.openSample().get(10, TimeUnit.SECONDS);
        Path file = dir.resolve("b.sectorscope.json");
        document.saveAs(file).get(10, TimeUnit.SECONDS);
        byte[] first = Files.readAllBytes(file);
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Chips"));
        document.save().get(10, TimeUnit.SECONDS);
        assertTrue(Files.readString(file).contains("\"Chips\""));
        assertEquals(new String(first), Files.readString(dir.resolve("b.sectorscope.json.bak")));
    }

    @Test
    void aFailedSaveSaysWhyKeepsTheProjectDirtyAndTheOldFileIntact() throws Exception {
        document.openSample().get(10, TimeUnit.SECONDS);
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Chips"));
        Path nowhere = dir.resolve("no-such-folder").resolve("x.sectorscope.json");
        assertFalse(document.saveAs(nowhere).get(10, TimeUnit.SECONDS));
        assertTrue(session.isDirty());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains(nowhere.toString()), errors.get(0));
        assertTrue(errors.get(0).contains("does not exist"), errors.get(0));
    }

    @Test
    void editsMadeWhileASaveRunsStayUnsaved() throws Exception {
        document.openSample().get(10, TimeUnit.SECONDS);
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Chips"));
        var saving = document.saveAs(dir.resolve("c.sectorscope.json"));
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Microchips"));
        assertTrue(saving.get(10, TimeUnit.SECONDS));
        assertTrue(session.isDirty(), "the second rename was not in the saved snapshot");
        session.undo();
        assertFalse(session.isDirty(), "undoing back to the saved snapshot is clean");
    }

    @Test
    void openingAMissingFileReportsItAndKeepsTheCurrentProject() throws Exception {
        document.openSample().get(10, TimeUnit.SECONDS);
        Path missing = dir.resolve("gone.sectorscope.json");
        assertFalse(document.open(missing).get(10, TimeUnit.SECONDS));
        assertEquals(List.of("Could not open the project: gone.sectorscope.json: no such file."), errors);
        assertEquals(java.util.Collections.singletonList("File: " + missing), dialogs.errorDetails,
                "the full path behind Details");
        assertEquals(14, session.project().sectors().size());
    }

    @Test
    void aTextFileNamedLikeAProjectIsToldWhatItIsNotWithTheParsersWordsAsDetails() throws Exception {
        document.openSample().get(10, TimeUnit.SECONDS);
        Path notes = dir.resolve("x.sectorscope.json");
        java.nio.file.Files.writeString(notes, "Meeting notes\nSemiconductors: discuss\n");
        assertFalse(document.open(notes).get(10, TimeUnit.SECONDS));
        assertEquals(List.of("Could not open the project: x.sectorscope.json is not a Sectorscope project: it does not"
                + " start with a JSON object."), errors);
        String details = dialogs.errorDetails.get(0);
        assertTrue(details.startsWith("invalid JSON: Unrecognized token 'Meeting'"), details);
        assertTrue(details.contains("(line 1, column ") && details.endsWith("File: " + notes), details);
        assertEquals(14, session.project().sectors().size(), "the open project stays");
    }

    @Test
    void aDamagedProjectSaysSoWithWhereItBroke() throws Exception {
        Path broken = dir.resolve("broken.sectorscope.json");
        java.nio.file.Files.writeString(broken, "{\n  \"format\": \"sectorscope-project\",\n  \"schemaVersion\": 1\n"
                + "  \"project\": {}\n}\n");
        assertFalse(document.open(broken).get(10, TimeUnit.SECONDS));
        assertEquals(List.of("Could not open the project: broken.sectorscope.json is damaged: its text is not valid"
                + " JSON at line 4, column 3, so it cannot be read as a project."), errors);
        assertTrue(dialogs.errorDetails.get(0).startsWith("invalid JSON: Unexpected character"), dialogs.errorDetails.get(0));
    }

    /**
     * Issue 13: the lock taken after Save As fails (the folder vanished, as a network share can). Once the
     * project has moved on the failure is dropped, never dereferenced; while the file is open, the status
     * line says it is not locked.
     */
    @Test
    void aLockThatFailsAfterSaveAsIsToldNotThrown() throws Exception {
        LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
        ProjectDocument queued = new ProjectDocument(session, files, new RecentFiles(dir.resolve("home")), fx::add,
                dialogs);
        Path folder = dir.resolve("share");
        Path file = folder.resolve("briefing.sectorscope.json");

        saveAsThenLoseTheFolder(queued, fx, file, queued::newProject);
        assertEquals("New project", queued.statusProperty().get(), "nothing to say about a file no longer open");

        saveAsThenLoseTheFolder(queued, fx, file, () -> { });
        assertTrue(queued.statusProperty().get().startsWith("Saved " + file + ", but could not lock it against a second "
                + "writer ("), queued.statusProperty().get());
        assertEquals(List.of(), errors);
    }

    /**
     * The opened file is shown in one FX task and its first sector selected in the next, so a large
     * project's panes are not filled and scrolled to a selection in one stall; a selection made in
     * between is kept.
     */
    @Test
    void anOpenedFilesFirstSectorIsSelectedInATaskOfItsOwnAndASelectionMadeMeanwhileIsKept() throws Exception {
        Path first = dir.resolve("first.sectorscope.json");
        Path second = dir.resolve("second.sectorscope.json");
        ProjectStore.save(ProjectStore.loadSample(), first);
        ProjectStore.save(ProjectStore.loadSample(), second);
        LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
        ProjectDocument queued = new ProjectDocument(session, files, new RecentFiles(dir.resolve("home-q")), fx::add,
                dialogs);

        var opening = queued.open(first);
        while (!opening.isDone()) {
            fx.take().run();
        }
        assertEquals(first, session.file());
        assertEquals(null, session.selection().sectorId(), "shown, not selected yet");
        for (Runnable r = fx.poll(); r != null; r = fx.poll()) {
            r.run();
        }
        assertEquals("internet-services", session.selection().sectorId());

        opening = queued.open(second);
        while (!opening.isDone()) {
            fx.take().run();
        }
        session.selection().selectSector("semiconductors"); // the user was quicker
        for (Runnable r = fx.poll(); r != null; r = fx.poll()) {
            r.run();
        }
        assertEquals(second, session.file());
        assertEquals("semiconductors", session.selection().sectorId());
        assertEquals(List.of(), errors);
    }

    /**
     * In a window the first selection waits for the frame that shows the opened file: it goes through the
     * executor the window gave, not the next FX task.
     */
    @Test
    void anOpenedFilesFirstSectorIsSelectedThroughTheWindowsAfterFrameExecutor() throws Exception {
        Path file = dir.resolve("first.sectorscope.json");
        ProjectStore.save(ProjectStore.loadSample(), file);
        LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<Runnable> afterFrame = new LinkedBlockingQueue<>();
        ProjectDocument queued = new ProjectDocument(session, files, new RecentFiles(dir.resolve("home-f")), fx::add,
                dialogs);
        queued.selectFirstAfter(afterFrame::add);

        var opening = queued.open(file);
        while (!opening.isDone()) {
            fx.take().run();
        }
        for (Runnable r = fx.poll(); r != null; r = fx.poll()) {
            r.run();
        }
        assertEquals(file, session.file());
        assertEquals(null, session.selection().sectorId(), "every FX task run, and still no selection before the frame");
        assertEquals(1, afterFrame.size(), "the selection waits for the frame");
        afterFrame.take().run();
        assertEquals("internet-services", session.selection().sectorId());
        assertEquals(List.of(), errors);
    }

    /** Saves as {@code file}, runs {@code meanwhile}, removes the file's folder, then lets the lock be taken. */
    private void saveAsThenLoseTheFolder(ProjectDocument queued, LinkedBlockingQueue<Runnable> fx, Path file,
                                         Runnable meanwhile) throws Exception {
        Files.createDirectories(file.getParent());
        var saving = queued.saveAs(file);
        files.run(() -> { }).get(10, TimeUnit.SECONDS);
        CountDownLatch hold = new CountDownLatch(1);
        files.run(() -> {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (!saving.isDone()) {
            fx.take().run(); // the save's answer: the lock is asked for, behind the hold
        }
        meanwhile.run();
        try (var inside = Files.list(file.getParent())) {
            for (Path p : inside.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(file.getParent());
        hold.countDown();
        files.run(() -> { }).get(10, TimeUnit.SECONDS);
        for (Runnable r = fx.poll(); r != null; r = fx.poll()) {
            r.run();
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached within 10 s");
            }
            Thread.sleep(20);
        }
    }

    /** Issue 19, point 1: the status line tells the last action; an old error does not outlive the next edit. */
    @Test
    void theStatusLineTellsTheLastActionAndAnErrorGivesWayToTheNextEdit() throws Exception {
        document.openSample().get(10, TimeUnit.SECONDS);
        assertFalse(document.open(dir.resolve("gone.sectorscope.json")).get(10, TimeUnit.SECONDS));
        assertEquals("Could not open the project", document.statusProperty().get());

        session.execute(org.sectorscope.command.RenameSectorCommand.of(session.project(), "internet-services", "Platforms"));
        assertEquals("Done: Rename Internet services (Ctrl+Z undoes it)", document.statusProperty().get());
        session.undo();
        assertEquals("Undid Rename Internet services", document.statusProperty().get());
        session.redo();
        assertEquals("Redid Rename Internet services", document.statusProperty().get());

        var sector = session.project().sector("internet-services").orElseThrow();
        session.execute(org.sectorscope.command.EditEvidenceCommand.remove(session.project(), sector.id(),
                sector.evidence().get(0).id()));
        assertEquals("Deleted evidence from Platforms; Ctrl+Z restores it", document.statusProperty().get(),
                "a deletion says how to get it back");
    }
}
