package org.sectorscope.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The 2x2 itself. A project carries its framework as data, so other 2x2s work too. */
public record Framework(String name, Axis xAxis, Axis yAxis, List<Quadrant> quadrants, Extras extras) {
    public Framework {
        TextLimit.NAME.require(Objects.requireNonNull(name, "name"), "the framework's name");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        quadrants = List.copyOf(quadrants);
        if (quadrants.size() != 4) {
            throw new IllegalArgumentException("a framework needs exactly 4 quadrants, found " + quadrants.size());
        }
        Set<String> cells = new HashSet<>();
        Set<String> letters = new HashSet<>();
        for (Quadrant q : quadrants) {
            if (!cells.add(q.x() + "/" + q.y())) {
                throw new IllegalArgumentException("two quadrants cover x=" + q.x().key() + ", y=" + q.y().key());
            }
            if (!letters.add(q.letter())) {
                throw new IllegalArgumentException("quadrant letter " + q.letter() + " is used twice");
            }
        }
        extras = extras == null ? Extras.NONE : extras;
    }

    public Framework(String name, Axis xAxis, Axis yAxis, List<Quadrant> quadrants) {
        this(name, xAxis, yAxis, quadrants, Extras.NONE);
    }

    public Quadrant quadrant(Side x, Side y) {
        for (Quadrant q : quadrants) {
            if (q.x() == x && q.y() == y) {
                return q;
            }
        }
        throw new IllegalStateException("unreachable: the constructor checks all four cells");
    }

    /** The quadrant a position falls in: x &lt; 0 is the low side, x &gt;= 0 the high side (same for y). */
    public Quadrant quadrantOf(Position p) {
        return quadrant(Side.of(p.x()), Side.of(p.y()));
    }

    public Optional<Quadrant> byLetter(String letter) {
        return quadrants.stream().filter(q -> q.letter().equals(letter)).findFirst();
    }

    public Axis axis(AxisId id) {
        return switch (id) {
            case X -> xAxis;
            case Y -> yAxis;
            case NONE -> throw new IllegalArgumentException("NONE is not an axis");
        };
    }

    /** The report's Figure 1.1 framework, used for new projects. */
    public static Framework sectoralOutcomes() {
        return new Framework("Sectoral outcomes",
                new Axis("Innovation outcomes in China", "Success", "Failure"),
                new Axis("Effect on the global sector", "Destructive", "Constructive"),
                List.of(new Quadrant(Side.LOW, Side.HIGH, "A", "Win-Win", "#DCEBD5"),
                        new Quadrant(Side.LOW, Side.LOW, "B", "Destructive Victory", "#F6E3C6"),
                        new Quadrant(Side.HIGH, Side.HIGH, "C", "Harmless Failure", "#DCE6F2"),
                        new Quadrant(Side.HIGH, Side.LOW, "D", "Lose-Lose", "#F2D7D5")));
    }
}
