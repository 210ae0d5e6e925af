package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Edition;
import org.sectorscope.model.EditionSector;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

class EditionsTest {
    private static final Instant AT = Instant.parse("2026-12-02T14:05:33.250Z");

    @Test
    void anEditionRecordsEverySectorAndScoreDatedToTheSecond() {
        Project p = TestProjects.small().withSector(TestProjects.AIRCRAFT, s -> s.withPosition(null));
        Edition e = Editions.take(p, "Brief, December 2026", AT);
        assertEquals("2026-12-02T14:05:33Z", e.takenAt());
        assertEquals(4, e.sectors().size());
        EditionSector solar = e.sector(TestProjects.SOLAR);
        assertEquals(new Position(-0.6, 0.5), solar.position());
        assertEquals(Placement.Basis.REPORT, solar.basis());
        assertEquals(2, solar.evidence());
        assertEquals("Semiconductors", e.sector(TestProjects.CHIPS).name());
        assertEquals(Placement.Basis.ANALYST, e.sector(TestProjects.CHIPS).basis());
        assertNull(e.sector(TestProjects.AIRCRAFT).position(), "an unplaced sector is kept, without a position");
        assertEquals(0, e.sector(TestProjects.AIRCRAFT).evidence());
        assertEquals(3, Editions.placedCount(e));
        assertEquals(5, e.scores().size(), "3 scores of the subsidy, 2 of openness");
        assertTrue(e.scores().stream().anyMatch(s -> s.optionId().equals(TestProjects.SUBSIDY)
                && s.criterionId().equals(TestProjects.SECURITY) && s.value() == 5));
    }

    @Test
    void theOfferedNameIsTheMonthAndYear() {
        assertEquals("Brief, December 2026", Editions.defaultName(LocalDate.of(2026, 12, 2)));
        assertEquals("Brief, March 2027", Editions.defaultName(Instant.parse("2027-03-31T23:59:59Z")));
    }

    @Test
    void sectorsTheProjectNoLongerHasAreFlaggedAndStillShown() {
        Project p = TestProjects.small();
        Edition e = Editions.take(p, "Before", AT);
        Project later = p.withSectors(p.sectors().subList(0, 2));
        assertEquals(List.of(TestProjects.BIOTECH, TestProjects.AIRCRAFT),
                Editions.missing(later, e).stream().map(EditionSector::sectorId).toList());
        assertEquals("2 sectors no longer in the project", Editions.missingNote(later, e));
        assertEquals("", Editions.missingNote(p, e));
        Project seen = Editions.asProject(later, e);
        assertEquals(4, seen.sectors().size(), "the edition's view keeps the missing sectors");
        assertEquals("Biotech", seen.sector(TestProjects.BIOTECH).orElseThrow().name());
        assertEquals(new Position(0.5, 0.6), seen.sector(TestProjects.BIOTECH).orElseThrow().position());
    }

    @Test
    void viewingAnEditionShowsItsPositionsAndBasisNotTheCurrentOnes() {
        Project p = TestProjects.small();
        Edition e = Editions.take(p, "Before", AT);
        Project moved = p.withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(0.4, 0.4))
                .withPlacement(new Placement(Placement.Basis.REPORT, null, "", Extras.NONE)));
        Project seen = Editions.asProject(moved, e);
        assertEquals(new Position(-0.4, -0.7), seen.sector(TestProjects.CHIPS).orElseThrow().position());
        assertEquals(Placement.Basis.ANALYST, seen.sector(TestProjects.CHIPS).orElseThrow().placement().basis());
    }

    @Test
    void editionsSortByDateAndDatesReadShort() {
        Project p = TestProjects.small();
        Edition late = Editions.take(p, "Late", Instant.parse("2027-01-01T00:00:00Z"));
        Edition report = new Edition("edition-report", "Report", "2020-02", List.of(), List.of(), Extras.NONE);
        assertEquals(List.of(report, late), Editions.byDate(List.of(late, report)));
        assertEquals("2027-01-01 00:00", Editions.dateText(late.takenAt()));
        assertEquals("2020-02", Editions.dateText(report.takenAt()));
    }
}
