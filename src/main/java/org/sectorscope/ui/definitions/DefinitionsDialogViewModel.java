package org.sectorscope.ui.definitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.EditDefinitionsCommand;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Ids;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectFormat;
import org.sectorscope.ui.common.FieldReasons;
import org.sectorscope.ui.common.FieldReasons.Problem;

/**
 * The Drivers and Fields dialog's state: the project's drivers and custom fields staged as drafts, edited,
 * added, reordered and removed without touching the project, checked live, and applied on OK as one
 * {@link EditDefinitionsCommand}. Cancel simply drops the drafts.
 */
public final class DefinitionsDialogViewModel {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** Colours for new drivers, apart from the report's three and from each other, in print and on screen. */
    private static final List<String> NEW_COLOURS = List.of("#2B6CB0", "#B7791F", "#6B46C1", "#2C7A7B", "#C05621",
            "#97266D", "#4A5568");

    private final ObservableList<DriverDraft> drivers = FXCollections.observableArrayList();
    private final ObservableList<FieldDraft> fields = FXCollections.observableArrayList();
    private final FieldReasons reasons = new FieldReasons();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyStringWrapper consequences = new ReadOnlyStringWrapper(this, "consequences", "");
    private final List<DriverDraft> removedDrivers = new ArrayList<>();
    private final List<FieldDraft> removedFields = new ArrayList<>();
    private final InvalidationListener recheck = obs -> recheck();

    public DefinitionsDialogViewModel(Project project) {
        for (Driver d : project.drivers()) {
            drivers.add(watched(DriverDraft.of(d, EditDefinitionsCommand.driverUsers(project, d.id()))));
        }
        for (CustomField f : project.fields()) {
            fields.add(watched(FieldDraft.of(f, EditDefinitionsCommand.valueCount(project, f.id()))));
        }
        drivers.addListener(recheck);
        fields.addListener(recheck);
        recheck();
    }

    private DriverDraft watched(DriverDraft d) {
        d.nameProperty().addListener(recheck);
        d.colourProperty().addListener(recheck);
        d.shapeProperty().addListener(recheck);
        return d;
    }

    private FieldDraft watched(FieldDraft f) {
        f.nameProperty().addListener(recheck);
        f.kindProperty().addListener(recheck);
        f.unitProperty().addListener(recheck);
        return f;
    }

    // ---- staging ----

    /** Adds a driver at the end, named "New driver" (numbered when taken), in a shape and colour of its own. */
    public DriverDraft addDriver() {
        Set<String> colours = drivers.stream().map(d -> d.typedColour().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String colour = NEW_COLOURS.stream().filter(c -> !colours.contains(c)).findFirst()
                .orElse(NEW_COLOURS.get(drivers.size() % NEW_COLOURS.size()));
        MarkerShape shape = MarkerShape.values()[drivers.size() % MarkerShape.values().length];
        DriverDraft d = watched(new DriverDraft(Ids.newId("driver"), freeName("New driver",
                drivers.stream().map(DriverDraft::typedName).toList()), shape, colour, null, 0));
        drivers.add(d);
        return d;
    }

    /** Adds a number field at the end, named "New field" (numbered when taken). */
    public FieldDraft addField() {
        FieldDraft f = watched(new FieldDraft(Ids.newId("field"), freeName("New field",
                fields.stream().map(FieldDraft::typedName).toList()), CustomField.Kind.NUMBER, null, null, 0));
        fields.add(f);
        return f;
    }

    /** Stages the driver's removal; on OK the sectors it drove are left with none (see {@link #consequencesProperty}). */
    public void removeDriver(DriverDraft d) {
        if (drivers.remove(d)) {
            removedDrivers.add(d);
            recheck();
        }
    }

    /** Stages the field's removal; on OK its values go from every sector. */
    public void removeField(FieldDraft f) {
        if (fields.remove(f)) {
            removedFields.add(f);
            recheck();
        }
    }

    /** Moves the driver {@code delta} places (-1 up, +1 down), within the list; returns whether it moved. */
    public boolean moveDriver(DriverDraft d, int delta) {
        return move(drivers, d, delta);
    }

    public boolean moveField(FieldDraft f, int delta) {
        return move(fields, f, delta);
    }

    private static <T> boolean move(ObservableList<T> list, T item, int delta) {
        int from = list.indexOf(item);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= list.size()) {
            return false;
        }
        List<T> next = new ArrayList<>(list);
        next.remove(from);
        next.add(to, item);
        list.setAll(next); // one change, so the view rebuilds once
        return true;
    }

    /** What removing the driver will do, said before it is removed: "Used by 3 sectors: they will have no driver." */
    public String removalWarning(DriverDraft d) {
        return d.usedBy() == 0 ? "Used by no sector." : "Used by " + Counts.sectors(d.usedBy())
                + (d.usedBy() == 1 ? ": it will have no driver." : ": they will have no driver.");
    }

    /** What removing the field will do: "2 sectors hold a value: it will be removed from them." */
    public String removalWarning(FieldDraft f) {
        return f.valueCount() == 0 ? "No sector holds a value." : Counts.sectors(f.valueCount())
                + (f.valueCount() == 1 ? " holds a value" : " hold a value") + ": removed with the field.";
    }

