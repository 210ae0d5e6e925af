package org.sectorscope.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sectorscope.model.Axis;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Framework;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;
import org.sectorscope.model.Targets;

/**
 * Replaces the framework: axis titles, pole labels, quadrant letters, names and colours. Options
 * target quadrants by letter, so when letters change their targets follow (and change back on revert).
 */
public record EditFrameworkCommand(Framework before, Framework after) implements ProjectCommand {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** A fixed order of the four cells, so letter mappings do not depend on the order of the list. */
    private static final Side[][] CELLS = {{Side.LOW, Side.HIGH}, {Side.HIGH, Side.HIGH}, {Side.LOW, Side.LOW},
        {Side.HIGH, Side.LOW}};

    public EditFrameworkCommand {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    // ---- factories: each checks its input and keeps the extras of what it edits ----

    public static EditFrameworkCommand renameAxisTitle(Project project, AxisId axis, String title) {
        Axis a = project.framework().axis(axis);
        String t = required(title, "the " + axisName(axis) + " title");
        return replace(project, withAxis(project.framework(), axis, new Axis(t, a.lowLabel(), a.highLabel(), a.extras())));
    }

    public static EditFrameworkCommand renamePole(Project project, AxisId axis, Side side, String label) {
        Axis a = project.framework().axis(axis);
        String l = required(label, "the " + side.key() + " pole label of the " + axisName(axis));
        Axis next = side == Side.LOW ? new Axis(a.title(), l, a.highLabel(), a.extras())
                : new Axis(a.title(), a.lowLabel(), l, a.extras());
        return replace(project, withAxis(project.framework(), axis, next));
    }

    public static EditFrameworkCommand renameQuadrant(Project project, String letter, String newName) {
        Quadrant q = quadrant(project, letter);
        String n = required(newName, "the name of quadrant " + letter);
        return replace(project, withQuadrant(project.framework(),
                new Quadrant(q.x(), q.y(), q.letter(), n, q.color(), q.extras())));
    }

    public static EditFrameworkCommand recolourQuadrant(Project project, String letter, String hex) {
        Quadrant q = quadrant(project, letter);
        if (hex == null || !COLOUR.matcher(hex.strip()).matches()) {
            throw new IllegalArgumentException("quadrant " + letter + ": a colour must be #RRGGBB, found " + hex);
        }
        String c = hex.strip().toUpperCase(Locale.ROOT);
        return replace(project, withQuadrant(project.framework(),
                new Quadrant(q.x(), q.y(), q.letter(), q.name(), c, q.extras())));
    }

    /** Gives quadrant {@code letter} another letter; options that target it follow. */
    public static EditFrameworkCommand reletterQuadrant(Project project, String letter, String newLetter) {
        Quadrant q = quadrant(project, letter);
        String l = required(newLetter, "the new letter of quadrant " + letter);
        if (!l.equals(letter) && project.framework().byLetter(l).isPresent()) {
            throw new IllegalArgumentException("letter " + l + " is already used by another quadrant");
        }
        return replace(project, withQuadrant(project.framework(),
                new Quadrant(q.x(), q.y(), l, q.name(), q.color(), q.extras())));
    }

    /** The whole framework at once, as the framework dialog edits it. */
    public static EditFrameworkCommand replace(Project project, Framework next) {
        check(next);
        return new EditFrameworkCommand(project.framework(), next);
    }

    /** What the model allows but a framework on screen must not have: blank titles, labels, names, letters. */
    static void check(Framework f) {
        for (AxisId id : List.of(AxisId.X, AxisId.Y)) {
            Axis a = f.axis(id);
            required(a.title(), "the " + axisName(id) + " title");
            required(a.lowLabel(), "the low pole label of the " + axisName(id));
            required(a.highLabel(), "the high pole label of the " + axisName(id));
        }
        for (Quadrant q : f.quadrants()) {
            required(q.letter(), "a quadrant letter"); // the model rejects blank and duplicate letters too
            required(q.name(), "the name of quadrant " + q.letter());
        }
    }

    // ---- the command ----

    @Override
    public String description() {
        List<String> changes = changes();
        return changes.size() == 1 ? changes.get(0) : "Edit framework";
    }

    /** One phrase per visible change, in reading order; anything else counts as an unnamed change. */
    private List<String> changes() {
        List<String> out = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            out.add("Rename framework");
        }
        for (AxisId id : List.of(AxisId.X, AxisId.Y)) {
            Axis a = before.axis(id);
            Axis b = after.axis(id);
            addIf(out, !a.title().equals(b.title()), "Rename " + axisName(id));
            addIf(out, !a.lowLabel().equals(b.lowLabel()), "Rename pole " + a.lowLabel());
            addIf(out, !a.highLabel().equals(b.highLabel()), "Rename pole " + a.highLabel());
            addIf(out, !a.extras().equals(b.extras()), "Edit framework");
        }
        for (Side[] cell : CELLS) {
            Quadrant a = before.quadrant(cell[0], cell[1]);
            Quadrant b = after.quadrant(cell[0], cell[1]);
            addIf(out, !a.letter().equals(b.letter()), "Change letter of quadrant " + a.letter());
            addIf(out, !a.name().equals(b.name()), "Rename quadrant " + a.letter());
            addIf(out, !a.color().equals(b.color()), "Recolour quadrant " + a.letter());
            addIf(out, !a.extras().equals(b.extras()), "Edit framework");
        }
        addIf(out, !before.extras().equals(after.extras()), "Edit framework");
        return out;
    }

