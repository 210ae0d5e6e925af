package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Edition;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

class WhatMovedTest {
    private static final Project P = TestProjects.small();
    private static final Edition DEC = Editions.take(P, "Brief, December 2026", Instant.parse("2026-12-02T10:00:00Z"));

    private static PlacementChange change(String id, String at, String from, String to, String reason) {
        return new PlacementChange(id, at, new Position(-0.4, -0.7), new Position(0.3, -0.7), from, to, reason, null);
    }

    @Test
    void nothingMovedIsNoChange() {
        assertTrue(WhatMoved.sinceEdition(DEC, P).changes().isEmpty());
    }

    @Test
    void aQuadrantChangeIsNamedWithTheReasonRecordedAfterTheEdition() {
        Project now = P.withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.3, -0.7)).withHistory(List.of(
                change("move-old", "2026-11-01T09:00:00Z", "D", "B", "before the edition"),
                change("move-new", "2027-03-02T08:30:00Z", "B", "D", "SMIC 7 nm volume"))));
        WhatMoved.Comparison c = WhatMoved.sinceEdition(DEC, now);
        assertEquals(1, c.changes().size());
        WhatMoved.Change m = c.changes().get(0);
        assertEquals(WhatMoved.Kind.MOVED, m.kind());
        assertEquals(new Position(-0.4, -0.7), m.from());
        assertEquals(new Position(0.3, -0.7), m.to());
        assertEquals("B", m.fromQuadrant().letter());
        assertEquals("D", m.toQuadrant().letter());
        assertTrue(m.quadrantChanged());
        assertEquals("move-new", m.reason().id());
        assertEquals("Semiconductors: B -> D on 2027-03-02, \"SMIC 7 nm volume\"", m.text());
        assertEquals("Moved since Brief, December 2026", c.title());
    }

    @Test
    void aMoveWithinItsQuadrantSaysSoAndHasNoReason() {
        Project now = P.withSector(TestProjects.SOLAR, s -> s.withPosition(new Position(-0.5, 0.45)));
        WhatMoved.Change m = WhatMoved.sinceEdition(DEC, now).changes().get(0);
        assertFalse(m.quadrantChanged());
        assertNull(m.reason());
        assertEquals("Solar PV: moved within A (-0.6, 0.5) -> (-0.5, 0.45)", m.text());
    }

    @Test
    void addedAndRemovedSectorsAreListedAndOnesTheProjectLacksFlagged() {
        List<Sector> sectors = new ArrayList<>(P.sectors());
        sectors.remove(3); // aircraft gone from the project
        sectors.add(new Sector("sector-robots", "Robotics", "", null, new Position(-0.2, -0.2),
                Placement.analyst(""), List.of(), Extras.NONE));
        Project now = P.withSectors(sectors).withSector(TestProjects.BIOTECH, s -> s.withPosition(null));
        WhatMoved.Comparison c = WhatMoved.sinceEdition(DEC, now);
        assertEquals(3, c.changes().size(), c.changes().toString());
        WhatMoved.Change added = c.change("sector-robots");
        assertEquals(WhatMoved.Kind.ADDED, added.kind());
        assertEquals("Robotics: new, in B) Destructive Victory (-0.2, -0.2)", added.text());
        WhatMoved.Change unplaced = c.change(TestProjects.BIOTECH);
        assertEquals(WhatMoved.Kind.REMOVED, unplaced.kind());
        assertTrue(unplaced.inProject());
        WhatMoved.Change gone = c.change(TestProjects.AIRCRAFT);
        assertEquals(WhatMoved.Kind.REMOVED, gone.kind());
        assertFalse(gone.inProject());
        assertTrue(gone.text().endsWith("(no longer in the project)"), gone.text());
        assertEquals("D", gone.fromQuadrant().letter());
    }

    @Test
    void betweenTwoEditionsOnlyReasonsInBetweenCount() {
        Project mid = P.withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.3, -0.7)).withHistory(List.of(
                change("move-1", "2027-01-10T00:00:00Z", "B", "D", "first"))));
        Edition jan = Editions.take(mid, "January", Instant.parse("2027-01-31T00:00:00Z"));
        Project now = mid.withSector(TestProjects.CHIPS, s -> s.withHistory(List.of(s.history().get(0),
                change("move-2", "2027-02-10T00:00:00Z", "D", "D", "later"))));
        WhatMoved.Comparison c = WhatMoved.between(WhatMoved.State.of(DEC), WhatMoved.State.of(jan), now);
        assertEquals("move-1", c.changes().get(0).reason().id());
        assertEquals("Moved from Brief, December 2026 to January", c.title());
        assertTrue(WhatMoved.between(WhatMoved.State.of(jan), WhatMoved.State.of(now, "now"), now).changes().isEmpty());
    }

    @Test
    void aReportDateAsYearAndMonthCountsChangesFromThatMonthOn() {
        Edition report = new Edition("edition-report", "CSIS 2020 (report)", "2020-02", DEC.sectors(), List.of(),
                Extras.NONE);
        Project now = P.withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.3, -0.7)).withHistory(List.of(
                change("move-a", "2019-12-31T00:00:00Z", "D", "B", "too early"),
                change("move-b", "2020-02-15T00:00:00Z", "B", "D", null))));
        WhatMoved.Change m = WhatMoved.sinceEdition(report, now).changes().get(0);
        assertEquals("move-b", m.reason().id());
        assertEquals("Semiconductors: B -> D on 2020-02-15", m.text());
    }
}
