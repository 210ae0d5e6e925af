package org.sectorscope.model;

import java.util.Objects;

/** An axis of the framework: its title and the labels of its two poles. */
public record Axis(String title, String lowLabel, String highLabel, Extras extras) {
    public Axis {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lowLabel, "lowLabel");
        Objects.requireNonNull(highLabel, "highLabel");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Axis(String title, String lowLabel, String highLabel) {
        this(title, lowLabel, highLabel, Extras.NONE);
    }

    public String label(Side side) {
        return side == Side.LOW ? lowLabel : highLabel;
    }
}