    @Override
    public Project apply(Project project) {
        return project.withFramework(after).withOptions(retarget(project.options(), letterMap(before, after)));
    }

    @Override
    public Project revert(Project project) {
        return project.withFramework(before).withOptions(retarget(project.options(), letterMap(after, before)));
    }

    /**
     * Old letter to new letter, cell by cell, completed to a permutation (letters freed by the edit
     * stand in for letters it takes) so that revert is an exact inverse even for stale targets.
     */
    private static Map<String, String> letterMap(Framework from, Framework to) {
        Map<String, String> map = new HashMap<>();
        List<String> freed = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (Side[] cell : CELLS) {
            String a = from.quadrant(cell[0], cell[1]).letter();
            String b = to.quadrant(cell[0], cell[1]).letter();
            map.put(a, b);
            if (to.byLetter(a).isEmpty()) {
                freed.add(a);
            }
            if (from.byLetter(b).isEmpty()) {
                taken.add(b);
            }
        }
        for (int i = 0; i < taken.size(); i++) {
            map.put(taken.get(i), freed.get(i));
        }
        return map;
    }

    private static List<PolicyOption> retarget(List<PolicyOption> options, Map<String, String> letters) {
        if (letters.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
            return options;
        }
        return options.stream().map(o -> {
            Targets t = o.targets();
            List<String> mapped = t.quadrantLetters().stream().map(l -> letters.getOrDefault(l, l)).toList();
            if (mapped.equals(t.quadrantLetters())) {
                return o;
            }
            return new PolicyOption(o.id(), o.name(), o.description(), o.sourceId(),
                    new Targets(t.sectorIds(), mapped, t.extras()), o.intendedEffect(), o.scores(), o.extras());
        }).toList();
    }

    // ---- helpers ----

    private static void addIf(List<String> out, boolean changed, String phrase) {
        if (changed) {
            out.add(phrase);
        }
    }

    private static String axisName(AxisId axis) {
        return axis.key() + "-axis";
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text.strip();
    }

    private static Quadrant quadrant(Project project, String letter) {
        return project.framework().byLetter(letter)
                .orElseThrow(() -> new IllegalArgumentException("no quadrant with letter " + letter));
    }

    private static Framework withAxis(Framework f, AxisId id, Axis axis) {
        return switch (id) {
            case X -> new Framework(f.name(), axis, f.yAxis(), f.quadrants(), f.extras());
            case Y -> new Framework(f.name(), f.xAxis(), axis, f.quadrants(), f.extras());
            case NONE -> throw new IllegalArgumentException("NONE is not an axis");
        };
    }

    private static Framework withQuadrant(Framework f, Quadrant next) {
        List<Quadrant> quadrants = f.quadrants().stream()
                .map(q -> q.x() == next.x() && q.y() == next.y() ? next : q).toList();
        return new Framework(f.name(), f.xAxis(), f.yAxis(), quadrants, f.extras());
    }
}
