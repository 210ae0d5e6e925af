package org.sectorscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared fixtures are what their documentation promises, so other tests can rely on them. */
class TestProjectsTest {

    @Test
    void smallHasOneSectorPerQuadrantInOrder() {
        Project p = TestProjects.small();
        assertEquals(List.of(TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.BIOTECH, TestProjects.AIRCRAFT),
                p.sectors().stream().map(Sector::id).toList());
        assertEquals(List.of("A", "B", "C", "D"), p.sectors().stream().map(s -> p.quadrantOf(s).orElseThrow().letter()).toList());
        assertEquals(List.of(2, 2, 1, 0), p.sectors().stream().map(s -> s.evidence().size()).toList());
        assertEquals(2, p.sources().size());
        assertEquals(3, p.criteria().size());
        assertEquals(2, p.options().size());
        assertEquals(List.of(2.0, 1.0, 1.0), p.criteria().stream().map(Criterion::weight).toList());
    }

    @Test
    void smallIsDeterministic() {
        assertEquals(TestProjects.small(), TestProjects.small());
    }

    @Test
    void randomIsSeededAndVaried() {
        assertEquals(TestProjects.random(42, 6), TestProjects.random(42, 6));
        assertNotEquals(TestProjects.random(42, 6), TestProjects.random(43, 6));
        assertEquals(7, TestProjects.random(1, 7).sectors().size());
        assertEquals(0, TestProjects.random(1, 0).sectors().size());
    }

    @Test
    void randomProjectsHaveUniqueIdsAndResolvableReferences() {
        for (long seed = 0; seed < 50; seed++) {
            Project p = TestProjects.random(seed, 8);
            Set<String> sectorIds = new HashSet<>(p.sectors().stream().map(Sector::id).toList());
            assertEquals(8, sectorIds.size());
            Set<String> sourceIds = new HashSet<>(p.sources().stream().map(Source::id).toList());
            Set<String> letters = new HashSet<>(p.framework().quadrants().stream().map(Quadrant::letter).toList());
            for (PolicyOption o : p.options()) {
                assertTrue(sectorIds.containsAll(o.targets().sectorIds()));
                assertTrue(letters.containsAll(o.targets().quadrantLetters()));
                assertTrue(o.sourceId() == null || sourceIds.contains(o.sourceId()));
            }
            for (Sector s : p.sectors()) {
                for (Evidence e : s.evidence()) {
                    assertTrue(e.sourceId() == null || sourceIds.contains(e.sourceId()));
                }
            }
        }
    }
}
