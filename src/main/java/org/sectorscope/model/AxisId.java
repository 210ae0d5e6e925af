package org.sectorscope.model;

import java.util.Locale;

/** Which axis of the framework a piece of evidence bears on. */
public enum AxisId {
    X, Y, NONE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AxisId fromKey(String key) {
        return switch (key) {
            case "x" -> X;
            case "y" -> Y;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("expected \"x\", \"y\" or \"none\", found \"" + key + "\"");
        };
    }
}
