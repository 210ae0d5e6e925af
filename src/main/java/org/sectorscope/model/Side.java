package org.sectorscope.model;

import java.util.Locale;

/** One end of an axis: LOW is the -1 pole (left on x, bottom on y), HIGH the +1 pole. */
public enum Side {
    LOW, HIGH;

    public static Side of(double coordinate) {
        return coordinate < 0 ? LOW : HIGH;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Side fromKey(String key) {
        return switch (key) {
            case "low" -> LOW;
            case "high" -> HIGH;
            default -> throw new IllegalArgumentException("expected \"low\" or \"high\", found \"" + key + "\"");
        };
    }
}
