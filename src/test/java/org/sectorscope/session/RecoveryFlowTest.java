package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.session.DocumentFixture.await;
import static org.sectorscope.session.DocumentFixture.chipsName;
import static org.sectorscope.session.DocumentFixture.renamed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.Dialogs.RestoreChoice;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.store.RecoveryJournal;

/**
 * At launch, unsaved work a crash left is offered: Restore puts it on top of its saved file (unsaved and
 * undoable), Discard drops it, Decide Later keeps it for the next launch. Without a file every project's
 * work is offered, then the sample opens unless work was restored; with a file, only that file's.
 */
class RecoveryFlowTest {
    @TempDir
    Path dir;
    private DocumentFixture fixture;
    private ScriptedDialogs dialogs;
    private ProjectSession session;
    private Path journalDir;

    @BeforeEach
    void crashWhileEditing() throws Exception {
        fixture = new DocumentFixture(dir);
        dialogs = fixture.dialogs;
        session = DocumentFixture.untitled();
        journalDir = dir.resolve("recovery");
        DocumentFixture.leaveRecoveryCopy(journalDir, "00000000000000aa", fixture.file, "small.sectorscope.json",
                renamed("Chips (recovered)"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ProjectDocument launch(Path file) throws Exception {
        ProjectDocument document = fixture.document(session, new RecoveryJournal(journalDir));
        await(document.openAtLaunch(file));
        fixture.drainIo();
        return document;
    }

    private int pending() throws Exception {
        return new RecoveryJournal(journalDir).pending().size();
    }

    @Test
    void restoreWithoutAFilePutsTheWorkOnItsSavedFileAndOpensNoSample() throws Exception {
        dialogs.restoreAnswer = RestoreChoice.RESTORE;
        ProjectDocument document = launch(null);
        assertEquals(List.of("restore:small.sectorscope.json"), dialogs.asked);
        assertEquals(List.of(List.of("Sectors renamed (1): Semiconductors \u2192 Chips (recovered)")),
                dialogs.restoreDifferences);
        assertEquals("Chips (recovered)", chipsName(session.project()));
        assertEquals(fixture.file, session.file());
        assertTrue(session.isDirty(), "restored work is unsaved until saved");
        assertEquals("Restored unsaved work on small.sectorscope.json; save to keep it", document.statusProperty().get());
        assertEquals(0, pending(), "offered once");
        session.undo();
        assertEquals(TestProjects.small(), session.project(), "undo goes back to the saved file");
    }

    @Test
    void discardWithoutAFileDropsTheWorkAndOpensTheSample() throws Exception {
        dialogs.restoreAnswer = RestoreChoice.DISCARD;
        launch(null);
        assertEquals(0, pending());
        assertNull(session.file());
        assertEquals(ProjectStore.SAMPLE_NAME + " (sample)", session.displayNameProperty().get());
    }

    @Test
    void decideLaterKeepsTheWorkForTheNextLaunchAndOpensTheSample() throws Exception {
        dialogs.restoreAnswer = RestoreChoice.LATER;
        launch(null);
        assertEquals(1, pending());
        assertEquals(ProjectStore.SAMPLE_NAME + " (sample)", session.displayNameProperty().get());
        assertEquals(TestProjects.small(), ProjectStore.load(fixture.file));
    }

    @Test
    void untitledWorkIsRestoredAsAnUntitledProject() throws Exception {
        Files.delete(journalDir.resolve("file-00000000000000aa-" + DocumentFixture.DEAD_PID + ".meta.json"));
        DocumentFixture.leaveRecoveryCopy(journalDir, "00000000000000bb", null, "Untitled", renamed("Chips (new)"));
        dialogs.restoreAnswer = RestoreChoice.RESTORE;
        launch(null);
        assertEquals(List.of(List.of("The saved file is not available; the whole project is restored as a new, "
                + "unsaved project")), dialogs.restoreDifferences);
        assertNull(session.file());
        assertEquals("Untitled", session.displayNameProperty().get());
        assertEquals("Chips (new)", chipsName(session.project()));
        assertTrue(session.isDirty());
    }

    @Test
    void withAFileOnlyThatFilesWorkIsOfferedAndRestoredOnTopOfIt() throws Exception {
        Path other = dir.resolve("other.sectorscope.json");
        ProjectStore.save(TestProjects.small(), other);
        DocumentFixture.leaveRecoveryCopy(journalDir, "00000000000000cc", other, "other.sectorscope.json",
                renamed("Other"));
        dialogs.restoreAnswer = RestoreChoice.RESTORE;
        launch(fixture.file);
        assertEquals(List.of("restore:small.sectorscope.json"), dialogs.asked);
        assertEquals("Chips (recovered)", chipsName(session.project()));
        assertEquals(fixture.file, session.file());
        assertEquals(List.of("other.sectorscope.json"), new RecoveryJournal(journalDir).pending().stream()
                .map(e -> e.displayName()).toList(), "the other project's work waits for a launch without a file");
    }

    @Test
    void withAFileDecideLaterOpensTheFileAsSavedAndKeepsTheWork() throws Exception {
        dialogs.restoreAnswer = RestoreChoice.LATER;
        ProjectDocument document = launch(fixture.file);
        assertEquals(TestProjects.small(), session.project());
        assertFalse(session.isDirty());
        assertEquals("Unsaved work on small.sectorscope.json is kept for later", document.statusProperty().get());
        assertEquals(1, pending());
    }

    @Test
    void aFileThatOpensReadOnlyIsNotOfferedItsWork() throws Exception {
        Path newer = dir.resolve("newer.sectorscope.json");
        Files.writeString(newer, Files.readString(fixture.file).replace("\"schemaVersion\": 2", "\"schemaVersion\": 7"));
        DocumentFixture.leaveRecoveryCopy(journalDir, "00000000000000dd", newer, "newer.sectorscope.json",
                renamed("Newer"));
        dialogs.restoreAnswer = RestoreChoice.RESTORE;
        launch(newer);
        assertEquals(List.of(), dialogs.asked, "a project that cannot be saved here is not restored into");
        assertTrue(session.isReadOnly());
        assertEquals(2, pending());
    }

    @Test
    void aDamagedCopyIsToldByItsProblemAndDropped() throws Exception {
        Path copy = journalDir.resolve("file-00000000000000aa-" + DocumentFixture.DEAD_PID + ".sectorscope.json");
        Files.writeString(copy, "{ not json");
        dialogs.restoreAnswer = RestoreChoice.RESTORE;
        launch(null);
        assertEquals(List.of(), dialogs.asked);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Could not restore unsaved work: " + copy + ": "),
                dialogs.errors.get(0));
        assertEquals(0, pending());
    }
}
