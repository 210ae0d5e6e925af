package org.sectorscope.logic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sectorscope.model.Framework;
import org.sectorscope.model.MergeConflict;
import org.sectorscope.model.Position;

/**
 * One side of a merge conflict in words, for the Resolve conflicts list ("x 0.35, y -0.2 (B Destructive
 * Victory)", "“Chips”", "removed"), and the position a side holds, for the canvas's ghost markers. The
 * sides are plain JSON-like values (see {@link MergeConflict}).
 */
public final class ConflictText {
    private static final int MAX_TEXT = 80;
    private static final int MAX_FIELDS = 4;

    private ConflictText() {
    }

    /** {@code absentAs} is what a missing side is called ("removed" for ours and theirs, "not there" for base). */
    public static String words(MergeConflict.Side side, Framework framework, String absentAs) {
        return side.present() ? value(side.value(), framework) : absentAs;
    }

    /** The position a side holds when it is one ({@code {x, y}} within range), else empty. */
    public static Optional<Position> position(MergeConflict.Side side) {
        return side.present() ? position(side.value()) : Optional.empty();
    }

    /** Whether the conflict is over a sector's position (two ghost markers on the canvas). */
    public static boolean isSectorPosition(MergeConflict c) {
        return c.sectorId() != null && c.path().size() == 3 && c.path().get(2).equals("position");
    }

    private static Optional<Position> position(Object value) {
        if (value instanceof Map<?, ?> m && m.get("x") instanceof Number x && m.get("y") instanceof Number y) {
            double px = x.doubleValue();
            double py = y.doubleValue();
            if (px >= Position.MIN && px <= Position.MAX && py >= Position.MIN && py <= Position.MAX) {
                return Optional.of(new Position(px, py));
            }
        }
        return Optional.empty();
    }

    private static String value(Object value, Framework framework) {
        Optional<Position> at = position(value);
        if (at.isPresent()) {
            Position p = at.get();
            PlotLocation where = PlotLocation.of(framework, p);
            String place = where.onLine() ? where.label() : where.quadrant().letter() + " " + where.quadrant().name();
            return "x " + Position.text(p.x()) + ", y " + Position.text(p.y()) + " (" + place + ")";
        }
        if (value == null) {
            return "empty";
        }
        if (value instanceof String s) {
            return "\u201c" + cut(s) + "\u201d";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return "none";
            }
            List<String> items = new ArrayList<>();
            list.forEach(v -> items.add(v instanceof String s ? s : value(v, framework)));
            return cut(String.join(", ", items));
        }
        if (value instanceof Map<?, ?> map) {
            if (map.get("name") instanceof String name) {
                return "\u201c" + cut(name) + "\u201d (" + map.size() + " fields)";
            }
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (parts.size() == MAX_FIELDS) {
                    parts.add("\u2026");
                    break;
                }
                parts.add(e.getKey() + " " + value(e.getValue(), framework));
            }
            return cut(String.join("; ", parts));
        }
        return cut(String.valueOf(value));
    }

    private static String cut(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return flat.length() <= MAX_TEXT ? flat : flat.substring(0, MAX_TEXT - 1) + "\u2026";
    }
}
