package org.sectorscope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectWriter;

/** The placement history shows the reader's local time with the zone; the file keeps UTC. */
class PlacementHistoryTimesTest {
    private static final PlacementChange MOVE = new PlacementChange("move-1", "2026-11-29T23:30:00Z",
            new Position(-0.5, 0.5), new Position(0.5, 0.5), "A", "C", "Re-read the chapter", null);

    private static List<String> historyIn(String zone) {
        Project project = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withChange(MOVE));
        ProjectSession session = new ProjectSession(project, null, "small");
        EvidenceViewModel pane = new EvidenceViewModel(session, () -> LocalDate.of(2026, 11, 29), ZoneId.of(zone));
        session.selection().selectSector(TestProjects.SOLAR);
        return List.copyOf(pane.history());
    }

    @Test
    void eachReaderSeesTheMomentInTheirOwnZoneNamed() {
        assertEquals(List.of("2026-11-30 00:30 CET \u00b7 A \u2192 C \u00b7 Re-read the chapter"), historyIn("Europe/Berlin"));
        assertEquals(List.of("2026-11-29 18:30 EST \u00b7 A \u2192 C \u00b7 Re-read the chapter"),
                historyIn("America/New_York"));
    }

    @Test
    void theFileKeepsUtc() throws Exception {
        Project project = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withChange(MOVE));
        String json = ProjectWriter.toText(project);
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"2026-11-29T23:30:00Z\""), "stored as written, in UTC");
    }
}
