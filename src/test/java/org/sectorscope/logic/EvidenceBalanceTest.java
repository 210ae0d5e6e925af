package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.EvidenceBalance.AxisBalance;
import org.sectorscope.logic.EvidenceBalance.Contradiction;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.TestProjects;

/** Evidence balance and contradictions, against hand-computed grade weights (see PlacementConfidence). */
class EvidenceBalanceTest {
    /** x: Success (low) / Failure (high); y: Destructive (low) / Constructive (high). */
    private static final Framework FRAMEWORK = Framework.sectoralOutcomes();

    private static Evidence item(String id, Reliability r, int c, AxisId axis, Side toward) {
        return new Evidence(id, "quote " + id, null, null, null, r, c, Bearing.of(axis, toward), List.of(), null, null);
    }

    private static Sector sector(Position p, Evidence... evidence) {
        return new Sector("s", "S", "", null, p, Placement.analyst(""), List.of(evidence), null);
    }

    /** A1 low (1.0); B2, C3 and F6 high (0.64 + 0.36 + 0.25 = 1.25); a context item that counts on no axis. */
    private static Sector example(Position p) {
        return sector(p,
                item("a1", Reliability.A, 1, AxisId.X, Side.LOW),
                item("b2", Reliability.B, 2, AxisId.X, Side.HIGH),
                item("c3", Reliability.C, 3, AxisId.X, Side.HIGH),
                item("f6", Reliability.F, 6, AxisId.X, Side.HIGH),
                item("ctx", Reliability.A, 1, AxisId.NONE, null));
    }

    @Test
    void weighsEachPoleByGradeAndIgnoresContext() {
        AxisBalance x = EvidenceBalance.of(example(new Position(-0.5, 0)), AxisId.X);
        assertEquals(AxisId.X, x.axis());
        assertEquals(1.0, x.towardLow(), 1e-9);
        assertEquals(1.25, x.towardHigh(), 1e-9);
        assertEquals(1, x.itemsLow());
        assertEquals(3, x.itemsHigh());
        assertEquals(0.25, x.net(), 1e-9);
        assertEquals(Side.HIGH, x.leaning());

        AxisBalance y = EvidenceBalance.of(example(new Position(-0.5, 0)), AxisId.Y);
        assertEquals(0.0, y.towardLow(), 1e-9);
        assertEquals(0.0, y.towardHigh(), 1e-9);
        assertEquals(0, y.itemsLow() + y.itemsHigh());
        assertNull(y.leaning(), "no evidence leans nowhere");
    }

    @Test
    void leaningLowWhenTheLowPoleWeighsMore() {
        AxisBalance x = EvidenceBalance.of(sector(null,
                item("b2", Reliability.B, 2, AxisId.X, Side.LOW),
                item("d4", Reliability.D, 4, AxisId.X, Side.HIGH)), AxisId.X);
        assertEquals(0.64, x.towardLow(), 1e-9);
        assertEquals(0.16, x.towardHigh(), 1e-9);
        assertEquals(-0.48, x.net(), 1e-9);
        assertEquals(Side.LOW, x.leaning());
    }

    @Test
    void placedAgainstHeavierEvidenceContradicts() {
        Contradiction c = EvidenceBalance.contradiction(example(new Position(-0.5, 0.3)), AxisId.X).orElseThrow();
        assertEquals(AxisId.X, c.axis());
        assertEquals(Side.LOW, c.placedOn());
        assertEquals(Side.HIGH, c.leansTo());
        assertEquals(1.0, c.supporting(), 1e-9);
        assertEquals(1.25, c.opposing(), 1e-9);
        assertEquals(List.of(c), EvidenceBalance.contradictions(example(new Position(-0.5, 0.3))));
    }

    @Test
    void placedWithHeavierEvidenceDoesNotContradict() {
        assertTrue(EvidenceBalance.contradiction(example(new Position(0.5, 0)), AxisId.X).isEmpty());
        assertEquals(List.of(), EvidenceBalance.contradictions(example(new Position(0.5, 0))));
    }

    @Test
    void zeroIsTheHighPole() {
        assertTrue(EvidenceBalance.contradiction(example(new Position(0, 0)), AxisId.X).isEmpty(),
                "x = 0 counts as Failure, which the evidence supports");
    }