    private static String freeName(String base, List<String> taken) {
        Set<String> keys = taken.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String name = base;
        for (int i = 2; keys.contains(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        return name;
    }

    // ---- checking ----

    private void recheck() {
        String p = reasons.update(problems());
        problem.set(p.isEmpty() ? null : p);
        valid.set(p.isEmpty());
        consequences.set(describeConsequences());
    }

    /** Every problem in reading order (drivers, then fields), each against the property its control edits. */
    private List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        // The file's own caps, said here: a project the dialog let through could not be saved.
        if (drivers.size() > ProjectFormat.MAX_DRIVERS) {
            out.add(new Problem(drivers, "A project may have at most " + ProjectFormat.MAX_DRIVERS + " drivers; remove "
                    + (drivers.size() - ProjectFormat.MAX_DRIVERS) + "."));
        }
        if (fields.size() > ProjectFormat.MAX_FIELDS) {
            out.add(new Problem(fields, "A project may have at most " + ProjectFormat.MAX_FIELDS + " fields; remove "
                    + (fields.size() - ProjectFormat.MAX_FIELDS) + "."));
        }
        for (int i = 0; i < drivers.size(); i++) {
            DriverDraft d = drivers.get(i);
            if (d.typedName().isEmpty()) {
                out.add(new Problem(d.nameProperty(), "Driver " + (i + 1) + " needs a name."));
            }
            if (!COLOUR.matcher(d.typedColour()).matches()) {
                out.add(new Problem(d.colourProperty(), "Driver \u201c" + d.typedName() + "\u201d needs a colour as #RRGGBB."));
            }
        }
        clash(drivers, DriverDraft::typedName, DriverDraft::nameProperty, "drivers", out);
        for (int i = 0; i < fields.size(); i++) {
            FieldDraft f = fields.get(i);
            if (f.typedName().isEmpty()) {
                out.add(new Problem(f.nameProperty(), "Field " + (i + 1) + " needs a name."));
            }
            if (f.kindLocked() && f.kindChanged()) {
                out.add(new Problem(f.kindProperty(), "\u201c" + f.typedName() + "\u201d holds values in "
                        + Counts.sectors(f.valueCount()) + ", so its kind cannot change."));
            }
        }
        clash(fields, FieldDraft::typedName, FieldDraft::nameProperty, "fields", out);
        return out;
    }

    /** The command's rule for repeated names; every draft with the repeated name is marked. */
    private static <T> void clash(List<T> drafts, Function<T, String> name, Function<T, Observable> field, String what,
                                  List<Problem> out) {
        EditDefinitionsCommand.repeatedName(drafts.stream().map(name).toList()).ifPresent(n -> {
            String reason = "Two " + what + " are called \u201c" + n + "\u201d: names must differ.";
            drafts.stream().filter(d -> EditDefinitionsCommand.repeatedName(List.of(n, name.apply(d))).isPresent())
                    .forEach(d -> out.add(new Problem(field.apply(d), reason)));
        });
    }

    /** What OK will do to sectors, said before it is pressed; "" when it touches none. */
    private String describeConsequences() {
        List<String> parts = new ArrayList<>();
        for (DriverDraft d : removedDrivers) {
            if (d.usedBy() > 0) {
                parts.add(Counts.sectors(d.usedBy()) + " driven by \u201c" + d.typedName() + "\u201d will have no driver");
            }
        }
        for (FieldDraft f : removedFields) {
            if (f.valueCount() > 0) {
                parts.add(Counts.sectors(f.valueCount()) + " will lose " + (f.valueCount() == 1 ? "its" : "their")
                        + " \u201c" + f.typedName() + "\u201d value");
            }
        }
        return parts.isEmpty() ? "" : "On OK, " + String.join("; ", parts) + ".";
    }

    // ---- applying ----

    /** The staged edit as one undoable command; empty when it changes nothing of {@code project}. */
    public Optional<EditDefinitionsCommand> command(Project project) {
        if (!valid.get()) {
            throw new IllegalStateException(problem.get());
        }
        return EditDefinitionsCommand.of(project, drivers.stream().map(DriverDraft::toDriver).toList(),
                fields.stream().map(FieldDraft::toField).toList());
    }

    /** On OK: executes the staged edit as one undo step, if valid and a change. Returns whether the project changed. */
    public boolean apply(ProjectSession session) {
        if (!valid.get()) {
            return false;
        }
        Optional<EditDefinitionsCommand> command = command(session.project());
        command.ifPresent(session::execute);
        return command.isPresent();
    }

    // ---- what the view binds to ----

    public ObservableList<DriverDraft> drivers() {
        return drivers;
    }

    public ObservableList<FieldDraft> fields() {
        return fields;
    }

    /**
     * Why the control editing {@code property} (a draft's name, colour or kind) is refused, or "". The
     * whole lists stand for the caps on their length.
     */
    public ReadOnlyStringProperty reasonFor(Observable property) {
        return reasons.of(property);
    }

    /** What is wrong with the drafts, in words; null while they are valid. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** "On OK, 3 sectors driven by “Mixed” will have no driver."; "" while OK touches no sector. */
    public ReadOnlyStringProperty consequencesProperty() {
        return consequences.getReadOnlyProperty();
    }
}
