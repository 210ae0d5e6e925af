package org.sectorscope.ui.inspector;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.EditSectorsCommand;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;

/**
 * The sector inspector: every field of the selected sectors, each edit one undoable step. With several
 * selected, a field shows its value when they share it and is empty (marked "several values") when they
 * do not; an edit sets it for all of them. Fields reload whenever the selection or the project changes.
 */
public final class SectorInspectorViewModel {
    /** One text of a sector as the inspector edits it: how to read it, how to set it, what it is called, its limit. */
    private record SectorText(Function<Sector, String> read, BiFunction<Sector, String, Sector> write,
                             String what, TextLimit limit, StringProperty value, ReadOnlyBooleanWrapper mixed) {
    }

    private final ProjectSession session;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper several = new ReadOnlyBooleanWrapper(this, "several");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Placement.Basis> basis = new SimpleObjectProperty<>(this, "basis");
    private final StringProperty x = new SimpleStringProperty(this, "x", "");
    private final StringProperty y = new SimpleStringProperty(this, "y", "");
    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper(this, "place", "");
    private final ReadOnlyStringWrapper positionProblem = new ReadOnlyStringWrapper(this, "positionProblem", "");
    private final List<SectorText> texts = new ArrayList<>();
    private final SectorText tags;
    private final ObservableList<Driver> drivers = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<FieldRow> fieldRows = FXCollections.observableArrayList();
    private final ObjectProperty<String> driverId = new SimpleObjectProperty<>(this, "driverId");
    private final ReadOnlyBooleanWrapper driverMixed = new ReadOnlyBooleanWrapper(this, "driverMixed");
    private final SectorText summary;
    private final SectorText rationale;
    private final SectorText source;
    private final SectorText locator;
    private final SectorText quote;
    private List<Sector> shown = List.of();

    public SectorInspectorViewModel(ProjectSession session) {
        this.session = session;
        tags = text(s -> String.join(", ", s.tags()), (s, v) -> s.withTags(SectorFields.tags(v)), "the tags",
                TextLimit.LINE);
        summary = text(Sector::summary, Sector::withSummary, "the summary", TextLimit.PROSE);
        rationale = text(s -> s.placement().rationale(), SectorFields::withRationale, "the rationale", TextLimit.PROSE);
        source = text(s -> s.placement().sourceId(), SectorFields::withSource, "the source", TextLimit.LINE);
        locator = text(s -> s.placement().locator(), SectorFields::withLocator, "the locator", TextLimit.LINE);
        quote = text(s -> s.placement().quote(), SectorFields::withQuote, "the quote", TextLimit.PROSE);
        x.addListener((obs, old, v) -> updatePlace());
        y.addListener((obs, old, v) -> updatePlace());
        session.projectProperty().addListener((obs, old, p) -> reload());
        session.selection().sectorChangesProperty().addListener(o -> reload());
        reload();
    }

    private SectorText text(Function<Sector, String> read, BiFunction<Sector, String, Sector> write,
                           String what, TextLimit limit) {
        // An absent optional text reads as "", so "all empty" is a shared value, not "several values".
        SectorText f = new SectorText(s -> Objects.toString(read.apply(s), ""), write, what, limit, new SimpleStringProperty(this, what, ""),
                new ReadOnlyBooleanWrapper(this, what + " mixed"));
        texts.add(f);
        return f;
    }

