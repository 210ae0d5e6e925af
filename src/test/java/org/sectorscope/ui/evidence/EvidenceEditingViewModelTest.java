package org.sectorscope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Side;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.evidence.EvidenceEditorViewModel.Mode;
import org.sectorscope.ui.sectors.SectorsViewModel;

/** Adding, editing, deleting and reordering evidence through the Evidence pane's view models, with undo. */
class EvidenceEditingViewModelTest {
    private ProjectSession session;
    private EvidenceViewModel pane;
    private EvidenceEditorViewModel editor;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(TestProjects.small(), null, "small");
        pane = new EvidenceViewModel(session, () -> LocalDate.of(2026, 11, 29));
        editor = pane.editor();
    }

    private List<String> ids(String sectorId) {
        return session.project().sector(sectorId).orElseThrow().evidence().stream().map(Evidence::id).toList();
    }

    private Evidence item(String sectorId, String id) {
        return session.project().sector(sectorId).orElseThrow().evidence().stream()
                .filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private void choose(String bearingLabel) {
        editor.bearingProperty().set(editor.bearings().stream().filter(b -> b.label().equals(bearingLabel))
                .findFirst().orElseThrow());
    }

    @Test
    void noSectorNoForm() {
        assertFalse(pane.newItem());
        assertEquals(Mode.CLOSED, editor.modeProperty().get());
    }

    @Test
    void aNewItemIsInsertedAfterThePickedOneAsOneUndoStep() {
        session.selection().selectSector(TestProjects.SOLAR);
        pane.selectedItemProperty().set("ev-solar-1");
        assertTrue(pane.newItem());
        assertEquals("New evidence for Solar PV", editor.headingProperty().get());
        assertEquals("2026-11-29", editor.addedProperty().get());
        assertEquals(TestProjects.KENNEDY, editor.sourceProperty().get().id(), "defaults to the placement's source");
        assertEquals("B2", editor.gradeProperty().get());
        editor.quoteProperty().set("Exports doubled in two years.");
        editor.gradeProperty().set("c3");
        choose("Toward Failure");
        editor.tagsProperty().set("trade; exports, trade");
        editor.pageProperty().set("14");

        Optional<String> id = editor.commit();

        assertTrue(id.isPresent());
        assertEquals(List.of("ev-solar-1", id.get(), "ev-solar-2"), ids(TestProjects.SOLAR));
        Evidence e = item(TestProjects.SOLAR, id.get());
        assertEquals("Exports doubled in two years.", e.quote());
        assertNull(e.note());
        assertEquals(Reliability.C, e.reliability());
        assertEquals(3, e.credibility());
        assertEquals(new Bearing(AxisId.X, Side.HIGH), e.bearing());
        assertEquals(List.of("trade", "exports"), e.tags());
        assertEquals("14", e.page());
        assertEquals("2026-11-29", e.added());
        assertEquals(Mode.CLOSED, editor.modeProperty().get());
        assertEquals("Undo Add evidence to Solar PV", session.undoTextProperty().get());

        session.undo();
        assertEquals(List.of("ev-solar-1", "ev-solar-2"), ids(TestProjects.SOLAR));
        assertEquals(TestProjects.small(), session.project());
    }

    @Test
    void withNothingPickedANewItemGoesLastAndRemembersSourceAndGrade() {
        session.selection().selectSector(TestProjects.AIRCRAFT);
        pane.newItem();
        editor.noteProperty().set("Orders are mostly domestic.");
        editor.sourceProperty().set(editor.sources().stream()
                .filter(c -> TestProjects.NAUGHTON.equals(c.id())).findFirst().orElseThrow());
        editor.gradeProperty().set("A1");
        String first = editor.commit().orElseThrow();
        pane.newItem();
        assertEquals(TestProjects.NAUGHTON, editor.sourceProperty().get().id());
        assertEquals("A1", editor.gradeProperty().get());
        editor.noteProperty().set("Second.");
        String second = editor.commit().orElseThrow();
        assertEquals(List.of(first, second), ids(TestProjects.AIRCRAFT));
    }

    @Test
    void invalidFormsSayWhyAndSaveNothing() {
        session.selection().selectSector(TestProjects.SOLAR);
        pane.newItem();
        assertEquals("Write a quote or a note.", editor.problemProperty().get());
        assertEquals(Optional.empty(), editor.commit());
        editor.quoteProperty().set("Something.");
        assertEquals("", editor.problemProperty().get());
        editor.gradeProperty().set("G7");
        assertEquals("The grade is a letter A\u2013F and a digit 1\u20136, for example B2.",
                editor.problemProperty().get());
        assertEquals("", editor.gradeMeaningProperty().get());
        editor.gradeProperty().set("B2");
        assertEquals("Usually reliable / Probably true", editor.gradeMeaningProperty().get());
        editor.addedProperty().set("29/11/2026");
        assertEquals("The date added is written yyyy-mm-dd.", editor.problemProperty().get());
        assertEquals(Optional.empty(), editor.commit());
        assertEquals(Mode.NEW, editor.modeProperty().get(), "the form stays open with the draft");
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void editingReplacesTheItemAndAnUnchangedFormAddsNoStep() {
        session.selection().selectSector(TestProjects.SOLAR);
        pane.selectedItemProperty().set("ev-solar-2");
        assertTrue(pane.editSelected());
        assertEquals("Cheaper panels helped buyers everywhere.", editor.noteProperty().get());
        assertEquals("C3", editor.gradeProperty().get());
        assertEquals("Toward Constructive", editor.bearingProperty().get().label());
        editor.commit();
        assertFalse(session.canUndoProperty().get(), "nothing changed, so nothing to undo");

        pane.editSelected();
        editor.noteProperty().set("Cheaper panels helped buyers in 150 countries.");
        choose("Neither (context)");
        editor.commit();
        Evidence e = item(TestProjects.SOLAR, "ev-solar-2");
        assertEquals("Cheaper panels helped buyers in 150 countries.", e.note());
        assertEquals(Bearing.NONE, e.bearing());
        assertEquals(List.of("ev-solar-1", "ev-solar-2"), ids(TestProjects.SOLAR));
        session.undo();
        assertEquals(TestProjects.small(), session.project());
    }

    @Test
    void theFormStaysWithItsSectorWhenTheSelectionMoves() {
        session.selection().selectSector(TestProjects.SOLAR);
        pane.newItem();
        editor.quoteProperty().set("Typed for solar.");
        session.selection().selectSector(TestProjects.CHIPS);
        assertEquals(Mode.NEW, editor.modeProperty().get());
        String id = editor.commit().orElseThrow();
        assertEquals(List.of("ev-solar-1", "ev-solar-2", id), ids(TestProjects.SOLAR));
        assertEquals(List.of("ev-chips-1", "ev-chips-2"), ids(TestProjects.CHIPS));
    }

    @Test
    void undoingTheItemUnderEditClosesTheForm() {
        session.selection().selectSector(TestProjects.AIRCRAFT);
        pane.newItem();
        editor.noteProperty().set("n");
        String id = editor.commit().orElseThrow();
        pane.selectedItemProperty().set(id);
        pane.editSelected();
        session.undo();
        assertEquals(Mode.CLOSED, editor.modeProperty().get());
        assertNull(pane.selectedItemProperty().get(), "the picked item is gone too");
    }

    @Test
    void deletePicksTheNeighbourAndUndoBringsTheItemBackInPlace() {
        session.selection().selectSector(TestProjects.SOLAR);
        pane.selectedItemProperty().set("ev-solar-1");
        pane.deleteSelected();
        assertEquals(List.of("ev-solar-2"), ids(TestProjects.SOLAR));
        assertEquals("ev-solar-2", pane.selectedItemProperty().get());
        assertEquals(1, pane.rows().size());
        session.undo();
        assertEquals(List.of("ev-solar-1", "ev-solar-2"), ids(TestProjects.SOLAR));
    }

    @Test
    void reorderingMovesThePickedItemAndStopsAtTheEnds() {
        session.selection().selectSector(TestProjects.SOLAR);
        pane.selectedItemProperty().set("ev-solar-1");
        pane.moveSelected(1);
        assertEquals(List.of("ev-solar-2", "ev-solar-1"), ids(TestProjects.SOLAR));
        assertEquals("ev-solar-1", pane.selectedItemProperty().get());
        assertEquals("ev-solar-1", pane.rows().get(1).id());
        pane.moveSelected(1);
        assertEquals("Undo Reorder evidence on Solar PV", session.undoTextProperty().get());
        session.undo();
        assertEquals(List.of("ev-solar-1", "ev-solar-2"), ids(TestProjects.SOLAR));
        assertFalse(session.canUndoProperty().get(), "the move at the end added no step");
    }

    @Test
    void bearingChoicesNameThePolesOfTheProjectsFramework() {
        assertEquals(List.of("Neither (context)", "Toward Success", "Toward Failure", "Toward Destructive",
                        "Toward Constructive"),
                EvidenceEditorViewModel.bearingChoices(session.project().framework()).stream()
                        .map(EvidenceEditorViewModel.BearingChoice::label).toList());
    }

    @Test
    void theBalanceAndTheWarningFollowEveryEditInEveryPane() {
        session.selection().selectSector(TestProjects.SOLAR);
        var sectors = new SectorsViewModel(session);
        // Solar sits at (-0.6, 0.5): Success and Constructive. B2 toward Success, C3 toward Constructive.
        assertEquals(List.of(new BalanceRow("Innovation outcomes in China", "Success", 0.64, 1, "Failure", 0, 0,
                        Side.LOW),
                new BalanceRow("Effect on the global sector", "Destructive", 0, 0, "Constructive", 0.36, 1,
                        Side.HIGH)), pane.balance().stream().map(EvidenceEditingViewModelTest::rounded).toList());
        assertEquals("", pane.warningProperty().get());

        pane.newItem();
        editor.quoteProperty().set("Most firms lose money.");
        editor.gradeProperty().set("A1");
        choose("Toward Failure");
        editor.commit();

        String warning = "Placed on Success, but the evidence leans to Failure (1.0 against 0.64)";
        assertEquals(warning, pane.warningProperty().get());
        assertEquals(1.0, pane.balance().get(0).highWeight(), 1e-9);
        var card = sectors.items().stream().filter(i -> i.id().equals(TestProjects.SOLAR)).findFirst().orElseThrow();
        assertEquals(warning, card.warning());
        assertEquals("Success 0.64 \u00b7 Failure 1.0 | Constructive 0.36", card.balance());

        session.undo();
        assertEquals("", pane.warningProperty().get());
    }

    private static BalanceRow rounded(BalanceRow r) {
        return new BalanceRow(r.axisTitle(), r.lowLabel(), Math.round(r.lowWeight() * 1e6) / 1e6, r.lowItems(),
                r.highLabel(), Math.round(r.highWeight() * 1e6) / 1e6, r.highItems(), r.placedOn());
    }

    @Test
    void eachRefusedFieldCarriesItsReasonAndTheProblemLineTheFirst() {
        editor.startNew(TestProjects.SOLAR, 0);
        assertEquals("Write a quote or a note.", editor.reasonFor(editor.quoteProperty()).get());
        assertEquals("Write a quote or a note.", editor.reasonFor(editor.noteProperty()).get());
        editor.noteProperty().set("Context.");
        assertEquals("", editor.reasonFor(editor.quoteProperty()).get(), "a note is enough");

        editor.gradeProperty().set("G7");
        editor.addedProperty().set("29/11/2026");
        assertEquals("The grade is a letter A\u2013F and a digit 1\u20136, for example B2.",
                editor.reasonFor(editor.gradeProperty()).get());
        assertEquals("The date added is written yyyy-mm-dd.", editor.reasonFor(editor.addedProperty()).get());
        assertEquals(editor.reasonFor(editor.gradeProperty()).get(), editor.problemProperty().get());

        editor.gradeProperty().set("a1");
        assertEquals("", editor.reasonFor(editor.gradeProperty()).get());
        assertEquals("The date added is written yyyy-mm-dd.", editor.problemProperty().get());
        editor.addedProperty().set("");
        assertEquals("", editor.problemProperty().get());
    }
}
