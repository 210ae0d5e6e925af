package org.sectorscope.store;

import static org.sectorscope.store.EvidenceCsv.show;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectorscope.model.Axis;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.Source;

/**
 * Resolves what a CSV row names against the project: sectors by id or name, sources by id or
 * title, and the bearing by axis key or title and pole key or label. Names and titles match
 * case-insensitively after trimming, because people type them; a name two entries share is refused
 * rather than guessed. Each method adds its complaint to {@code errors} and answers null on failure.
 */
final class EvidenceCsvProjectLookup {
    private final Project project;
    private final Map<String, Sector> sectorsById = new HashMap<>();
    private final Map<String, List<Sector>> sectorsByName = new HashMap<>();
    private final Map<String, List<Source>> sourcesByTitle = new HashMap<>();

    EvidenceCsvProjectLookup(Project project) {
        this.project = project;
        for (Sector sector : project.sectors()) {
            sectorsById.put(sector.id(), sector);
            sectorsByName.computeIfAbsent(key(sector.name()), k -> new ArrayList<>()).add(sector);
        }
        for (Source source : project.sources()) {
            sourcesByTitle.computeIfAbsent(key(source.title()), k -> new ArrayList<>()).add(source);
        }
    }

    /** The sector a row goes to: by {@code sectorId} when given (it wins over the name), else by name. */
    Sector sector(String sectorId, String name, List<String> errors) {
        if (!sectorId.isBlank()) {
            Sector sector = sectorsById.get(sectorId.strip());
            if (sector == null) {
                errors.add("unknown sector id " + show(sectorId.strip()));
            }
            return sector;
        }
        if (name.isBlank()) {
            errors.add("the row names no sector");
            return null;
        }
        List<Sector> matches = sectorsByName.getOrDefault(key(name), List.of());
        if (matches.isEmpty()) {
            errors.add("unknown sector " + show(name.strip()));
        } else if (matches.size() > 1) {
            errors.add("sector name " + show(name.strip()) + " is shared by " + matches.size()
                    + " sectors; give the sectorId instead");
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }

    /** The source id for a cell holding a source id or title; null for a blank cell or on failure. */
    String sourceId(String cell, List<String> errors) {
        String value = cell.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (project.source(value).isPresent()) {
            return value;
        }
        List<Source> matches = sourcesByTitle.getOrDefault(key(value), List.of());
        if (matches.isEmpty()) {
            errors.add("unknown source " + show(value));
        } else if (matches.size() > 1) {
            errors.add("source title " + show(value) + " is shared by " + matches.size()
                    + " sources; give the source id instead");
        }
        return matches.size() == 1 ? matches.get(0).id() : null;
    }

    /**
     * The bearing for an axis cell (blank, none, x, y or an axis title) and a toward cell (low, high
     * or a pole label of that axis). An axis needs a toward and a toward needs an axis.
     */
    Bearing bearing(String axisCell, String towardCell, List<String> errors) {
        String axisText = axisCell.strip();
        String towardText = towardCell.strip();
        AxisId axis = axis(axisText, errors);
        if (axis == null) {
            return null;
        }
        if (axis == AxisId.NONE) {
            if (!towardText.isEmpty()) {
                errors.add("toward " + show(towardText) + " needs an axis (x or y)");
                return null;
            }
            return Bearing.NONE;
        }
        Axis frameworkAxis = project.framework().axis(axis);
        if (towardText.isEmpty()) {
            errors.add("axis " + show(axisText) + " needs a toward (low or high, or " + poles(frameworkAxis) + ")");
            return null;
        }
        Side side = side(towardText, frameworkAxis, errors);
        return side == null ? null : Bearing.of(axis, side);
    }

    private AxisId axis(String text, List<String> errors) {
        String k = key(text);
        if (k.isEmpty() || k.equals("none")) {
            return AxisId.NONE;
        }
        if (k.equals("x") || k.equals("y")) {
            return AxisId.fromKey(k);
        }
        Axis x = project.framework().xAxis();
        Axis y = project.framework().yAxis();
        boolean isX = k.equals(key(x.title()));
        boolean isY = k.equals(key(y.title()));
        if (isX && isY) {
            errors.add("axis " + show(text) + " is ambiguous: both axes have that title; give x or y");
            return null;
        }
        if (isX || isY) {
            return isX ? AxisId.X : AxisId.Y;
        }
        errors.add("axis " + show(text) + " is not x, y, none, " + show(x.title()) + " or " + show(y.title()));
        return null;
    }

    private static Side side(String text, Axis axis, List<String> errors) {
        String k = key(text);
        if (k.equals("low") || k.equals("high")) {
            return Side.fromKey(k);
        }
        boolean isLow = k.equals(key(axis.lowLabel()));
        boolean isHigh = k.equals(key(axis.highLabel()));
        if (isLow && isHigh) {
            errors.add("toward " + show(text) + " is ambiguous: both poles have that label; give low or high");
            return null;
        }
        if (isLow || isHigh) {
            return isLow ? Side.LOW : Side.HIGH;
        }
        errors.add("toward " + show(text) + " is not low, high, " + poles(axis));
        return null;
    }

    private static String poles(Axis axis) {
        return show(axis.lowLabel()) + " or " + show(axis.highLabel());
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
