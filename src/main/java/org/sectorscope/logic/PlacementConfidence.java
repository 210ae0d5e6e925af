package org.sectorscope.logic;

import org.sectorscope.model.AxisId;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Sector;

/**
 * How well a placement is supported by its own evidence, shown as a mark on each card. Each item
 * weighs reliability x credibility, each scored 1.0 (A, 1) down to 0.2 (E, 5), with "cannot be
 * judged" (F, 6) at 0.5; items that bear on no axis count half. The sum gives the level:
 * below 0.5 none, below 1.5 low, below 3 medium, else high. So three B2 items (0.64 each, 1.92) are
 * medium and five are high.
 */
public final class PlacementConfidence {
    public enum Level {
        NONE("No supporting evidence"), LOW("Low confidence"), MEDIUM("Medium confidence"), HIGH("High confidence");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** One to three bars, like a signal meter; an empty meter for no support. Canvas and exports both show it. */
        public String bars() {
            return switch (this) {
                case NONE -> "\u25AF\u25AF\u25AF";
                case LOW -> "\u25AE\u25AF\u25AF";
                case MEDIUM -> "\u25AE\u25AE\u25AF";
                case HIGH -> "\u25AE\u25AE\u25AE";
            };
        }
    }

    private static final double[] RELIABILITY = {1.0, 0.8, 0.6, 0.4, 0.2, 0.5};
    private static final double[] CREDIBILITY = {1.0, 0.8, 0.6, 0.4, 0.2, 0.5};

    private PlacementConfidence() {
    }

    /** The weight of one evidence item, 0.1 to 1. */
    public static double weight(Evidence e) {
        double w = RELIABILITY[e.reliability().ordinal()] * CREDIBILITY[e.credibility() - 1];
        return e.bearing().axis() == AxisId.NONE ? w / 2 : w;
    }

    public static double support(Sector s) {
        return s.evidence().stream().mapToDouble(PlacementConfidence::weight).sum();
    }

    public static Level of(Sector s) {
        double support = support(s);
        if (support < 0.5) {
            return Level.NONE;
        }
        if (support < 1.5) {
            return Level.LOW;
        }
        return support < 3 ? Level.MEDIUM : Level.HIGH;
    }
}
