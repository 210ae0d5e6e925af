package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.session.DocumentFixture.await;
import static org.sectorscope.session.DocumentFixture.chipsName;
import static org.sectorscope.session.DocumentFixture.rename;
import static org.sectorscope.session.DocumentFixture.renamed;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.session.Dialogs.ChangedChoice;
import org.sectorscope.store.ProjectStore;

/** Saving over a file another program changed since it was read asks first: reload, overwrite, save as, or cancel. */
class ChangedOnDiskFlowTest {
    @TempDir
    Path dir;
    private DocumentFixture fixture;
    private ScriptedDialogs dialogs;
    private ProjectSession session;
    private ProjectDocument document;
    private final Project theirs = renamed("Chips (theirs)");

    @BeforeEach
    void editWhileAnotherProgramWrites() throws Exception {
        fixture = new DocumentFixture(dir);
        dialogs = fixture.dialogs;
        session = DocumentFixture.untitled();
        document = fixture.opened(session, null);
        ProjectStore.save(theirs, fixture.file);
        rename(session, "Chips (mine)");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void reloadTakesTheirVersionAndDropsMine() throws Exception {
        dialogs.changedAnswer = ChangedChoice.RELOAD;
        assertTrue(await(document.save()));
        assertEquals(List.of("changed:small.sectorscope.json"), dialogs.asked);
        assertEquals(theirs, session.project());
        assertFalse(session.isDirty());
    }

    @Test
    void overwriteWritesMineAndTheNextSaveDoesNotAskAgain() throws Exception {
        dialogs.changedAnswer = ChangedChoice.OVERWRITE;
        assertTrue(await(document.save()));
        assertEquals("Chips (mine)", chipsName(ProjectStore.load(fixture.file)));
        rename(session, "Chips (mine, again)");
        assertTrue(await(document.save()));
        assertEquals(List.of("changed:small.sectorscope.json"), dialogs.asked, "our own save is not their change");
    }

    @Test
    void saveAsKeepsBothWithTheSameSuggestedNameAsEverySaveAs() throws Exception {
        dialogs.changedAnswer = ChangedChoice.SAVE_AS;
        Path mine = dir.resolve("mine.sectorscope.json");
        dialogs.saveAnswer = mine;
        assertTrue(await(document.save()));
        assertEquals(List.of("changed:small.sectorscope.json", "save:small.sectorscope.json"), dialogs.asked);
        assertEquals(List.of(dir), dialogs.folders);
        assertEquals(theirs, ProjectStore.load(fixture.file), "theirs kept");
        assertEquals("Chips (mine)", chipsName(ProjectStore.load(mine)), "mine kept");
        assertEquals(mine, session.file());
    }

    @Test
    void saveAsThenCancellingTheChooserSavesNothing() throws Exception {
        dialogs.changedAnswer = ChangedChoice.SAVE_AS;
        dialogs.saveAnswer = null;
        assertFalse(await(document.save()));
        assertEquals(theirs, ProjectStore.load(fixture.file));
        assertTrue(session.isDirty());
    }

    @Test
    void cancelSavesNothingAndSaysWhy() throws Exception {
        dialogs.changedAnswer = ChangedChoice.CANCEL;
        assertFalse(await(document.save()));
        assertEquals("Not saved: small.sectorscope.json changed on disk", document.statusProperty().get());
        assertEquals(theirs, ProjectStore.load(fixture.file));
        assertTrue(session.isDirty());
        assertEquals(List.of(), dialogs.errors);
    }
}
