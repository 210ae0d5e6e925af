package org.sectorscope.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditSourcesCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.Source;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.StubDialogs;

/** The Sources dialog's state without a toolkit: rows, field edits as commands, delete, open. */
class SourcesDialogViewModelTest {
    private final Project start = TestProjects.small();
    private final Path projectFile = Path.of("/data/analysis/small.sectorscope.json");
    private final ProjectSession session = new ProjectSession(start, projectFile, "small.sectorscope.json");
    private final StubDialogs dialogs = new StubDialogs();
    private final List<String> opened = dialogs.opened;
    private final SourceOpener opener = new SourceOpener(dialogs, new SourceFolders(), Runnable::run, Runnable::run);
    private final SourcesDialogViewModel vm = new SourcesDialogViewModel(session, opener);

    private Source kennedy() {
        return session.project().source(TestProjects.KENNEDY).orElseThrow();
    }

    private List<String> rowIds() {
        return vm.rows().stream().map(SourceRow::id).toList();
    }

    @Test
    void rowsShowLabelTitleAndHowManyEvidenceItemsCiteEachSource() {
        assertEquals(List.of(
                new SourceRow(TestProjects.KENNEDY, "Scott Kennedy, ch. 1", "China's uneven high-tech drive", 2,
                        "2 evidence items, 1 sector placement and 1 policy option"),
                new SourceRow(TestProjects.NAUGHTON, "Barry Naughton", "Industrial policy notes", 1, "1 evidence item")),
                vm.rows());
        assertEquals(TestProjects.KENNEDY, vm.selectedId(), "the first source is selected at first");
        assertEquals("Scott Kennedy", vm.authorProperty().get());
        assertEquals("1-12", vm.pagesProperty().get());
        assertEquals("", vm.fileProperty().get(), "absent fields show empty");
        assertEquals("Cited by 2 evidence items, 1 sector placement and 1 policy option.",
                vm.citationsProperty().get());
    }

    @Test
    void editingAFieldExecutesOneCommandAndOneUndoRestoresIt() {
        vm.pagesProperty().set("21-29");
        assertTrue(vm.commit());
        assertEquals("21-29", kennedy().pages());
        assertEquals("Undo Edit source Scott Kennedy, ch. 1", session.undoTextProperty().get());
        assertEquals(start.sectors(), session.project().sectors(), "evidence holds the id: every citation follows");
        assertEquals(start.withSources(session.project().sources()), session.project());

        assertFalse(vm.commit(), "nothing more to apply");
        session.undo();
        assertEquals(start, session.project());
        assertFalse(session.canUndoProperty().get(), "the edit was one step");
        assertEquals("1-12", vm.pagesProperty().get(), "the form follows an undo made elsewhere");
    }

    @Test
    void leavingUntouchedOrMerelyPaddedFieldsChangesNothing() {
        assertFalse(vm.commit());
        vm.authorProperty().set("  Scott Kennedy ");
        assertFalse(vm.commit());
        assertEquals("Scott Kennedy", vm.authorProperty().get(), "shown normalised");
        assertFalse(session.canUndoProperty().get());
        assertEquals(start, session.project());
    }

    @Test
    void clearingAnOptionalFieldRemovesIt() {
        vm.chapterProperty().set("   ");
        assertTrue(vm.commit());
        assertNull(kennedy().chapter());
        assertEquals("Edit source Scott Kennedy, ch. 1", session.undoTextProperty().get().substring(5));
        assertEquals("Scott Kennedy", vm.rows().get(0).label(), "the row follows");
    }

    @Test
    void emptyingBothAuthorAndTitleMarksBothAsTyped() {
        var author = vm.reasonFor(vm.authorProperty());
        var title = vm.reasonFor(vm.titleProperty());
        vm.authorProperty().set("");
        assertEquals("", author.get(), "a title is enough");
        vm.titleProperty().set("  ");
        assertEquals("A source needs an author or a title.", author.get());
        assertEquals("A source needs an author or a title.", title.get());
        assertNull(vm.problemProperty().get(), "said at the fields before they are left");

        assertFalse(vm.commit());
        assertEquals("", title.get(), "the title was put back");
        assertEquals("", author.get());
    }

    @Test
    void aSourceWithNeitherAuthorNorTitleIsRefusedAndTheFieldPutBack() {
        vm.authorProperty().set("");
        assertTrue(vm.commit(), "a title is enough");
        vm.titleProperty().set(" ");
        assertFalse(vm.commit());
        assertEquals("China's uneven high-tech drive", vm.titleProperty().get());
        assertTrue(vm.problemProperty().get().contains("an author or a title"), vm.problemProperty().get());
        vm.titleProperty().set("A new title");
        assertTrue(vm.commit());
        assertNull(vm.problemProperty().get());
    }

    @Test
    void selectingAnotherSourceFirstAppliesThePendingEdit() {
        vm.titleProperty().set("Uneven drive");
        vm.select(TestProjects.NAUGHTON);
        assertEquals("Uneven drive", kennedy().title());
        assertEquals(TestProjects.NAUGHTON, vm.selectedId());
        assertEquals("Barry Naughton", vm.authorProperty().get());
        assertEquals("", vm.pagesProperty().get());
        vm.select("src-unknown");
        assertEquals(TestProjects.NAUGHTON, vm.selectedId(), "unknown ids are ignored");
    }

    @Test
    void aCitedSourceCannotBeDeletedAndSaysWhy() {
        assertFalse(vm.canDeleteProperty().get());
        assertEquals("Cannot delete: cited by 2 evidence items, 1 sector placement and 1 policy option. "
                + "Remove those citations first.", vm.deleteBlockedReasonProperty().get());
        assertFalse(vm.delete());
        assertEquals(start, session.project());

        vm.select(TestProjects.NAUGHTON);
        assertFalse(vm.canDeleteProperty().get());
        assertTrue(vm.deleteBlockedReasonProperty().get().contains("cited by 1 evidence item."));
    }

