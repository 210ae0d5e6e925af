package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.session.DocumentFixture.await;
import static org.sectorscope.session.DocumentFixture.filesIn;
import static org.sectorscope.session.DocumentFixture.rename;
import static org.sectorscope.session.DocumentFixture.renamed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.session.Dialogs.RestoreChoice;
import org.sectorscope.store.RecoveryJournal;

/** Which work the document tells as a notice: saves and recovered work, never the routine recovery copies. */
class NoticeFlowTest {
    @TempDir
    Path dir;
    private DocumentFixture fixture;
    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        fixture = new DocumentFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The fixture's file opened in {@code session}, keeping recovery copies in {@code journalDir}, its notices heard. */
    private ProjectDocument opened(ProjectSession session, Path journalDir) throws Exception {
        ProjectDocument document = fixture.opened(session, new RecoveryJournal(journalDir));
        document.addNoticeListener(notices::add);
        return document;
    }

    @Test
    void eachSaveIsOneNoticeAndRecoveryCopiesAreNone() throws Exception {
        ProjectSession session = DocumentFixture.untitled();
        Path journalDir = dir.resolve("recovery");
        ProjectDocument document = opened(session, journalDir);

        for (int i = 0; i < 5; i++) { // a minute of editing, a recovery copy every few seconds
            rename(session, "Chips " + i);
            fixture.pass(12);
        }
        assertEquals(2, filesIn(journalDir), "recovery copies were written");
        assertEquals(List.of(), notices, "and none was told");

        assertTrue(await(document.save()));
        rename(session, "Chips again");
        assertTrue(await(document.save()));
        // Without one FX thread to put them in order, the watcher here may see our own write before the save's
        // end is handled, and say so for a moment (the window shows that notice only if it lasts).
        assertEquals(List.of(new Notice(Notice.Kind.SAVED, "Saved small.sectorscope.json"),
                new Notice(Notice.Kind.SAVED, "Saved small.sectorscope.json")),
                notices.stream().filter(n -> n.kind() != Notice.Kind.CHANGED_ON_DISK).toList());
        assertEquals("Saved " + fixture.file, document.statusProperty().get(), "the status line keeps its own words");
    }

    @Test
    void aRecoveryCopyThatFailsOverAndOverIsNoNotice() throws Exception {
        ProjectSession session = DocumentFixture.untitled();
        Path journalDir = dir.resolve("recovery");
        ProjectDocument document = opened(session, journalDir);
        Files.writeString(journalDir, "a file where the recovery folder should be");
        rename(session, "Chips");
        fixture.pass(60);
        assertTrue(document.statusProperty().get().startsWith("Could not write the recovery copy"));
        assertEquals(List.of(), notices);
    }

    @Test
    void restoredWorkIsANotice() throws Exception {
        Path journalDir = dir.resolve("recovery");
        DocumentFixture.leaveRecoveryCopy(journalDir, "00000000000000aa", fixture.file, "small.sectorscope.json",
                renamed("Chips (recovered)"));
        fixture.dialogs.restoreAnswer = RestoreChoice.RESTORE;
        ProjectDocument document = fixture.document(DocumentFixture.untitled(), new RecoveryJournal(journalDir));
        document.addNoticeListener(notices::add);
        await(document.openAtLaunch(null));
        fixture.drainIo();
        assertEquals(List.of(new Notice(Notice.Kind.RECOVERED,
                "Restored unsaved work on small.sectorscope.json; save to keep it")), notices);
    }
}
