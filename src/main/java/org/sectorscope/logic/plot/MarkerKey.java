package org.sectorscope.logic.plot;

import java.util.List;

/**
 * What a figure's markers mean, as its legend shows it (canvas and export alike): the colours (the
 * drivers, each with its shape, or a text field's values), the driver shapes on their own while colour
 * shows a field, and the sizes when a number field sizes the markers.
 *
 * @param colorTitle the name of the field the colours show, or null when they are the drivers'
 * @param colors     one entry per colour drawn; by driver, each with its shape
 * @param shapes     the driver shapes drawn, in a neutral colour; empty while colour is by driver
 * @param sizeTitle  the sizing field's name and unit ("Output (USD bn)"), or null when markers are one size
 * @param sizes      the smallest and largest values with their marker sizes, and "no value" when any
 */
public record MarkerKey(String colorTitle, List<Entry> colors, List<Entry> shapes, String sizeTitle,
                        List<Entry> sizes) {
    public MarkerKey {
        colors = List.copyOf(colors);
        shapes = List.copyOf(shapes);
        sizes = List.copyOf(sizes);
    }

    /**
     * One symbol and what it means.
     *
     * @param shape the marker's shape, or null for a plain swatch (a colour or a size, whatever the shape)
     * @param rgb   0xRRGGBB
     * @param size  the marker's size, as drawn on the plot
     */
    public record Entry(String label, DriverShape shape, int rgb, double size) {
    }
}
