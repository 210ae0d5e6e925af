package org.sectorscope.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** One of the four cells of the framework, identified by the sides of both axes it covers. */
public record Quadrant(Side x, Side y, String letter, String name, String color, Extras extras) {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Quadrant {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        TextLimit.NAME.require(Objects.requireNonNull(letter, "letter"), "a quadrant letter");
        TextLimit.NAME.require(Objects.requireNonNull(name, "name"), "the name of quadrant " + letter);
        if (letter.isBlank()) {
            throw new IllegalArgumentException("a quadrant letter must not be blank");
        }
        if (color == null || !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("quadrant " + letter + ": colour must be #RRGGBB, found " + color);
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public Quadrant(Side x, Side y, String letter, String name, String color) {
        this(x, y, letter, name, color, Extras.NONE);
    }

    /** "A) Win-Win", the way the report labels a quadrant. */
    public String label() {
        return letter + ") " + name;
    }
}
