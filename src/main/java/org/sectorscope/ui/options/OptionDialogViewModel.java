package org.sectorscope.ui.options;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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

/**
 * The option dialog's state, for a new option ({@code optionId} null) or an existing one: name,
 * description, source, intended effect and targets (quadrants by letter, sectors). Scores are not
 * edited here and stay as they are.
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

    public BooleanBinding validProperty() {
        return valid;
    }
}
