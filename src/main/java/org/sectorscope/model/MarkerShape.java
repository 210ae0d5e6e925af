package org.sectorscope.model;

import java.util.Locale;

/** The shape a driver's sectors are marked with, so drivers read apart in greyscale print too. */
public enum MarkerShape {
    SQUARE, CIRCLE, DIAMOND;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MarkerShape fromKey(String key) {
        for (MarkerShape s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("shape must be \"square\", \"circle\" or \"diamond\", found \"" + key
                + "\"");
    }
}