    /** Reads the selected sectors again, in project order. */
    private void reload() {
        Project p = session.project();
        Set<String> ids = session.selection().sectorIds();
        // Nothing or one selected (an opened file, a press) is found without a walk over every sector.
        shown = ids.isEmpty() ? List.of()
                : ids.size() == 1 ? p.sector(ids.iterator().next()).map(List::of).orElse(List.of())
                : p.sectors().stream().filter(s -> ids.contains(s.id())).toList();
        empty.set(shown.isEmpty());
        several.set(shown.size() > 1);
        title.set(shown.isEmpty() ? "No sector selected" : shown.size() == 1 ? shown.get(0).name()
                : shown.size() + " sectors selected");
        name.set(shown.size() == 1 ? shown.get(0).name() : "");
        for (SectorText f : texts) {
            Optional<String> common = common(f.read());
            f.mixed().set(common.isEmpty() && !shown.isEmpty());
            f.value().set(common.orElse(""));
        }
        basis.set(common(s -> s.placement().basis()).orElse(null));
        if (!drivers.equals(p.drivers())) {
            drivers.setAll(p.drivers());
        }
        if (!fieldRows.stream().map(FieldRow::field).toList().equals(p.fields())) {
            fieldRows.setAll(p.fields().stream().map(FieldRow::new).toList());
        }
        for (FieldRow row : fieldRows) {
            Optional<String> shared = common(s -> FieldRow.shown(s, row.field()));
            row.show(shared.orElse(""), shared.isEmpty() && !shown.isEmpty());
        }
        List<String> sourceIds = new ArrayList<>();
        sourceIds.add(""); // no source
        p.sources().forEach(src -> sourceIds.add(src.id()));
        if (!sources.equals(sourceIds)) {
            sources.setAll(sourceIds);
        }
        Optional<String> sharedDriver = common(Sector::driver);
        driverMixed.set(sharedDriver.isEmpty() && !shown.isEmpty());
        driverId.set(sharedDriver.orElse(null));
        Optional<String> px = common(s -> s.isPlaced() ? Position.text(s.position().x()) : "");
        Optional<String> py = common(s -> s.isPlaced() ? Position.text(s.position().y()) : "");
        x.set(px.orElse(""));
        y.set(py.orElse(""));
        updatePlace();
    }

    private <T> Optional<T> common(Function<Sector, T> read) {
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        T first = read.apply(shown.get(0));
        return shown.stream().allMatch(s -> Objects.equals(read.apply(s), first)) ? Optional.ofNullable(first)
                : Optional.empty();
    }

    private void updatePlace() {
        if (x.get().isBlank() && y.get().isBlank()) {
            place.set(shown.size() > 1 ? "several positions" : shown.isEmpty() ? "" : "not placed yet");
            positionProblem.set("");
        } else {
            TypedPosition typed = TypedPosition.parse(x.get(), y.get());
            place.set(typed.place(session.project().framework()));
            positionProblem.set(typed.problem() == null ? "" : typed.problem());
        }
    }

    // ---- edits: each one undoable step, none when nothing changes ----

    /** Renames the one selected sector; a blank name is refused by putting the old one back. */
    public void commitName() {
        if (shown.size() != 1 || name.get() == null || name.get().isBlank()) {
            reload();
            return;
        }
        String next = TextLimit.NAME.fit(name.get().strip());
        if (!next.equals(shown.get(0).name())) {
            session.execute(RenameSectorCommand.of(session.project(), shown.get(0).id(), next));
        }
    }

    /** Sets the chosen driver (one of the project's) on every selected sector. */
    public void commitDriver() {
        String id = driverId.get();
        if (id != null && session.project().driver(id).isPresent()) {
            edit("the driver", s -> s.withDriver(id));
        }
    }

    /**
     * Sets the typed tags. Over sectors whose tags differ (the field empty, "several values") what is typed
     * is added to each one's own tags, so tagging twelve sectors at once never wipes their other tags.
     */
    public void commitTags() {
        if (!tags.mixed().get()) {
            commit(tags);
            return;
        }
        List<String> added = SectorFields.tags(tags.value().get() == null ? "" : tags.value().get());
        if (!added.isEmpty()) {
            edit("the tags", s -> s.withTags(Stream.concat(s.tags().stream(), added.stream())
                    .distinct().toList()));
        }
    }

    public void commitSummary() {
        commit(summary);
    }

    public void commitRationale() {
        commit(rationale);
    }

    public void commitSource() {
        commit(source);
    }

    public void commitLocator() {
        commit(locator);
    }

    public void commitQuote() {
        commit(quote);
    }

    /** An empty field over several values means "leave them", not "clear them all". */
    private void commit(SectorText f) {
        String typed = f.value().get() == null ? "" : f.value().get().strip();
        if (f.mixed().get() && typed.isEmpty()) {
            return;
        }
        String value = f.limit().fit(typed);
        edit(f.what(), s -> f.write().apply(s, value));
    }