    @Test
    void aLonePoorItemDoesNotContradict() {
        Sector s = sector(new Position(0.5, 0.5), item("c3", Reliability.C, 3, AxisId.X, Side.LOW));
        assertEquals(0.36, EvidenceBalance.of(s, AxisId.X).towardLow(), 1e-9);
        assertTrue(EvidenceBalance.contradiction(s, AxisId.X).isEmpty(), "0.36 is below 0.5");
    }

    @Test
    void aLoneGoodItemContradicts() {
        Sector s = sector(new Position(0.5, 0.5), item("b2", Reliability.B, 2, AxisId.X, Side.LOW));
        Contradiction c = EvidenceBalance.contradiction(s, AxisId.X).orElseThrow();
        assertEquals(Side.HIGH, c.placedOn());
        assertEquals(0.0, c.supporting(), 1e-9);
        assertEquals(0.64, c.opposing(), 1e-9);
    }

    @Test
    void opposingWeightOfExactlyHalfIsEnough() {
        Sector half = sector(new Position(0.5, 0.5), item("a6", Reliability.A, 6, AxisId.X, Side.LOW)); // 1.0 x 0.5
        assertEquals(0.5, EvidenceBalance.contradiction(half, AxisId.X).orElseThrow().opposing(), 1e-9);
        Sector below = sector(new Position(0.5, 0.5), item("b3", Reliability.B, 3, AxisId.X, Side.LOW)); // 0.48
        assertTrue(EvidenceBalance.contradiction(below, AxisId.X).isEmpty());
    }

    @Test
    void tiesDoNotContradict() {
        Sector s = sector(new Position(0.5, 0.5),
                item("a1", Reliability.A, 1, AxisId.X, Side.LOW), // 1.0
                item("b2", Reliability.B, 2, AxisId.X, Side.HIGH), // 0.64
                item("c3", Reliability.C, 3, AxisId.X, Side.HIGH)); // 0.36
        assertNull(EvidenceBalance.of(s, AxisId.X).leaning());
        assertTrue(EvidenceBalance.contradiction(s, AxisId.X).isEmpty());
        assertTrue(EvidenceBalance.contradiction(s.withPosition(new Position(-0.5, 0.5)), AxisId.X).isEmpty());
    }

    @Test
    void tiesOnPaperStayTiesDespiteRounding() {
        // 0.6 + 0.6 is 1.2 in doubles, but 0.8 + 0.4 is 1.2000000000000002
        Sector s = sector(new Position(0.5, 0.5),
                item("c1a", Reliability.C, 1, AxisId.X, Side.HIGH),
                item("c1b", Reliability.C, 1, AxisId.X, Side.HIGH),
                item("a2", Reliability.A, 2, AxisId.X, Side.LOW),
                item("a4", Reliability.A, 4, AxisId.X, Side.LOW));
        assertNull(EvidenceBalance.of(s, AxisId.X).leaning());
        assertTrue(EvidenceBalance.contradiction(s, AxisId.X).isEmpty());
    }

    @Test
    void unplacedNeverContradicts() {
        Sector s = sector(null,
                item("a1x", Reliability.A, 1, AxisId.X, Side.LOW),
                item("a1y", Reliability.A, 1, AxisId.Y, Side.HIGH));
        assertEquals(1.0, EvidenceBalance.of(s, AxisId.X).towardLow(), 1e-9, "the balance is still known");
        assertTrue(EvidenceBalance.contradiction(s, AxisId.X).isEmpty());
        assertTrue(EvidenceBalance.contradiction(s, AxisId.Y).isEmpty());
        assertEquals(List.of(), EvidenceBalance.contradictions(s));
    }

    @Test
    void theYAxisIsJudgedOnItsOwn() {
        Sector s = sector(new Position(-0.5, 0.5),
                item("a1", Reliability.A, 1, AxisId.X, Side.LOW), // supports x low
                item("b2", Reliability.B, 2, AxisId.Y, Side.LOW), // 0.64
                item("c3", Reliability.C, 3, AxisId.Y, Side.LOW), // 0.36
                item("d4", Reliability.D, 4, AxisId.Y, Side.HIGH)); // 0.16
        AxisBalance y = EvidenceBalance.of(s, AxisId.Y);
        assertEquals(1.0, y.towardLow(), 1e-9);
        assertEquals(0.16, y.towardHigh(), 1e-9);
        assertEquals(2, y.itemsLow());
        assertEquals(1, y.itemsHigh());
        assertEquals(1.0, EvidenceBalance.of(s, AxisId.X).towardLow(), 1e-9, "y items do not count on x");
        List<Contradiction> found = EvidenceBalance.contradictions(s);
        assertEquals(1, found.size(), "x agrees with its evidence");
        Contradiction c = found.get(0);
        assertEquals(AxisId.Y, c.axis());
        assertEquals(Side.HIGH, c.placedOn());
        assertEquals(0.16, c.supporting(), 1e-9);
        assertEquals(1.0, c.opposing(), 1e-9);
    }

