package org.sectorscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The dividers' wanted positions: defaults, Reset Layout, and what is saved and restored. */
class PaneLayoutViewModelTest {
    private final PaneLayoutViewModel layout = new PaneLayoutViewModel();

    @Test
    void startsAtTheDefaults() {
        assertEquals(Map.of("sectors", List.of(0.17), "options", List.of(0.66), "evidence", List.of(0.64)),
                layout.positions());
    }

    @Test
    void resetLayoutPutsMovedDividersBackAtTheirDefaults() {
        layout.divider(PaneLayoutViewModel.SECTORS).set(0.4);
        layout.divider(PaneLayoutViewModel.OPTIONS).set(0.3);
        layout.divider(PaneLayoutViewModel.EVIDENCE).set(0.9);

        layout.reset();

        for (String split : List.of(PaneLayoutViewModel.SECTORS, PaneLayoutViewModel.OPTIONS,
                PaneLayoutViewModel.EVIDENCE)) {
            assertEquals(PaneLayoutViewModel.defaultPosition(split), layout.divider(split).get(), split);
        }
    }

    @Test
    void resetTellsTheViewEvenWhenNothingWasMovedHere() {
        AtomicInteger applied = new AtomicInteger();
        layout.setOnReset(applied::incrementAndGet);
        layout.reset();
        assertEquals(1, applied.get(), "the view may show dividers where a narrow window pushed them");
    }

    @Test
    void restoresSavedPositionsAndIgnoresWhatItDoesNotKnow() {
        layout.restore(Map.of("sectors", List.of(0.25), "options", List.of(0.5, 0.6), "evidence", List.of(1.5),
                "someday", List.of(0.3)));

        assertEquals(Map.of("sectors", List.of(0.25), "options", List.of(0.66), "evidence", List.of(0.64)),
                layout.positions(), "a list of two for one divider, or 1.5, keeps the default");
    }

    @Test
    void unknownSplitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> layout.divider("canvas"));
        assertThrows(IllegalArgumentException.class, () -> PaneLayoutViewModel.defaultPosition("canvas"));
    }

    @Test
    void panesHideAndShowButTheLastShownStays() {
        layout.shown("evidence").set(false);
        layout.shown("options").set(false);
        layout.shown("sectors").set(false);
        assertEquals(java.util.Set.of("evidence", "options", "sectors"), layout.hiddenPanes());
        assertEquals(true, layout.onlyOneShown("canvas").get(), "the canvas alone: its item is off");
        assertEquals(false, layout.onlyOneShown("sectors").get());

        layout.shown("canvas").set(false);

        assertEquals(true, layout.shown("canvas").get(), "the last pane shown cannot be hidden");
        assertEquals(java.util.Set.of("evidence", "options", "sectors"), layout.hiddenPanes());
        layout.shown("options").set(true);
        assertEquals(false, layout.onlyOneShown("canvas").get());
    }

    @Test
    void resetLayoutShowsEveryPaneAgain() {
        layout.shown("sectors").set(false);
        layout.shown("options").set(false);
        layout.divider(PaneLayoutViewModel.EVIDENCE).set(0.3);

        layout.reset();

        assertEquals(java.util.Set.of(), layout.hiddenPanes());
        assertEquals(0.64, layout.divider(PaneLayoutViewModel.EVIDENCE).get());
    }

    @Test
    void savedHiddenPanesAreRestoredAndUnknownNamesIgnored() {
        layout.shown("canvas").set(false);
        layout.restoreHidden(java.util.Set.of("options", "toolbar"));
        assertEquals(java.util.Set.of("options"), layout.hiddenPanes(), "the canvas shows again, options hide");
        assertThrows(IllegalArgumentException.class, () -> layout.shown("toolbar"));
    }
}
