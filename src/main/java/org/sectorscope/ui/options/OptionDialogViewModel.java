package org.sectorscope.ui.options;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Ids;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Targets;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.FieldReasons;
import org.sectorscope.ui.common.FieldReasons.Problem;

/**
 * The option dialog's state, for a new option ({@code optionId} null) or an existing one: name,
 * description, source, intended effect and targets (quadrants by letter, sectors, which a filter narrows
 * so a project of hundreds stays usable). Scores are not edited here and stay as they are.
 */
public final class OptionDialogViewModel {
    private final ProjectSession session;
    private final PolicyOption original;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty intendedEffect = new SimpleStringProperty(this, "intendedEffect", "");
    private final ObjectProperty<OptionDialogSource> source =
            new SimpleObjectProperty<>(this, "source", OptionDialogSource.NONE);
    private final List<OptionDialogSource> sources = new ArrayList<>();
    private final List<OptionDialogChoice> quadrants = new ArrayList<>();
    private final List<OptionDialogChoice> sectors = new ArrayList<>();
    private final StringProperty sectorFilter = new SimpleStringProperty(this, "sectorFilter", "");
    private final FilteredList<OptionDialogChoice> shownSectors;
    private final StringBinding targetedSectors;
    private final FieldReasons reasons = new FieldReasons();
    private final BooleanBinding valid;

    public OptionDialogViewModel(ProjectSession session, String optionId) {
        this.session = session;
        Project p = session.project();
        original = optionId == null ? null
                : p.option(optionId).orElseThrow(() -> new IllegalArgumentException("no option " + optionId));
        Targets targets = original == null ? Targets.NONE : original.targets();
        sources.add(OptionDialogSource.NONE);
        p.sources().forEach(s -> sources.add(new OptionDialogSource(s.id(), s.shortLabel() + ": " + s.title())));
        for (Quadrant q : p.framework().quadrants()) {
            quadrants.add(new OptionDialogChoice(q.letter(), q.label(), targets.quadrantLetters().contains(q.letter())));
        }
        for (Sector s : p.sectors()) {
            String where = p.quadrantOf(s).map(q -> " (" + q.letter() + ")").orElse("");
            sectors.add(new OptionDialogChoice(s.id(), s.name() + where, targets.sectorIds().contains(s.id())));
        }
        if (original != null) {
            name.set(original.name());
            description.set(original.description() == null ? "" : original.description());
            intendedEffect.set(original.intendedEffect() == null ? "" : original.intendedEffect());
            source.set(sources.stream().filter(s -> original.sourceId() != null && original.sourceId().equals(s.id()))
                    .findFirst().orElseGet(() -> unknownSource(original.sourceId())));
        }
        valid = Bindings.createBooleanBinding(() -> name.get() != null && !name.get().isBlank(), name);
        name.addListener(o -> recheck());
        source.addListener(o -> recheck());
        recheck();
        shownSectors = new FilteredList<>(FXCollections.observableArrayList(sectors));
        shownSectors.predicateProperty().bind(Bindings.createObjectBinding(() -> matching(sectorFilter.get()),
                sectorFilter));
        List<Observable> counted = new ArrayList<>(List.of(sectorFilter));
        sectors.forEach(c -> counted.add(c.checkedProperty()));
        targetedSectors = Bindings.createStringBinding(this::describeTargetedSectors, counted.toArray(Observable[]::new));
    }

    private void recheck() {
        List<Problem> problems = new ArrayList<>();
        if (!valid.get()) {
            problems.add(new Problem(name, "The option needs a name."));
        }
        if (source.get() != null && source.get().id() != null && session.project().source(source.get().id()).isEmpty()) {
            problems.add(new Problem(source, "This source is not among the project's sources; the option keeps it"
                    + " as it was."));
        }
        reasons.update(problems);
    }

