package org.sectorscope.model;

import java.util.Objects;

/** Which axis an evidence item bears on and the pole it pushes toward (none for context). */
public record Bearing(AxisId axis, Side toward) {
    public static final Bearing NONE = new Bearing(AxisId.NONE, null);

    public Bearing {
        Objects.requireNonNull(axis, "axis");
        if (axis == AxisId.NONE && toward != null) {
            throw new IllegalArgumentException("evidence that bears on no axis has no direction");
        }
        if (axis != AxisId.NONE && toward == null) {
            throw new IllegalArgumentException("evidence bearing on the " + axis.key() + "-axis needs a direction");
        }
    }

    public static Bearing of(AxisId axis, Side toward) {
        return axis == AxisId.NONE ? NONE : new Bearing(axis, toward);
    }
}