    @Test
    void contradictionsListXThenY() {
        Sector s = sector(new Position(0.5, 0.5),
                item("y", Reliability.B, 2, AxisId.Y, Side.LOW),
                item("x", Reliability.A, 1, AxisId.X, Side.LOW));
        List<Contradiction> found = EvidenceBalance.contradictions(s);
        assertEquals(2, found.size());
        assertEquals(AxisId.X, found.get(0).axis());
        assertEquals(1.0, found.get(0).opposing(), 1e-9);
        assertEquals(AxisId.Y, found.get(1).axis());
        assertEquals(0.64, found.get(1).opposing(), 1e-9);
    }

    @Test
    void noAxisHasNoBalance() {
        assertThrows(IllegalArgumentException.class, () -> EvidenceBalance.of(example(null), AxisId.NONE));
    }

    @Test
    void theSmallProjectAgreesWithItsEvidence() {
        Project p = TestProjects.small();
        for (Sector s : p.sectors()) {
            assertEquals(List.of(), EvidenceBalance.contradictions(s), s.id());
        }
        Sector solar = p.sector(TestProjects.SOLAR).orElseThrow();
        assertEquals(0.64, EvidenceBalance.of(solar, AxisId.X).towardLow(), 1e-9);
        assertEquals(0.36, EvidenceBalance.of(solar, AxisId.Y).towardHigh(), 1e-9);
    }

    @Test
    void describesInTheFrameworksWords() {
        assertEquals("Placed on Success, but the evidence leans to Failure (2.0 against 0.6)",
                EvidenceBalance.describe(new Contradiction(AxisId.X, Side.LOW, 0.6, 2.0), FRAMEWORK));
        assertEquals("Placed on Constructive, but the evidence leans to Destructive (1.0 against 0.16)",
                EvidenceBalance.describe(new Contradiction(AxisId.Y, Side.HIGH, 0.16, 1.0), FRAMEWORK));
    }

    @Test
    void describeIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Placed on Failure, but the evidence leans to Success (0.64 against 0.0)",
                    EvidenceBalance.describe(new Contradiction(AxisId.X, Side.HIGH, 0.0, 0.64), FRAMEWORK));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void weightsAreShownAsTheRuleSeesThem() {
        assertEquals("0.48", EvidenceBalance.weightText(0.48));
        assertEquals("0.5", EvidenceBalance.weightText(0.5));
        assertEquals("1.3", EvidenceBalance.weightText(1.3));
        assertEquals("0.0", EvidenceBalance.weightText(0));
        assertEquals("2.0", EvidenceBalance.weightText(2.0));
        assertEquals("0.8", EvidenceBalance.weightText(0.64 + 0.16), "a sum's last-digit noise is not shown");
        assertEquals("1.28", EvidenceBalance.weightText(0.64 + 0.64));
    }

    @Test
    void aB3AgainstNothingReadsBelowTheThresholdAndDoesNotWarn() {
        // B3 = 0.8 x 0.6 = 0.48: under the 0.5 that warns, and shown so (it once read "0.5" without the mark).
        Sector s = sector(new Position(-0.5, 0.5), item("b3", Reliability.B, 3, AxisId.X, Side.HIGH));
        assertTrue(EvidenceBalance.contradictions(s).isEmpty());
        assertEquals("0.48", EvidenceBalance.weightText(EvidenceBalance.of(s, AxisId.X).towardHigh()));
        Sector b2 = sector(new Position(-0.5, 0.5), item("b2", Reliability.B, 2, AxisId.X, Side.HIGH));
        assertEquals(1, EvidenceBalance.contradictions(b2).size(), "0.64 warns");
        assertEquals("Placed on Success, but the evidence leans to Failure (0.64 against 0.0)",
                EvidenceBalance.describe(EvidenceBalance.contradictions(b2).get(0), FRAMEWORK));
    }
}
