package org.sectorscope.logic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sectorscope.model.Axis;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;

/**
 * Which way a sector's evidence leans on each axis, and whether its placement goes against it.
 *
 * <p>On each axis, every item that bears on that axis adds its grade weight
 * ({@link PlacementConfidence#weight}: reliability x credibility, 1.0 for A1 down to 0.04 for E5,
 * with F and 6 at 0.5) to the pole it points toward; items that bear on no axis do not count.
 *
 * <p>A placed sector <em>contradicts its evidence</em> on an axis when the weight pointing to the
 * opposite pole is greater than the weight pointing to the pole it is placed on (x &lt; 0 is the low
 * pole, x &gt;= 0 the high pole; the same for y), and that opposing weight is at least 0.5. So a lone
 * poorly graded item (one C3, 0.36) never raises a warning, but one B2 (0.64) against nothing does;
 * equal weights do not, and an unplaced sector never contradicts. Weights that are equal on paper are
 * treated as equal even when floating-point sums differ in the last digits.
 */
public final class EvidenceBalance {
    /** The mark shown wherever a placement contradicts its evidence: cards, lists, exports. */
    public static final String WARNING_MARK = "\u26A0";
    /** The opposing weight below which a contradiction is not reported: one B2 item is enough, one C3 is not. */
    public static final double MIN_OPPOSING = 0.5;
    /** Grade weights are sums of products of tenths; closer than this they are equal. */
    private static final double EPSILON = 1e-9;

    /** The weights and item counts pointing to each pole of one axis. */
    public record AxisBalance(AxisId axis, double towardLow, double towardHigh, int itemsLow, int itemsHigh) {
        /** Positive when the evidence leans to the high pole, negative when to the low pole. */
        public double net() {
            return towardHigh - towardLow;
        }

        /** The pole with the greater weight, or null when both weigh the same. */
        public Side leaning() {
            double net = net();
            if (Math.abs(net) <= EPSILON) {
                return null;
            }
            return net > 0 ? Side.HIGH : Side.LOW;
        }

        public double toward(Side side) {
            return side == Side.LOW ? towardLow : towardHigh;
        }
    }

    /** A placement on {@code placedOn} of {@code axis} that the evidence weighs against. */
    public record Contradiction(AxisId axis, Side placedOn, double supporting, double opposing) {
        /** The pole the evidence leans to: the one opposite the placement. */
        public Side leansTo() {
            return opposite(placedOn);
        }
    }

    private EvidenceBalance() {
    }

    /** The balance on {@code axis} (X or Y) of the sector's evidence. */
    public static AxisBalance of(Sector s, AxisId axis) {
        if (axis == AxisId.NONE) {
            throw new IllegalArgumentException("NONE is not an axis");
        }
        double low = 0;
        double high = 0;
        int itemsLow = 0;
        int itemsHigh = 0;
        for (Evidence e : s.evidence()) {
            if (e.bearing().axis() != axis) {
                continue;
            }
            if (e.bearing().toward() == Side.LOW) {
                low += PlacementConfidence.weight(e);
                itemsLow++;
            } else {
                high += PlacementConfidence.weight(e);
                itemsHigh++;
            }
        }
        return new AxisBalance(axis, low, high, itemsLow, itemsHigh);
    }

    /** The contradiction on {@code axis}, if the rule in the class comment finds one. */
    public static Optional<Contradiction> contradiction(Sector s, AxisId axis) {
        if (!s.isPlaced()) {
            return Optional.empty();
        }
        AxisBalance balance = of(s, axis);
        Side placedOn = Side.of(axis == AxisId.X ? s.position().x() : s.position().y());
        double supporting = balance.toward(placedOn);
        double opposing = balance.toward(opposite(placedOn));
        boolean contradicts = opposing > supporting + EPSILON && opposing >= MIN_OPPOSING - EPSILON;
        return contradicts ? Optional.of(new Contradiction(axis, placedOn, supporting, opposing)) : Optional.empty();
    }

    /** The contradictions on x, then y; empty when there are none. */
    public static List<Contradiction> contradictions(Sector s) {
        List<Contradiction> found = new ArrayList<>(2);
        contradiction(s, AxisId.X).ifPresent(found::add);
        contradiction(s, AxisId.Y).ifPresent(found::add);
        return List.copyOf(found);
    }

    /** "Placed on Success, but the evidence leans to Failure (2.0 against 0.64)", in the framework's words. */
    public static String describe(Contradiction c, Framework f) {
        Axis axis = f.axis(c.axis());
        return "Placed on " + axis.label(c.placedOn()) + ", but the evidence leans to " + axis.label(c.leansTo())
                + " (" + weightText(c.opposing()) + " against " + weightText(c.supporting()) + ")";
    }

    /**
     * A weight as shown everywhere: to two decimals, trailing zeros dropped ("1.3", "0.64", "0.48"). Grade
     * weights are products of tenths, so their sums have two decimals at most and this never rounds: a
     * weight of 0.48 reads 0.48, below the 0.5 that warns, never "0.5" beside no warning.
     */
    public static String weightText(double weight) {
        BigDecimal d = BigDecimal.valueOf(weight).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1).toPlainString() : d.toPlainString();
    }

    private static Side opposite(Side side) {
        return side == Side.LOW ? Side.HIGH : Side.LOW;
    }
}
