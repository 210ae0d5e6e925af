package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.session.DocumentFixture.await;
import static org.sectorscope.session.DocumentFixture.chipsName;
import static org.sectorscope.session.DocumentFixture.rename;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.Dialogs.LockChoice;
import org.sectorscope.store.ProjectStore;

/**
 * Save decides Save or Save As itself: a project with no file, or one that must not be written over (a
 * newer format, or open in another Sectorscope), asks for a file, suggesting the project's name.
 */
class SaveFlowTest {
    @TempDir
    Path dir;
    private DocumentFixture fixture;
    private ScriptedDialogs dialogs;
    private ProjectSession session;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new DocumentFixture(dir);
        dialogs = fixture.dialogs;
        session = DocumentFixture.untitled();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void saveWithNoFileAsksWhereSuggestingTheProjectsNameThenSavesThere() throws Exception {
        ProjectDocument document = fixture.document(session, null);
        Path chosen = dir.resolve("briefing.sectorscope.json");
        dialogs.saveAnswer = chosen;
        assertTrue(await(document.save()));
        assertEquals(List.of("save:Untitled.sectorscope.json"), dialogs.asked);
        assertEquals(List.of(Path.of(System.getProperty("user.dir"))), dialogs.folders, "no file: the working folder");
        assertEquals(chosen, session.file());
        assertEquals("briefing.sectorscope.json \u2014 Sectorscope", session.titleBinding().get());
        assertTrue(Files.exists(chosen));
    }

    @Test
    void theSampleSuggestsItsOwnNameAndCancellingTheChooserSavesNothing() throws Exception {
        ProjectDocument document = fixture.document(session, null);
        assertTrue(await(document.openSample()));
        session.execute(RenameSectorCommand.of(session.project(), "semiconductors", "Chips"));
        dialogs.saveAnswer = null;
        assertFalse(await(document.save()));
        assertEquals(List.of("save:" + ProjectStore.SAMPLE_NAME), dialogs.asked);
        assertTrue(session.isDirty());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void aNewerFileOpensReadOnlyWithItsNoticeAndSaveGoesToSaveAs() throws Exception {
        Path newer = dir.resolve("newer.sectorscope.json");
        Files.writeString(newer, Files.readString(fixture.file).replace("\"schemaVersion\": 2", "\"schemaVersion\": 7"));
        byte[] before = Files.readAllBytes(newer);
        ProjectDocument document = fixture.document(session, null);
        assertTrue(await(document.open(newer)));
        assertTrue(session.isReadOnly());
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).startsWith("Opened read-only: newer.sectorscope.json was written by a newer"),
                dialogs.infos.get(0));

        rename(session, "Chips");
        Path copy = dir.resolve("copy.sectorscope.json");
        dialogs.saveAnswer = copy;
        assertTrue(await(document.save()));
        assertEquals(List.of("save:newer.sectorscope.json"), dialogs.asked);
        assertEquals(List.of(dir), dialogs.folders);
        assertArrayEquals(before, Files.readAllBytes(newer), "the newer file is never written over");
        assertEquals("Chips", chipsName(ProjectStore.load(copy)));
        assertFalse(session.isReadOnly(), "the copy is ours to write");
        assertEquals(copy, session.file());
    }

    @Test
    void choosingTheReadOnlyFileItselfInSaveAsIsRefusedNamingIt() throws Exception {
        Path newer = dir.resolve("newer.sectorscope.json");
        Files.writeString(newer, Files.readString(fixture.file).replace("\"schemaVersion\": 2", "\"schemaVersion\": 7"));
        byte[] before = Files.readAllBytes(newer);
        ProjectDocument document = fixture.document(session, null);
        await(document.open(newer));
        dialogs.saveAnswer = newer;
        assertFalse(await(document.saveAs()));
        assertEquals(List.of("Could not save the project: " + newer + ": is open read-only, so it is never written "
                + "over; choose another file"), dialogs.errors);
        assertArrayEquals(before, Files.readAllBytes(newer));
    }

    @Test
    void aFileOpenReadOnlyBecauseAnotherSectorscopeHoldsItIsSavedWithSaveAs() throws Exception {
        fixture.opened(DocumentFixture.untitled(), null);
        dialogs.lockAnswer = LockChoice.READ_ONLY;
        ProjectDocument second = fixture.opened(session, null);
        assertTrue(session.isReadOnly());
        rename(session, "Chips");
        dialogs.saveAnswer = dir.resolve("mine.sectorscope.json");
        assertTrue(await(second.save()));
        assertEquals(List.of("locked:small.sectorscope.json:live", "save:small.sectorscope.json"), dialogs.asked);
        assertEquals(TestProjects.small(), ProjectStore.load(fixture.file), "the other writer's file is untouched");
        assertEquals("Chips", chipsName(ProjectStore.load(dialogs.saveAnswer)));
    }

    @Test
    void evidenceCsvChoosersSuggestTheProjectsNameAndItsFolder() throws Exception {
        ProjectDocument document = fixture.opened(session, null);
        Path csv = dir.resolve("out.csv");
        dialogs.csvExportAnswer = csv;
        assertTrue(await(document.evidenceCsv().exportToChosenFile()));
        assertEquals(List.of("csv-export:small-evidence.csv"), dialogs.asked);
        assertTrue(Files.readString(csv).contains("sector,sectorId,id,quote"));

        dialogs.csvImportAnswer = csv;
        assertEquals(0, await(document.evidenceCsv().importChosenFile((preview, name) -> Optional.empty())),
                "a preview turned down imports nothing");
        assertFalse(session.isDirty());
        assertEquals(List.of(dir, dir), dialogs.folders);
    }
}
