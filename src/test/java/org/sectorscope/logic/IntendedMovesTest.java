package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.IntendedMoves.Arrow;
import org.sectorscope.logic.IntendedMoves.Move;
import org.sectorscope.model.Extras;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Targets;
import org.sectorscope.model.TestProjects;

class IntendedMovesTest {
    private static final Set<String> ABCD = Set.of("A", "B", "C", "D");

    @Test
    void readsTheWaysAnalystsWriteAMove() {
        assertEquals(List.of(new Move("B", "A")), IntendedMoves.parse("move from B toward A", ABCD));
        assertEquals(List.of(new Move("B", "A")), IntendedMoves.parse("so that B sectors move toward A", ABCD));
        assertEquals(List.of(new Move("D", "C")), IntendedMoves.parse("push D to C", ABCD));
        assertEquals(List.of(new Move("B", "A"), new Move("D", "C")),
                IntendedMoves.parse("B sectors toward A; D into C; again B towards A", ABCD));
    }

    @Test
    void textWithoutAPairDrawsNothing() {
        assertEquals(List.of(), IntendedMoves.parse("Contain B and D sectors by cutting China off", ABCD));
        assertEquals(List.of(), IntendedMoves.parse("A to A", ABCD));
        assertEquals(List.of(), IntendedMoves.parse("Move X toward A", ABCD), "X is not a quadrant letter");
        assertEquals(List.of(), IntendedMoves.parse("A Boat to A", ABCD), "letters count only as whole words");
        assertEquals(List.of(), IntendedMoves.parse(null, ABCD));
    }

    @Test
    void arrowsRunFromTargetedSectorsAndTargetedQuadrants() {
        Project small = TestProjects.small();
        // CHIPS sits at (-0.4, -0.7) in B; A's centre is (-0.5, 0.5). 70% of the way: (-0.47, 0.14).
        PolicyOption subsidy = small.option(TestProjects.SUBSIDY).orElseThrow(); // targets CHIPS and B; "move from B toward A"
        List<Arrow> arrows = IntendedMoves.arrows(small, subsidy);
        assertEquals(2, arrows.size());
        assertEquals(new Arrow(new Position(-0.5, -0.5), new Position(-0.5, 0.5), null), arrows.get(0));
        Arrow chips = arrows.get(1);
        assertEquals(TestProjects.CHIPS, chips.sectorId());
        assertEquals(new Position(-0.4, -0.7), chips.from());
        assertEquals(-0.47, chips.to().x(), 1e-9);
        assertEquals(0.14, chips.to().y(), 1e-9);
    }

    @Test
    void aSectorOutsideTheFromQuadrantGetsNoArrow() {
        Project small = TestProjects.small();
        PolicyOption o = new PolicyOption("o", "O", null, null,
                new Targets(List.of(TestProjects.SOLAR), List.of(), Extras.NONE), "move B toward A", List.of(),
                Extras.NONE);
        assertEquals(List.of(), IntendedMoves.arrows(small, o), "Solar is in A, not B; no quadrant target");
    }
}
