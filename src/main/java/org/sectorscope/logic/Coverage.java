package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * Which policy options address each quadrant of the framework, and the gaps.
 *
 * <p>The rule. An option addresses a quadrant if it targets the quadrant's letter, or targets (by id) a
 * sector currently placed in that quadrant; it addresses a sector if it targets the sector's id or the
 * letter of the quadrant the sector sits in (as {@link SectorQueries#optionsAddressing}). A sector that is
 * not placed sits in no quadrant, so it never counts for, or is flagged in, any quadrant. Two kinds of
 * gap are flagged, in framework order: a quadrant no option addresses at all, and, in the quadrants the
 * analyst watches ({@link #DEFAULT_WATCHED}: B and D, the outcomes that hurt the global sector), each
 * placed sector no option addresses. A watched quadrant with no option at all gets both flags, so its
 * unaddressed sectors are named too. Targets naming unknown sectors or letters are ignored.
 */
public final class Coverage {
    /** The report's quadrants that need vigilance: B) Destructive Victory and D) Lose-Lose. */
    public static final Set<String> DEFAULT_WATCHED = Set.of("B", "D");

    private Coverage() {
    }

    /**
     * One quadrant's coverage, lists in project order. {@code byQuadrant}: options targeting its letter;
     * {@code bySector}: options targeting at least one sector placed in it (an option may be in both);
     * {@code sectors}: the sectors placed in it; {@code unaddressedSectors}: if the quadrant is watched,
     * those of its sectors no option addresses, else empty (sectors elsewhere are not flagged).
     */
    public record QuadrantCoverage(Quadrant quadrant, List<PolicyOption> byQuadrant, List<PolicyOption> bySector,
                                   List<Sector> sectors, List<Sector> unaddressedSectors) {
        public QuadrantCoverage {
            Objects.requireNonNull(quadrant, "quadrant");
            byQuadrant = List.copyOf(byQuadrant);
            bySector = List.copyOf(bySector);
            sectors = List.copyOf(sectors);
            unaddressedSectors = List.copyOf(unaddressedSectors);
        }

        /** Whether any option addresses the quadrant, by its letter or through one of its sectors. */
        public boolean addressed() {
            return !byQuadrant.isEmpty() || !bySector.isEmpty();
        }
    }

    /** The coverage of every quadrant, in framework order; {@code watched}: letters whose sectors are flagged. */
    public static List<QuadrantCoverage> of(Project project, Set<String> watched) {
        Objects.requireNonNull(watched, "watched");
        List<QuadrantCoverage> result = new ArrayList<>();
        for (Quadrant q : project.framework().quadrants()) {
            result.add(of(project, q, watched.contains(q.letter())));
        }
        return result;
    }

    /**
     * The gaps as sentences: "No option addresses quadrant C (Harmless Failure)" and, for watched
     * quadrants, "No option addresses Steel and aluminum (B, Destructive Victory)".
     */
    public static List<String> warnings(Project project, Set<String> watched) {
        List<String> warnings = new ArrayList<>();
        for (QuadrantCoverage c : of(project, watched)) {
            Quadrant q = c.quadrant();
            if (!c.addressed()) {
                warnings.add("No option addresses quadrant " + q.letter() + " (" + q.name() + ")");
            }
            for (Sector s : c.unaddressedSectors()) {
                warnings.add("No option addresses " + s.name() + " (" + q.letter() + ", " + q.name() + ")");
            }
        }
        return warnings;
    }

    private static QuadrantCoverage of(Project project, Quadrant q, boolean watched) {
        List<Sector> placed = project.sectors().stream()
                .filter(s -> project.quadrantOf(s).map(in -> in.letter().equals(q.letter())).orElse(false))
                .toList();
        List<PolicyOption> byQuadrant = project.options().stream()
                .filter(o -> o.targets().quadrantLetters().contains(q.letter()))
                .toList();
        List<PolicyOption> bySector = project.options().stream()
                .filter(o -> placed.stream().anyMatch(s -> o.targets().sectorIds().contains(s.id())))
                .toList();
        // A quadrant-letter target covers every sector in it, so only sector-id targets can be missing.
        List<Sector> unaddressed = watched && byQuadrant.isEmpty()
                ? placed.stream().filter(s -> !targetedById(project, s)).toList()
                : List.of();
        return new QuadrantCoverage(q, byQuadrant, bySector, placed, unaddressed);
    }

    private static boolean targetedById(Project project, Sector s) {
        return project.options().stream().anyMatch(o -> o.targets().sectorIds().contains(s.id()));
    }
}
