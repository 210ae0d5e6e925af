package org.sectorscope.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * Replaces the project's drivers and custom fields together, as the Drivers and Fields dialog edits them:
 * one undo step for all its edits. Sectors refer to both by id, so a rename, recolour or reorder touches
 * no sector; removing a driver leaves its sectors with none, and removing a field takes its values from
 * every sector, in the same step (the sectors changed are kept before and after, so undo brings them
 * back). A field's kind cannot change while a sector holds a value for it: converting "12 USD bn" to
 * text and back would not give the number back, so the analyst clears the values first.
 */
public record EditDefinitionsCommand(String description, List<Driver> driversBefore, List<CustomField> fieldsBefore,
                                     List<Driver> driversAfter, List<CustomField> fieldsAfter,
                                     List<Sector> sectorsBefore, List<Sector> sectorsAfter) implements ProjectCommand {
    public EditDefinitionsCommand {
        Objects.requireNonNull(description, "description");
        driversBefore = List.copyOf(driversBefore);
        fieldsBefore = List.copyOf(fieldsBefore);
        driversAfter = List.copyOf(driversAfter);
        fieldsAfter = List.copyOf(fieldsAfter);
        sectorsBefore = List.copyOf(sectorsBefore);
        sectorsAfter = List.copyOf(sectorsAfter);
        if (sectorsBefore.size() != sectorsAfter.size()) {
            throw new IllegalArgumentException("the same sectors are needed before and after");
        }
    }

    /**
     * The edit that gives {@code project} these drivers and fields, in this order; empty when they are what
     * it has already.
     *
     * @throws IllegalArgumentException when two drivers or two fields share a name (ignoring case) or an id,
     *                                  or a field's kind changes while sectors hold values for it
     */
    public static Optional<EditDefinitionsCommand> of(Project project, List<Driver> drivers, List<CustomField> fields) {
        check(drivers, Driver::id, Driver::name, "driver");
        check(fields, CustomField::id, CustomField::name, "field");
        for (CustomField f : fields) {
            project.field(f.id()).filter(old -> old.kind() != f.kind()).ifPresent(old -> {
                int holders = valueCount(project, f.id());
                if (holders > 0) {
                    throw new IllegalArgumentException("\"" + old.name() + "\" holds values in " + sectors(holders)
                            + ", so its kind cannot change");
                }
            });
        }
        if (drivers.equals(project.drivers()) && fields.equals(project.fields())) {
            return Optional.empty();
        }
        Set<String> driverIds = new HashSet<>();
        drivers.forEach(d -> driverIds.add(d.id()));
        Set<String> fieldIds = new HashSet<>();
        fields.forEach(f -> fieldIds.add(f.id()));
        List<Sector> before = new ArrayList<>();
        List<Sector> after = new ArrayList<>();
        for (Sector s : project.sectors()) {
            Sector next = s;
            if (!s.driver().isEmpty() && !driverIds.contains(s.driver())) {
                next = next.withDriver("");
            }
            if (!fieldIds.containsAll(s.fields().keySet())) {
                Map<String, FieldValue> kept = new LinkedHashMap<>(s.fields());
                kept.keySet().retainAll(fieldIds);
                next = next.withFieldValues(kept);
            }
            if (next != s) {
                before.add(s);
                after.add(next);
            }
        }
        return Optional.of(new EditDefinitionsCommand(describe(project, drivers, fields), project.drivers(),
                project.fields(), drivers, fields, before, after));
    }

    /** How many sectors of {@code project} are driven by {@code driverId}. */
    public static int driverUsers(Project project, String driverId) {
        return (int) project.sectors().stream().filter(s -> s.driver().equals(driverId)).count();
    }

    /** How many sectors of {@code project} hold a value for {@code fieldId}. */
    public static int valueCount(Project project, String fieldId) {
        return (int) project.sectors().stream().filter(s -> s.fields().containsKey(fieldId)).count();
    }

    /** The first name that occurs twice in {@code names}, compared stripped and ignoring case; empty if none. */
    public static Optional<String> repeatedName(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(nameKey(n))) {
                return Optional.of(n.strip());
            }
        }
        return Optional.empty();
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> void check(List<T> items, Function<T, String> id, Function<T, String> name, String kind) {
        Set<String> ids = new HashSet<>();
        for (T item : items) {
            if (!ids.add(id.apply(item))) {
                throw new IllegalArgumentException("two " + kind + "s have the id " + id.apply(item));
            }
        }
        repeatedName(items.stream().map(name).toList()).ifPresent(n -> {
            throw new IllegalArgumentException("two " + kind + "s are called \"" + n + "\"");
        });
    }

    /** "Add driver Hybrid", "Remove field Output", "Edit drivers", "Edit drivers and fields". */
    private static String describe(Project project, List<Driver> drivers, List<CustomField> fields) {
        boolean driversChanged = !drivers.equals(project.drivers());
        boolean fieldsChanged = !fields.equals(project.fields());
        if (driversChanged && fieldsChanged) {
            return "Edit drivers and fields";
        }
        return driversChanged ? describe(project.drivers(), drivers, Driver::id, Driver::name, "driver")
                : describe(project.fields(), fields, CustomField::id, CustomField::name, "field");
    }

    /** Names the one item added, removed or renamed when that is the whole edit. */
    private static <T> String describe(List<T> before, List<T> after, Function<T, String> id,
                                       Function<T, String> name, String kind) {
        List<String> beforeIds = before.stream().map(id).toList();
        List<String> afterIds = after.stream().map(id).toList();
        if (after.size() == before.size() + 1 && afterIds.containsAll(beforeIds)) {
            T added = after.stream().filter(t -> !beforeIds.contains(id.apply(t))).findFirst().orElseThrow();
            if (after.stream().filter(t -> beforeIds.contains(id.apply(t))).toList().equals(before)) {
                return "Add " + kind + " " + name.apply(added);
            }
        }
        if (before.size() == after.size() + 1 && beforeIds.containsAll(afterIds)) {
            T removed = before.stream().filter(t -> !afterIds.contains(id.apply(t))).findFirst().orElseThrow();
            if (before.stream().filter(t -> afterIds.contains(id.apply(t))).toList().equals(after)) {
                return "Remove " + kind + " " + name.apply(removed);
            }
        }
        return "Edit " + kind + "s";
    }

    private static String sectors(int n) {
        return n == 1 ? "1 sector" : n + " sectors";
    }

    @Override
    public Project apply(Project project) {
        return project.withDrivers(driversAfter).withFields(fieldsAfter).withSectorsReplaced(sectorsAfter);
    }

    @Override
    public Project revert(Project project) {
        return project.withDrivers(driversBefore).withFields(fieldsBefore).withSectorsReplaced(sectorsBefore);
    }
}