    @Test
    void addSelectsTheNewSourceWhichCanBeDeletedAndUndoWorksForBoth() {
        String id = vm.add();
        assertEquals(List.of(TestProjects.KENNEDY, TestProjects.NAUGHTON, id), rowIds());
        assertEquals(id, vm.selectedId());
        assertEquals(SourcesDialogViewModel.NEW_TITLE, vm.titleProperty().get());
        assertEquals("", vm.authorProperty().get());
        assertEquals(0, vm.rows().get(2).evidenceCount());
        assertTrue(vm.canDeleteProperty().get());
        assertEquals("", vm.deleteBlockedReasonProperty().get());
        assertEquals("Undo Add source New source", session.undoTextProperty().get());

        vm.authorProperty().set("Edward Tse");
        assertTrue(vm.commit());
        assertEquals("Edward Tse", session.project().source(id).orElseThrow().author());

        assertTrue(vm.delete());
        assertEquals(List.of(TestProjects.KENNEDY, TestProjects.NAUGHTON), rowIds());
        assertEquals(TestProjects.NAUGHTON, vm.selectedId(), "the neighbour is selected");
        assertEquals("Undo Delete source Edward Tse", session.undoTextProperty().get());

        session.undo();
        assertEquals("Edward Tse", session.project().source(id).orElseThrow().author());
        session.undo();
        session.undo();
        assertEquals(start, session.project());
        assertEquals(List.of(TestProjects.KENNEDY, TestProjects.NAUGHTON), rowIds());
    }

    @Test
    void openChoosesTheFileAsAFileUriElseTheUrl() {
        assertTrue(vm.canOpenProperty().get());
        assertEquals(Optional.of("https://example.org/kennedy"), vm.openTarget(), "no file: the URL");
        assertEquals("Opens https://example.org/kennedy", vm.openTooltipProperty().get(), "shown before opening");
        assertTrue(vm.open().orElseThrow().join().opened());
        assertEquals(List.of("https://example.org/kennedy"), opened);

        vm.fileProperty().set("/papers/kennedy.pdf");
        assertTrue(vm.commit());
        String fileUri = Path.of("/papers/kennedy.pdf").toUri().toString();
        assertEquals(Optional.of(fileUri), vm.openTarget(), "a file wins over the URL");
        assertTrue(fileUri.startsWith("file:"), fileUri);
        assertFalse(vm.open().orElseThrow().join().opened(), "there is no such file here");
        assertEquals("Not opened: " + Path.of("/papers/kennedy.pdf") + ": no such file.", vm.problemProperty().get());
        assertEquals(List.of("https://example.org/kennedy"), opened);

        vm.fileProperty().set("copies/kennedy.pdf");
        vm.commit();
        assertEquals(Optional.of(Path.of("/data/analysis/copies/kennedy.pdf").toUri().toString()), vm.openTarget(),
                "a relative file is found next to the project file");

        vm.select(TestProjects.NAUGHTON);
        assertFalse(vm.canOpenProperty().get(), "neither file nor URL");
        assertTrue(vm.open().isEmpty());
        assertEquals(1, opened.size());

        vm.urlProperty().set("example.org/naughton");
        vm.commit();
        assertTrue(vm.canOpenProperty().get());
        assertEquals(Optional.of("https://example.org/naughton"), vm.openTarget(), "a URL without a scheme");
    }

    @Test
    void aChosenFileBelowTheProjectFolderIsStoredRelativeToIt() {
        assertTrue(vm.chooseFile(Path.of("/data/analysis/copies/kennedy.pdf")));
        assertEquals(Path.of("copies/kennedy.pdf").toString(), kennedy().file());
        assertTrue(vm.chooseFile(Path.of("/elsewhere/kennedy.pdf")));
        assertEquals(Path.of("/elsewhere/kennedy.pdf").toString(), kennedy().file());
        assertEquals("Undo Edit source Scott Kennedy, ch. 1", session.undoTextProperty().get());
    }

    @Test
    void aSelectedSourceRemovedByUndoHandsTheSelectionOn() {
        String id = vm.add();
        assertEquals(id, vm.selectedId());
        session.undo();
        assertEquals(TestProjects.NAUGHTON, vm.selectedId());
        assertEquals("Barry Naughton", vm.authorProperty().get());
    }

    @Test
    void anEmptyProjectHasNoSelectionAndNothingToDo() {
        ProjectSession empty = new ProjectSession(Project.empty("Empty"), null, null);
        SourcesDialogViewModel none = new SourcesDialogViewModel(empty, opener);
        assertTrue(none.rows().isEmpty());
        assertNull(none.selectedId());
        assertFalse(none.hasSelectionProperty().get());
        assertFalse(none.canDeleteProperty().get());
        assertFalse(none.canOpenProperty().get());
        assertFalse(none.commit());
        String id = none.add();
        assertEquals(id, none.selectedId());
        assertTrue(none.hasSelectionProperty().get());
    }

    @Test
    void afterDisposeTheSessionIsNoLongerFollowed() {
        vm.dispose();
        vm.pagesProperty().set("99");
        assertFalse(vm.commit());
        session.execute(EditSourcesCommand.update(session.project(),
                new Source(TestProjects.KENNEDY, "K", "T", null, null, null, null, null, null, null, null)));
        assertEquals("99", vm.pagesProperty().get(), "no longer reloaded");
    }
}
