package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.session.DocumentFixture.await;
import static org.sectorscope.session.DocumentFixture.chipsName;
import static org.sectorscope.session.DocumentFixture.rename;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.ReplaceProjectCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.Dialogs.UnsavedChoice;
import org.sectorscope.store.ProjectLock;
import org.sectorscope.store.ProjectStore;

/** Unsaved work is settled before New, Open or Quit drops it: saved, discarded, or the action cancelled. */
class UnsavedWorkFlowTest {
    @TempDir
    Path dir;
    private DocumentFixture fixture;
    private ScriptedDialogs dialogs;
    private ProjectSession session;
    private ProjectDocument document;
    private Path other;

    @BeforeEach
    void openAndEdit() throws Exception {
        fixture = new DocumentFixture(dir);
        dialogs = fixture.dialogs;
        session = DocumentFixture.untitled();
        document = fixture.opened(session, null);
        rename(session, "Chips");
        other = dir.resolve("other.sectorscope.json");
        ProjectStore.save(Project.empty("Other briefing"), other);
        dialogs.openAnswer = other;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void openWithUnsavedChangesAndCancelKeepsEverythingAndAsksNothingMore() throws Exception {
        dialogs.unsavedAnswer = UnsavedChoice.CANCEL;
        assertFalse(await(document.requestOpen()));
        assertEquals(List.of("unsaved:small.sectorscope.json"), dialogs.asked);
        assertEquals("Chips", chipsName(session.project()));
        assertTrue(session.isDirty());
    }

    @Test
    void openWithUnsavedChangesAndDiscardOpensTheChosenFileLeavingTheOldOneAsSaved() throws Exception {
        dialogs.unsavedAnswer = UnsavedChoice.DISCARD;
        assertTrue(await(document.requestOpen()));
        assertEquals(List.of("unsaved:small.sectorscope.json", "open"), dialogs.asked);
        assertEquals(List.of(dir), dialogs.folders, "the chooser starts in the open file's folder");
        assertEquals("Other briefing", session.project().info().title());
        assertEquals(TestProjects.small(), ProjectStore.load(fixture.file), "the discarded edit was never written");
    }

    @Test
    void openWithUnsavedChangesAndSaveWritesTheFileFirstThenOpens() throws Exception {
        dialogs.unsavedAnswer = UnsavedChoice.SAVE;
        assertTrue(await(document.requestOpen(other)));
        assertEquals(List.of("unsaved:small.sectorscope.json"), dialogs.asked, "the file is known: no chooser");
        assertEquals("Chips", chipsName(ProjectStore.load(fixture.file)));
        assertEquals(other, session.file());
        assertFalse(session.isDirty());
    }

    @Test
    void savingUntitledWorkFromTheQuestionAsksWhereAndCancellingThereStopsTheOpen() throws Exception {
        document.newProject();
        session.execute(new ReplaceProjectCommand("Paste a project", session.project(), TestProjects.small()));
        dialogs.asked.clear();
        dialogs.unsavedAnswer = UnsavedChoice.SAVE;
        dialogs.saveAnswer = null;
        assertFalse(await(document.requestOpen()));
        assertEquals(List.of("unsaved:Untitled", "save:Untitled.sectorscope.json"), dialogs.asked,
                "no file: Save asks where, suggesting the project's name; Cancel there cancels the open");
        assertTrue(session.isDirty());
        assertNull(session.file());
    }

    @Test
    void newWithUnsavedChangesAndDiscardStartsAnEmptyProject() throws Exception {
        dialogs.unsavedAnswer = UnsavedChoice.DISCARD;
        assertTrue(await(document.requestNew()));
        assertEquals(List.of("unsaved:small.sectorscope.json"), dialogs.asked);
        assertEquals(0, session.project().sectors().size());
        assertEquals("New project", document.statusProperty().get());
        fixture.drainIo();
        assertFalse(Files.exists(ProjectLock.lockFileOf(fixture.file)), "the old file's lock is let go");
    }

    @Test
    void quitWithUnsavedChangesAndCancelKeepsTheLockThenDiscardLetsGoOfIt() throws Exception {
        dialogs.unsavedAnswer = UnsavedChoice.CANCEL;
        assertFalse(await(document.requestQuit()));
        fixture.drainIo();
        assertTrue(Files.exists(ProjectLock.lockFileOf(fixture.file)), "still open, still ours");

        dialogs.unsavedAnswer = UnsavedChoice.DISCARD;
        assertTrue(await(document.requestQuit()), "the window may close");
        fixture.drainIo();
        assertFalse(Files.exists(ProjectLock.lockFileOf(fixture.file)));
        assertEquals(TestProjects.small(), ProjectStore.load(fixture.file));
    }

    @Test
    void aCleanProjectIsDroppedWithoutAsking() throws Exception {
        session.undo();
        assertTrue(await(document.requestOpen(other)));
        assertEquals(List.of(), dialogs.asked);
        assertEquals(other, session.file());
    }
}
