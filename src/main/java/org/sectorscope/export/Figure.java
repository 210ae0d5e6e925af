package org.sectorscope.export;

import java.awt.Graphics2D;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * A laid-out figure that paints itself onto any {@link Graphics2D}: a PNG's image, JFreeSVG's or
 * pdfbox-graphics2d's. Sizes are base units (pixels at scale 1, points in a PDF).
 */
public interface Figure {
    int width();

    int height();

    /** Paints the whole figure, background included, with (0, 0) at its top-left corner. */
    default void paint(Graphics2D g) {
        paint(g, p -> { });
    }

    /** As {@link #paint(Graphics2D)}, reporting how far it got (0 to 1) for large scenes. */
    void paint(Graphics2D g, DoubleConsumer progress);

    /**
     * The figure as pages at most {@code maxHeight} units tall, for formats whose pages are bounded (PDF);
     * a figure that cannot be split is one page whatever its height.
     */
    default List<Figure> pages(double maxHeight) {
        return List.of(this);
    }
}