    /** The sectors whose label holds every word of {@code filter}, in any case; all for a blank filter. */
    static Predicate<OptionDialogChoice> matching(String filter) {
        String[] words = filter == null ? new String[0] : filter.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return choice -> {
            String label = choice.label().toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!label.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    private String describeTargetedSectors() {
        long checked = sectors.stream().filter(OptionDialogChoice::isChecked).count();
        int shown = shownSectors.size();
        String of = checked + " of " + sectors.size() + (sectors.size() == 1 ? " sector" : " sectors") + " targeted";
        return shown == sectors.size() ? of : of + "; " + shown + " shown";
    }

    /** A source id the project does not list stays selectable, so editing the option keeps it. */
    private OptionDialogSource unknownSource(String id) {
        if (id == null) {
            return OptionDialogSource.NONE;
        }
        OptionDialogSource missing = new OptionDialogSource(id, id + " (not in the project's sources)");
        sources.add(missing);
        return missing;
    }

    /**
     * Adds or updates the option as one command and returns its id; empty when the name is blank or
     * nothing changed.
     */
    public Optional<String> apply() {
        if (!valid.get()) {
            return Optional.empty();
        }
        Project p = session.project();
        String id = original == null ? Ids.newId("opt") : original.id();
        PolicyOption next = new PolicyOption(id, TextLimit.NAME.fit(name.get().strip()),
                TextLimit.PROSE.fit(description.get()), source.get() == null ? null : source.get().id(), targets(),
                TextLimit.PROSE.fit(intendedEffect.get()),
                original == null ? List.of() : original.scores(), original == null ? Extras.NONE : original.extras());
        if (next.equals(original)) {
            return Optional.empty();
        }
        session.execute(original == null ? EditOptionsCommand.addOption(p, next) : EditOptionsCommand.updateOption(p, next));
        return Optional.of(id);
    }

    /** The checked targets; unchanged lists keep their order and any ids this project does not know. */
    Targets targets() {
        Targets before = original == null ? Targets.NONE : original.targets();
        return new Targets(merge(before.sectorIds(), sectors), merge(before.quadrantLetters(), quadrants),
                before.extras());
    }

    private static List<String> merge(List<String> before, List<OptionDialogChoice> choices) {
        Set<String> offered = new HashSet<>();
        List<String> checked = new ArrayList<>();
        for (OptionDialogChoice c : choices) {
            offered.add(c.id());
            if (c.isChecked()) {
                checked.add(c.id());
            }
        }
        List<String> out = new ArrayList<>();
        before.stream().filter(id -> checked.contains(id) || !offered.contains(id)).forEach(out::add);
        checked.stream().filter(id -> !out.contains(id)).forEach(out::add);
        return out;
    }

    public boolean isNew() {
        return original == null;
    }

    public String title() {
        return original == null ? "Add policy option" : "Edit policy option";
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** Free text, e.g. "move from B toward A". */
    public StringProperty intendedEffectProperty() {
        return intendedEffect;
    }

    public ObjectProperty<OptionDialogSource> sourceProperty() {
        return source;
    }

    /** "(none)" first, then the project's sources. */
    public List<OptionDialogSource> sources() {
        return sources;
    }

    /** The framework's quadrants, labelled "A) Win-Win". */
    public List<OptionDialogChoice> quadrants() {
        return quadrants;
    }

    /** The project's sectors, labelled with the letter of the quadrant they sit in. */
    public List<OptionDialogChoice> sectors() {
        return sectors;
    }

    /** Words that narrow the sectors shown; a sector checked and then filtered out stays checked. */
    public StringProperty sectorFilterProperty() {
        return sectorFilter;
    }

    /** The sectors the filter lets through, in project order. */
    public ObservableList<OptionDialogChoice> shownSectors() {
        return shownSectors;
    }

    /** "3 of 120 sectors targeted; 12 shown" (the count shown only while a filter hides some). */
    public StringBinding targetedSectorsProperty() {
        return targetedSectors;
    }

    /** Why the name (or, as a note, the source) is marked: {@code property} is the one the field edits. */
    public ReadOnlyStringProperty reasonFor(Observable property) {
        return reasons.of(property);
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
