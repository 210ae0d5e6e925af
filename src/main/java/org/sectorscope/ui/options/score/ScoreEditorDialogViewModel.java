package org.sectorscope.ui.options.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;

/**
 * The score editor's state for one option on one criterion: the value 1-5 (null while unscored), the
 * rationale and the evidence items linked to it. OK saves all three as one command.
 */
public final class ScoreEditorDialogViewModel {
    private final ProjectSession session;
    private final String optionId;
    private final String criterionId;
    private final Score original;
    private final String title;
    private final String criterionDescription;
    private final ObjectProperty<Integer> value = new SimpleObjectProperty<>(this, "value");
    private final StringProperty rationale = new SimpleStringProperty(this, "rationale", "");
    private final List<ScoreEditorEvidenceGroup> groups;
    private final Set<String> knownEvidenceIds = new HashSet<>();
    private final StringBinding meaning;
    private final IntegerBinding linkedCount;
    private final BooleanBinding valid;

    public ScoreEditorDialogViewModel(ProjectSession session, String optionId, String criterionId) {
        this.session = session;
        this.optionId = optionId;
        this.criterionId = criterionId;
        Project p = session.project();
        PolicyOption option = p.option(optionId).orElseThrow(() -> new IllegalArgumentException("no option " + optionId));
        Criterion criterion = p.criteria().stream().filter(c -> c.id().equals(criterionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + criterionId));
        original = option.score(criterionId).orElse(null);
        title = option.name() + "  \u2014  " + criterion.name();
        criterionDescription = criterion.description() == null ? "" : criterion.description();
        if (original != null) {
            value.set(original.value());
            rationale.set(original.rationale());
        }
        groups = ScoreEditorEvidenceGroup.of(p, option,
                original == null ? Set.of() : new HashSet<>(original.evidenceIds()));
        List<Observable> checks = new ArrayList<>();
        for (ScoreEditorEvidenceGroup g : groups) {
            for (ScoreEditorEvidenceChoice c : g.items()) {
                knownEvidenceIds.add(c.evidenceId());
                checks.add(c.linkedProperty());
            }
        }
        meaning = Bindings.createStringBinding(() -> value.get() == null ? "Not scored yet: pick 1 to 5."
                : value.get() + "  " + ScoreEditorScale.meaning(value.get()), value);
        linkedCount = Bindings.createIntegerBinding(() -> linkedEvidenceIds().size(), checks.toArray(Observable[]::new));
        valid = Bindings.createBooleanBinding(() -> value.get() != null && ScoreEditorScale.isValue(value.get()), value);
    }

    /**
     * The linked evidence ids: those linked before keep their order (ids no longer in the project are
     * kept, so editing never drops them), newly checked ones follow in checklist order.
     */
    public List<String> linkedEvidenceIds() {
        Set<String> checked = new LinkedHashSet<>();
        groups.forEach(g -> g.items().stream().filter(ScoreEditorEvidenceChoice::isLinked)
                .forEach(c -> checked.add(c.evidenceId())));
        Set<String> out = new LinkedHashSet<>();
        if (original != null) {
            original.evidenceIds().stream().filter(id -> checked.contains(id) || !knownEvidenceIds.contains(id))
                    .forEach(out::add);
        }
        out.addAll(checked);
        return List.copyOf(out);
    }

    /** Executes the edit as one command; false when the value is missing or nothing changed. */
    public boolean apply() {
        if (!valid.get()) {
            return false;
        }
        Score next = new Score(criterionId, value.get(), TextLimit.PROSE.fit(rationale.get()), linkedEvidenceIds(),
                original == null ? null : original.extras());
        if (next.equals(original)) {
            return false;
        }
        session.execute(EditOptionsCommand.setScore(session.project(), optionId, criterionId, next));
        return true;
    }

    /** "Option — Criterion". */
    public String title() {
        return title;
    }

    public String criterionDescription() {
        return criterionDescription;
    }

    public String optionId() {
        return optionId;
    }

    public String criterionId() {
        return criterionId;
    }

    /** The score 1-5; null while unscored. */
    public ObjectProperty<Integer> valueProperty() {
        return value;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    /** Sectors with evidence, those the option targets first. */
    public List<ScoreEditorEvidenceGroup> evidenceGroups() {
        return groups;
    }

    /** "4  serves it", what the chosen value means. */
    public StringBinding meaningProperty() {
        return meaning;
    }

    public IntegerBinding linkedCountProperty() {
        return linkedCount;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
