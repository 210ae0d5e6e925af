package org.sectorscope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.evidence.EvidenceEditorViewModel.Mode;

/** Issue 12, point 15: one Esc never throws away a typed evidence draft; it asks, and a second Esc discards. */
class EvidenceDraftTest {
    private ProjectSession session;
    private EvidenceViewModel pane;
    private EvidenceEditorViewModel editor;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(TestProjects.small(), null, "small");
        pane = new EvidenceViewModel(session, () -> LocalDate.of(2026, 11, 29));
        editor = pane.editor();
        session.selection().selectSector(TestProjects.AIRCRAFT);
    }

    @Test
    void anUntouchedFormClosesAtOnce() {
        assertTrue(pane.newItem());
        assertFalse(editor.hasDraft());
        assertTrue(editor.cancel());
        assertEquals(Mode.CLOSED, editor.modeProperty().get());
    }

    @Test
    void aTypedDraftIsKeptAtTheFirstCancelAndDiscardedAtTheSecond() {
        assertTrue(pane.newItem());
        editor.quoteProperty().set("A quote typed for two minutes.");
        assertFalse(editor.cancel(), "asks first");
        assertEquals(Mode.NEW, editor.modeProperty().get());
        assertEquals("A quote typed for two minutes.", editor.quoteProperty().get(), "the draft is all there");
        assertEquals("Discard this new item? Press Esc again to discard it, or Ctrl+Enter to save it.",
                editor.discardPromptProperty().get());

        assertTrue(editor.cancel());
        assertEquals(Mode.CLOSED, editor.modeProperty().get());
        assertEquals("", editor.discardPromptProperty().get());
        assertFalse(session.canUndoProperty().get(), "nothing was saved");
    }

    @Test
    void typingOnAfterTheQuestionWithdrawsIt() {
        assertTrue(pane.newItem());
        editor.quoteProperty().set("First sentence.");
        assertFalse(editor.cancel());
        editor.quoteProperty().set("First sentence. Second sentence.");
        assertEquals("", editor.discardPromptProperty().get());
        assertFalse(editor.cancel(), "asked again: the draft changed since");
        assertTrue(editor.commit().isPresent(), "and it can still be saved");
        assertEquals(1, session.project().sector(TestProjects.AIRCRAFT).orElseThrow().evidence().size());
    }

    @Test
    void anEditAsksTooButAnUnchangedEditDoesNot() {
        session.selection().selectSector(TestProjects.SOLAR);
        editor.startEdit(TestProjects.SOLAR, "ev-solar-1");
        assertTrue(editor.cancel(), "nothing changed");
        editor.startEdit(TestProjects.SOLAR, "ev-solar-1");
        editor.gradeProperty().set("A1");
        assertFalse(editor.cancel());
        assertTrue(editor.discardPromptProperty().get().startsWith("Discard your changes to this item?"));
        assertTrue(editor.cancel());
        assertEquals(TestProjects.small(), session.project());
    }
}
