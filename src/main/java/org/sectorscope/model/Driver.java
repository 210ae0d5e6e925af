package org.sectorscope.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What drives a sector ("State-led"), defined by the project so analysts can add their own. Sectors
 * refer to it by {@code id}, so renaming a driver or changing its colour never touches the sectors.
 *
 * @param color the marker's colour, #rrggbb
 */
public record Driver(String id, String name, MarkerShape shape, String color, Extras extras) {
    public static final String STATE_LED = "driver-state-led";
    public static final String MARKET = "driver-market-oriented";
    public static final String MIXED = "driver-mixed";
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Driver {
        Ids.require(id, "driver");
        name = TextLimit.NAME.require(Objects.requireNonNull(name, "name"), "the name of driver " + id);
        if (name.isBlank()) {
            throw new IllegalArgumentException("driver " + id + " needs a name");
        }
        Objects.requireNonNull(shape, "shape");
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("driver " + id + ": colour must be #rrggbb, found " + color);
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public Driver(String id, String name, MarkerShape shape, String color) {
        this(id, name, shape, color, Extras.NONE);
    }

    /**
     * The three drivers of the report, with the shapes and colours its figures have always used: what a
     * new project starts with and what the migration from version 1 gives every project.
     */
    public static List<Driver> defaults() {
        return List.of(new Driver(STATE_LED, "State-led", MarkerShape.SQUARE, "#9b2c2c"),
                new Driver(MARKET, "Market-oriented", MarkerShape.CIRCLE, "#2f855a"),
                new Driver(MIXED, "Mixed", MarkerShape.DIAMOND, "#323f4b"));
    }
}
