package org.sectorscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.sectorscope.session.ComparisonState;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.model.TestProjects;
import org.sectorscope.ui.editions.EditionsViewModel;

/** The export dialog draws the trails the canvas shows: those since an edition, compared with now. */
class ExportDialogTrailsTest {
    private final LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();

    private ExportDialogViewModel vm(ProjectSession session) {
        return new ExportDialogViewModel(session, ExportDialogViewModel.Start.NONE, f -> Optional.empty(),
                fxQueue::add, 0);
    }

    @Test
    void aComparisonSinceAnEditionIsInTheRequestAndNoneWithout() {
        ProjectSession session = new ProjectSession(TestProjects.small(), null, "small.sectorscope.json");
        String id = new EditionsViewModel(session, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC))
                .take("Before");
        ExportDialogViewModel plain = vm(session);
        assertNull(plain.request().movedSinceEditionId());
        plain.dispose();
        session.comparison().compare(ComparisonState.Choice.sinceEdition(id));
        ExportDialogViewModel withTrails = vm(session);
        assertEquals(id, withTrails.request().movedSinceEditionId());
        withTrails.dispose();
    }
}
