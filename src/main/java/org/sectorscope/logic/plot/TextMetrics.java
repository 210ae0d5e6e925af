package org.sectorscope.logic.plot;

/**
 * Measures text for the layout. The canvas and the exports pass the same implementation (the bundled
 * font, measured with Java2D's fractional metrics), so the same project at the same size lays out the
 * same way on screen and on paper.
 */
public interface TextMetrics {
    double width(String text, TextStyle style);

    /** Baseline to the top of the tallest glyphs. */
    double ascent(TextStyle style);

    /** Baseline to baseline. */
    double lineHeight(TextStyle style);
}
