package org.sectorscope.logic.plot;

/** The plot's measures, in pixels at 100% (figure units in an export); one set for canvas and export. */
public final class PlotStyle {
    /** A marker's size: the driver shape at the sector's exact position. */
    public static final double MARKER = 9;
    /**
     * Markers sized by a number field run from this size to {@link #MARKER_MAX}, their areas in proportion
     * to the values over the shown sectors' range; a sector without a value is drawn at
     * {@link #MARKER_NO_VALUE}, clearly smaller than any, so it is not read as the smallest value.
     */
    public static final double MARKER_MIN = 10;
    public static final double MARKER_MAX = 30;
    public static final double MARKER_NO_VALUE = 6;
    /** The ring around a marker on a dividing line, and its width. */
    public static final double LINE_RING = MARKER + 7;
    /** How much wider than its marker the ring of a marker on a line is. */
    public static final double RING_MARGIN = LINE_RING - MARKER;
    public static final double RING_WIDTH = 1.3;
    /** The white margin around a marker, which keeps it clear of any colour under it. */
    public static final double HALO = 2.5;
    /** The coloured rim of a hollow (the analyst's) marker. */
    public static final double HOLLOW_WIDTH = 1.7;
    /** Labels keep this far inside their quadrant, off the dividing lines and the frame (a shadow included). */
    public static final double CELL_INSET = 4;
    /** Room kept between labels, and between a label and any marker. */
    public static final double LABEL_GAP = 3;
    /** A label on a line keeps at least this much of itself on each side of it. */
    public static final double STRADDLE = 6;
    /** A label farther than this from its marker (beyond the marker's edge) gets a leader line. */
    public static final double LEADER_AFTER = 8;

    public static final double PAD_X = 6;
    public static final double PAD_Y = 4;
    public static final double COMPACT_PAD_X = 4;
    public static final double COMPACT_PAD_Y = 2;
    /** Between the driver's name and the meter on a full card. */
    public static final double META_GAP = 5;
    public static final double CORNER = 10;

    public static final double NAME_INSET_X = 8;
    public static final double NAME_INSET_Y = 6;

    /**
     * Square pixels of plot per sector needed for full cards (name, driver, meter) and for compact ones
     * (name); below, sectors are markers alone, named on hover and when selected.
     */
    public static final double FULL_AREA = 14_000;
    public static final double COMPACT_AREA = 2_500;
    /** Plots narrower than this use compact cards whatever the room. */
    public static final double COMPACT_BELOW = 640;
    public static final int FULL_NAME_LINES = 3;
    public static final int COMPACT_NAME_LINES = 2;
    public static final double COMPACT_MAX_WIDTH = 132;
    /** The last resort before a marker alone: one line this wide at most. */
    public static final double SHORT_MAX_WIDTH = 96;

    private PlotStyle() {
    }

    /** The widest full card on a plot this wide. */
    public static double fullMaxWidth(double plotWidth) {
        return Math.max(120, Math.min(180, plotWidth / 5.2));
    }
}