    /**
     * Sets the typed value of one of the project's fields on every selected sector; empty clears it, except
     * over sectors whose values differ ("several values"), where it leaves them. Not a number in a number
     * field: the field shows the sectors' value again.
     */
    public void commitField(FieldRow row) {
        FieldRow.Parsed parsed = row.parse(row.valueProperty().get());
        if (!parsed.valid() || parsed.value() == null && row.mixedProperty().get()) {
            reload();
            return;
        }
        edit(row.field().name(), s -> s.withFieldValue(row.field().id(), parsed.value()));
    }

    public void commitBasis() {
        if (basis.get() != null) {
            edit("the basis", s -> SectorFields.withBasis(s, basis.get()));
        }
    }

    /** Moves every selected sector to the typed position (rounded to 4 decimals); an invalid one is put back. */
    public void commitPosition() {
        TypedPosition typed = TypedPosition.parse(x.get(), y.get());
        if (typed.position() == null || shown.isEmpty()) {
            reload();
            return;
        }
        var targets = new LinkedHashMap<String, Position>();
        shown.stream().filter(s -> !typed.position().equals(s.position()))
                .forEach(s -> targets.put(s.id(), typed.position()));
        if (!targets.isEmpty()) {
            session.execute(MoveSectorsCommand.of(session.project(), targets, Clock.systemUTC()));
        }
    }

    private void edit(String what, UnaryOperator<Sector> change) {
        EditSectorsCommand.of(session.project(), shown.stream().map(Sector::id).toList(), what, change)
                .ifPresent(session::execute);
    }

    // ---- what the view binds to ----

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty severalProperty() {
        return several.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The project's drivers, the inspector's choice for the driver. */
    public ObservableList<Driver> drivers() {
        return drivers;
    }

    /** The selected sectors' driver id; null when they differ (or none is selected). */
    public ObjectProperty<String> driverIdProperty() {
        return driverId;
    }

    /** The project's own fields, one row each, in the project's order. */
    public ObservableList<FieldRow> fieldRows() {
        return fieldRows;
    }

    /** The ids the placement's source can be: "" (none), then the project's sources. */
    public ObservableList<String> sourceChoices() {
        return sources;
    }

    /** How a source is named in the choice: its author and title, or "(none)". */
    public String sourceName(String id) {
        if (id == null || id.isEmpty()) {
            return "(none)";
        }
        return session.project().source(id).map(src -> Stream.of(src.author(), src.title())
                .filter(t -> t != null && !t.isBlank()).reduce((a, b) -> a + ", " + b).orElse(id)).orElse(id);
    }

    /** The tags, comma-separated: "energy, export-heavy". */
    public StringProperty tagsProperty() {
        return tags.value();
    }

    public ReadOnlyBooleanProperty tagsMixedProperty() {
        return tags.mixed().getReadOnlyProperty();
    }

    public StringProperty summaryProperty() {
        return summary.value();
    }

    public StringProperty rationaleProperty() {
        return rationale.value();
    }

    public StringProperty sourceProperty() {
        return source.value();
    }

    public StringProperty locatorProperty() {
        return locator.value();
    }

    public StringProperty quoteProperty() {
        return quote.value();
    }

    /** True when the selected sectors differ in the driver: the field is empty and says "several values". */
    public ReadOnlyBooleanProperty driverMixedProperty() {
        return driverMixed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty summaryMixedProperty() {
        return summary.mixed().getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty rationaleMixedProperty() {
        return rationale.mixed().getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sourceMixedProperty() {
        return source.mixed().getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty locatorMixedProperty() {
        return locator.mixed().getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty quoteMixedProperty() {
        return quote.mixed().getReadOnlyProperty();
    }

    public ObjectProperty<Placement.Basis> basisProperty() {
        return basis;
    }

    public StringProperty xProperty() {
        return x;
    }

    public StringProperty yProperty() {
        return y;
    }

    /** Where the typed position lies, live ("B) Destructive Victory", "on the A/B line"), or what is wrong. */
    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    /** Why the typed x and y are not a position (both fields are marked with it), or "". */
    public ReadOnlyStringProperty positionProblemProperty() {
        return positionProblem.getReadOnlyProperty();
    }
}
