package org.sectorscope.logic.plot;

/**
 * The typefaces of the plot, by role: every text on the canvas and in an export is set in one of these
 * (DejaVu Sans, bundled), measured by one {@link TextMetrics}, so both lay out alike.
 */
public enum TextStyle {
    CARD_NAME(12, true),
    CARD_NAME_COMPACT(11, true),
    CARD_META(10, false),
    QUADRANT_NAME(14, true);

    private final int size;
    private final boolean bold;

    TextStyle(int size, boolean bold) {
        this.size = size;
        this.bold = bold;
    }

    public int size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }
}
