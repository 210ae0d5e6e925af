package org.sectorscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTest {

    @Test
    void withSectorUnknownIdThrows() {
        Project p = TestProjects.small();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.withSector("no-such-sector", s -> s.withName("x")));
        assertEquals("no sector with id no-such-sector", e.getMessage());
    }

    @Test
    void withSectorReplacesOnlyThatSectorInPlace() {
        Project p = TestProjects.small();
        Project q = p.withSector(TestProjects.BIOTECH, s -> s.withName("Pharma"));
        assertEquals(List.of("Solar PV", "Semiconductors", "Pharma", "Commercial aircraft"),
                q.sectors().stream().map(Sector::name).toList());
        assertEquals("Biotech", p.sector(TestProjects.BIOTECH).orElseThrow().name(), "the original is unchanged");
        assertEquals(p.sectors().get(0), q.sectors().get(0));
        assertNotEquals(p, q);
    }

    @Test
    void lookupsAndCounts() {
        Project p = TestProjects.small();
        assertEquals(TestProjects.SMALL_EVIDENCE, p.evidenceCount());
        assertEquals("Scott Kennedy", p.source(TestProjects.KENNEDY).orElseThrow().author());
        assertTrue(p.source(null).isEmpty());
        assertTrue(p.sector("nope").isEmpty());
        assertEquals("Open procurement", p.option(TestProjects.OPENNESS).orElseThrow().name());
        assertEquals("D", p.quadrantOf(p.sector(TestProjects.AIRCRAFT).orElseThrow()).orElseThrow().letter());
    }

    @Test
    void listsAreImmutableCopies() {
        Project p = TestProjects.small();
        assertThrows(UnsupportedOperationException.class, () -> p.sectors().clear());
        assertThrows(UnsupportedOperationException.class, () -> p.options().remove(0));
    }

    @Test
    void emptyProjectUsesTheReportsFramework() {
        Project p = Project.empty("New");
        assertEquals("New", p.info().title());
        assertTrue(p.info().id().startsWith("project-"), p.info().id());
        assertEquals(Framework.sectoralOutcomes(), p.framework());
        assertEquals(0, p.sectors().size());
    }

    @Test
    void scoresAndDefaults() {
        PolicyOption o = TestProjects.small().option(TestProjects.OPENNESS).orElseThrow();
        assertEquals(3, o.score(TestProjects.GROWTH).orElseThrow().value());
        assertTrue(o.score(TestProjects.COST).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new Score("c", 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Score("c", 6, null, null));
        assertEquals("", new Score("c", 5, null, null).rationale());
        assertThrows(IllegalArgumentException.class, () -> new Criterion("c", "n", null, -0.5, null));
        assertThrows(IllegalArgumentException.class, () -> new Criterion("c", "n", null, Double.NaN, null));
        Sector s = new Sector("s", "n", null, null, new Position(0, 0), null, null, null);
        assertEquals("", s.driver());
        assertEquals(Placement.Basis.ANALYST, s.placement().basis());
        assertEquals("", s.placement().rationale());
    }
}
