package org.sectorscope.model;

import java.util.Objects;

/** An axis of the framework: its title and the labels of its two poles. */
public record Axis(String title, String lowLabel, String highLabel, Extras extras) {
    public Axis {
        TextLimit.NAME.require(Objects.requireNonNull(title, "title"), "an axis title");
        TextLimit.NAME.require(Objects.requireNonNull(lowLabel, "lowLabel"), "an axis label");
        TextLimit.NAME.require(Objects.requireNonNull(highLabel, "highLabel"), "an axis label");
        extras = extras == null ? Extras.NONE : extras;
    }

    public Axis(String title, String lowLabel, String highLabel) {
        this(title, lowLabel, highLabel, Extras.NONE);
    }

    public String label(Side side) {
        return side == Side.LOW ? lowLabel : highLabel;
    }
}
