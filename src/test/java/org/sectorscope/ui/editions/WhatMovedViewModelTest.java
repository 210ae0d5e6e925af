package org.sectorscope.ui.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.canvas.QuadrantCanvasViewModel;

/** The What moved list: entries in words with reasons, the compare choices, the slider's steps, the selection. */
class WhatMovedViewModelTest {
    private final ProjectSession session = new ProjectSession(TestProjects.small(), null, "small");
    private final QuadrantCanvasViewModel canvas = new QuadrantCanvasViewModel(session,
            Clock.fixed(Instant.parse("2027-03-02T08:00:00Z"), ZoneOffset.UTC));
    private Project other;
    private final WhatMovedViewModel vm = new WhatMovedViewModel(session, onRead -> {
        onRead.accept(Path.of("/tmp/other.sectorscope.json"), other);
        return CompletableFuture.completedFuture(true);
    });

    private String take(String name, String at) {
        return new EditionsViewModel(session, Clock.fixed(Instant.parse(at), ZoneOffset.UTC)).take(name);
    }

    @Test
    void aQuadrantChangeSinceAnEditionIsListedWithItsReasonAndSelectsItsSector() {
        String dec = take("Brief, December 2026", "2026-12-02T10:00:00Z");
        canvas.moveSector(TestProjects.CHIPS, new Position(0.3, -0.7));
        canvas.giveReason("SMIC 7 nm volume");
        vm.compareSince(dec);
        assertEquals("Moved since Brief, December 2026", vm.titleProperty().get());
        assertEquals(1, vm.entries().size());
        WhatMovedViewModel.Entry e = vm.entries().get(0);
        assertEquals("Semiconductors: B -> D on 2027-03-02, \"SMIC 7 nm volume\"", e.text());
        assertTrue(e.quadrantChanged());
        assertNotNull(canvas.comparison().comparisonProperty().get(), "the canvas draws the trails");
        vm.select(e);
        assertEquals(TestProjects.CHIPS, session.selection().sectorIdProperty().get());
        canvas.moveSector(TestProjects.SOLAR, new Position(-0.5, 0.45));
        assertEquals(2, vm.entries().size(), "the list follows edits");
        vm.stopComparing();
        assertTrue(vm.entries().isEmpty());
        assertNull(canvas.comparison().comparisonProperty().get());
    }

    @Test
    void openingWithNothingComparedComparesTheLatestEditionButNeverReplacesAComparison() {
        vm.compareLatestIfIdle();
        assertNull(canvas.comparison().comparisonProperty().get(), "no edition, nothing to compare");
        String older = take("Older", "2026-10-01T00:00:00Z");
        String latest = take("Latest", "2026-12-01T00:00:00Z");
        vm.compareLatestIfIdle();
        assertEquals("Moved since Latest: nothing moved", vm.titleProperty().get());
        vm.compareSince(older);
        vm.compareLatestIfIdle();
        assertEquals("Moved since Older: nothing moved", vm.titleProperty().get(), "a comparison already on stays");
        assertNotNull(latest);
    }

    @Test
    void theSliderStepsFromEachEditionToTheNextThenToNow() {
        String first = take("First", "2026-10-01T00:00:00Z");
        canvas.moveSector(TestProjects.CHIPS, new Position(0.3, -0.7));
        String second = take("Second", "2026-11-01T00:00:00Z");
        canvas.moveSector(TestProjects.SOLAR, new Position(-0.5, 0.45));
        assertEquals(2, vm.stepCount());
        vm.showStep(1);
        assertEquals("First \u2192 Second", vm.stepLabel(1));
        assertEquals(List.of(TestProjects.CHIPS), vm.entries().stream().map(WhatMovedViewModel.Entry::sectorId).toList());
        assertEquals(second, session.comparison().viewedEditionIdProperty().get(), "the canvas shows the later edition");
        vm.showStep(2);
        assertEquals("Second \u2192 now", vm.stepLabel(2));
        assertEquals(List.of(TestProjects.SOLAR), vm.entries().stream().map(WhatMovedViewModel.Entry::sectorId).toList());
        assertNull(session.comparison().viewedEditionIdProperty().get());
        vm.compareBetween(first, second);
        assertEquals("Moved from First to Second", vm.titleProperty().get());
    }

    @Test
    void anotherFileIsComparedWithTheCurrentState() {
        other = TestProjects.small().withSector(TestProjects.BIOTECH, s -> s.withPosition(new Position(0.5, -0.6)));
        vm.compareWithAnotherFile();
        assertEquals("Moved since other.sectorscope.json", vm.titleProperty().get());
        assertEquals("Biotech: D -> C", vm.entries().get(0).text());
    }
}
