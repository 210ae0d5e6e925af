package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.session.DocumentFixture.await;
import static org.sectorscope.session.DocumentFixture.filesIn;
import static org.sectorscope.session.DocumentFixture.rename;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.store.RecoveryJournal;

/**
 * The document decides when the recovery copy is written: its ticker asks each second, and a copy is
 * written only when due (2 s after the last edit, 30 s at most while editing goes on), never for opening.
 */
class AutosaveFlowTest {
    @TempDir
    Path dir;
    private DocumentFixture fixture;
    private ProjectSession session;
    private Path journalDir;
    private ProjectDocument document;

    @BeforeEach
    void open() throws Exception {
        fixture = new DocumentFixture(dir);
        session = DocumentFixture.untitled();
        journalDir = dir.resolve("recovery");
        document = fixture.opened(session, new RecoveryJournal(journalDir));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void pass(int seconds) throws Exception {
        fixture.pass(seconds);
    }

    @Test
    void theDocumentTicksEverySecondOnlyWhenItKeepsACopy() throws Exception {
        assertEquals(List.of(Duration.ofSeconds(1)), fixture.ticker.periods);
        fixture.document(DocumentFixture.untitled(), null);
        assertEquals(1, fixture.ticker.periods.size(), "no journal, nothing to time");
    }

    @Test
    void openingIsNotAnEditSoNoCopyIsWritten() throws Exception {
        pass(40);
        assertEquals(0, filesIn(journalDir));
    }

    @Test
    void aCopyIsWrittenTwoSecondsAfterTheLastEditAndRemovedOnSave() throws Exception {
        rename(session, "Chips");
        pass(1);
        assertEquals(0, filesIn(journalDir), "not yet: 1 s after the edit");
        pass(1);
        assertEquals(2, filesIn(journalDir), "the copy and its metadata, 2 s after the edit");
        assertTrue(await(document.save()));
        fixture.drainIo();
        assertEquals(0, filesIn(journalDir), "the file holds it all now");
    }

    @Test
    void continuousEditingIsCopiedAtLeastEveryThirtySeconds() throws Exception {
        for (int second = 1; second < 30; second++) {
            rename(session, "Chips " + second);
            pass(1);
            assertEquals(0, filesIn(journalDir), "still editing at " + second + " s");
        }
        rename(session, "Chips 30");
        pass(1);
        assertEquals(2, filesIn(journalDir), "written 30 s after the first unwritten edit");
    }

    @Test
    void aCopyThatCouldNotBeWrittenIsTriedAgainWithoutANewEdit() throws Exception {
        Files.writeString(journalDir, "a file where the recovery folder should be");
        rename(session, "Chips");
        pass(2);
        assertTrue(document.statusProperty().get().startsWith("Could not write the recovery copy"),
                document.statusProperty().get());
        Files.delete(journalDir);
        pass(1);
        assertEquals(0, filesIn(journalDir), "the retry waits a quiet period after the failure");
        pass(2);
        assertEquals(2, filesIn(journalDir), "written on the retry, with no edit since the failure");
    }

    @Test
    void undoingBackToTheSavedStateRemovesTheCopy() throws Exception {
        rename(session, "Chips");
        pass(2);
        session.undo();
        pass(2);
        assertEquals(0, filesIn(journalDir));
    }

    @Test
    void aDetachedDocumentStopsTickingAndAQuitRemovesItsCopies() throws Exception {
        rename(session, "Chips");
        pass(2);
        document.detach();
        assertFalse(fixture.ticker.isTicking());
        assertEquals(2, filesIn(journalDir), "a window gone is not a clean exit");
        document.closeCleanly();
        fixture.drainIo();
        assertEquals(0, filesIn(journalDir));
    }
}
