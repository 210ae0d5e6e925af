package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.session.DocumentFixture.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.Dialogs.LockChoice;
import org.sectorscope.store.ProjectLock;

/** A file another Sectorscope holds: open it read-only, edit a copy, take over a stale lock, or leave it. */
class LockFlowTest {
    @TempDir
    Path dir;
    private DocumentFixture fixture;
    private ScriptedDialogs dialogs;
    private ProjectSession session;
    private ProjectDocument document;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new DocumentFixture(dir);
        dialogs = fixture.dialogs;
        session = DocumentFixture.untitled();
        document = fixture.document(session, null);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void heldByAnotherWindow() throws Exception {
        fixture.opened(DocumentFixture.untitled(), null);
    }

    @Test
    void readOnlyOpensItWithoutTakingTheLock() throws Exception {
        heldByAnotherWindow();
        dialogs.lockAnswer = LockChoice.READ_ONLY;
        assertTrue(await(document.open(fixture.file)));
        assertEquals(List.of("locked:small.sectorscope.json:live"), dialogs.asked);
        assertTrue(session.isReadOnly());
        assertTrue(document.statusProperty().get().startsWith("Opened small.sectorscope.json read-only: "),
                document.statusProperty().get());
    }

    @Test
    void copyOpensAnUntitledCopyThatSaveAsksAPlaceFor() throws Exception {
        heldByAnotherWindow();
        dialogs.lockAnswer = LockChoice.COPY;
        assertTrue(await(document.open(fixture.file)));
        assertNull(session.file());
        assertEquals("Editing a copy of small.sectorscope.json; use Save As to keep it", document.statusProperty().get());
        dialogs.saveAnswer = null;
        await(document.save());
        assertEquals(List.of("locked:small.sectorscope.json:live", "save:Copy of small.sectorscope.json"), dialogs.asked);
    }

    @Test
    void takeOverMakesAStaleLockOurs() throws Exception {
        DocumentFixture.leaveStaleLock(fixture.file);
        dialogs.lockAnswer = LockChoice.TAKE_OVER;
        assertTrue(await(document.open(fixture.file)));
        assertEquals(List.of("locked:small.sectorscope.json:stale"), dialogs.asked);
        assertFalse(session.isReadOnly());
        assertEquals(ProcessHandle.current().pid(), ProjectLock.peek(fixture.file).orElseThrow().pid());
    }

    @Test
    void takingOverALockWhoseHolderRunsIsRefusedNamingIt() throws Exception {
        heldByAnotherWindow();
        dialogs.lockAnswer = LockChoice.TAKE_OVER;
        assertFalse(await(document.open(fixture.file)));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Could not take over the project: " + fixture.file.getFileName()
                + " is still in use: "), dialogs.errors.get(0));
        assertEquals("File: " + fixture.file.toAbsolutePath(), dialogs.errorDetails.get(0), "the full path behind Details");
        assertNull(session.file(), "nothing was opened");
    }

    @Test
    void cancelLeavesTheOpenProjectAsItWas() throws Exception {
        heldByAnotherWindow();
        dialogs.lockAnswer = LockChoice.CANCEL;
        assertFalse(await(document.open(fixture.file)));
        assertEquals("Did not open small.sectorscope.json", document.statusProperty().get());
        assertEquals("Untitled", session.displayNameProperty().get());
    }

    @Test
    void saveAsMovesOurLockToTheNewFile() throws Exception {
        assertTrue(await(document.open(fixture.file)));
        Path moved = dir.resolve("moved.sectorscope.json");
        dialogs.saveAnswer = moved;
        assertTrue(await(document.saveAs()));
        fixture.drainIo();
        assertFalse(Files.exists(ProjectLock.lockFileOf(fixture.file)), "the old file is let go");
        assertEquals(ProcessHandle.current().pid(), ProjectLock.peek(moved).orElseThrow().pid());
    }

    @Test
    void saveAsOverAFileAnotherSectorscopeHoldsSaysSo() throws Exception {
        heldByAnotherWindow();
        session.open(TestProjects.small(), null, "Untitled");
        assertTrue(await(document.saveAs(fixture.file)));
        fixture.drainIo();
        assertEquals("Saved " + fixture.file + "; note that another Sectorscope has it open too",
                document.statusProperty().get());
    }
}
