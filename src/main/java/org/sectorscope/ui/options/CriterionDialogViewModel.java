package org.sectorscope.ui.options;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Ids;
import org.sectorscope.model.Project;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.FieldReasons;
import org.sectorscope.ui.common.FieldReasons.Problem;

/**
 * The criterion dialog's state, for a new criterion ({@code criterionId} null) or an existing one:
 * name, description and weight, with the share of the total weight the typed weight would give.
 * An existing criterion may be deleted from here; its scores go with it (one undoable step).
 */
public final class CriterionDialogViewModel {
    private final ProjectSession session;
    private final Criterion original;
    /** The sum of the other criteria's weights, what the share is computed against. */
    private final double otherWeights;
    private final int scoresOnIt;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty weightText = new SimpleStringProperty(this, "weightText", "");
    private final FieldReasons reasons = new FieldReasons();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final StringBinding share;
    private final BooleanBinding valid;

    public CriterionDialogViewModel(ProjectSession session, String criterionId) {
        this.session = session;
        Project p = session.project();
        original = criterionId == null ? null : p.criteria().stream().filter(c -> c.id().equals(criterionId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no criterion " + criterionId));
        otherWeights = p.criteria().stream().filter(c -> c != original).mapToDouble(Criterion::weight).sum();
        scoresOnIt = original == null ? 0
                : (int) p.options().stream().filter(o -> o.score(original.id()).isPresent()).count();
        if (original != null) {
            name.set(original.name());
            description.set(original.description() == null ? "" : original.description());
            weightText.set(formatWeight(original.weight()));
        } else {
            // A new criterion starts with the mean weight, so it takes an equal share.
            OptionalDouble mean = p.criteria().stream().mapToDouble(Criterion::weight).average();
            weightText.set(formatWeight(mean.isPresent() && mean.getAsDouble() > 0
                    ? new BigDecimal(mean.getAsDouble()).round(new MathContext(2)).doubleValue() : 1));
        }
        name.addListener(o -> recheck());
        weightText.addListener(o -> recheck());
        recheck();
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
        share = Bindings.createStringBinding(this::describeShare, weightText);
    }

    /** A weight as people write it: 0.25, 2, 1000000 (no exponent, no trailing zeros). */
    public static String formatWeight(double weight) {
        return new BigDecimal(Double.toString(weight)).stripTrailingZeros().toPlainString();
    }

    /** The typed weight; empty unless it is a number from 0 to {@link Criterion#MAX_WEIGHT}. A comma works as the decimal point. */
    public OptionalDouble weight() {
        String text = weightText.get() == null ? "" : weightText.get().strip().replace(',', '.');
        try {
            double w = Double.parseDouble(text);
            return Double.isFinite(w) && w >= 0 && w <= Criterion.MAX_WEIGHT && !text.matches(".*[a-zA-Z].*")
                    ? OptionalDouble.of(w) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The share of the total weight the typed weight gives, e.g. 0.4286; empty while the weight is invalid. */
    public OptionalDouble shareOfTotal() {
        OptionalDouble w = weight();
        if (w.isEmpty()) {
            return OptionalDouble.empty();
        }
        double total = otherWeights + w.getAsDouble();
        return OptionalDouble.of(total == 0 ? 0 : w.getAsDouble() / total);
    }

    private void recheck() {
        problem.set(reasons.update(problems()));
    }

    /** What is wrong, field by field in reading order. */
    private List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (name.get() == null || name.get().isBlank()) {
            out.add(new Problem(name, "The criterion needs a name."));
        }
        if (weight().isEmpty()) {
            out.add(new Problem(weightText, "The weight must be a number from 0 to 1000000."));
        }
        return out;
    }

    private String describeShare() {
        OptionalDouble w = weight();
        if (w.isEmpty()) {
            return "";
        }
        double total = otherWeights + w.getAsDouble();
        if (total == 0) {
            return "All weights are 0, so every option totals 0.";
        }
        return String.format(Locale.ROOT, "%.0f%% of the total weight (%s of %s)", 100 * w.getAsDouble() / total,
                formatWeight(w.getAsDouble()), formatWeight(round(total)));
    }

    /** Drops floating-point noise from a sum of weights (0.1 + 0.2) for display. */
    private static double round(double x) {
        return new BigDecimal(x).round(new MathContext(12)).doubleValue();
    }

    /** Adds or updates the criterion as one command and returns its id; empty when invalid or unchanged. */
    public Optional<String> apply() {
        if (!valid.get()) {
            return Optional.empty();
        }
        Project p = session.project();
        String id = original == null ? Ids.newId("crit") : original.id();
        Criterion next = new Criterion(id, TextLimit.NAME.fit(name.get().strip()), TextLimit.PROSE.fit(description.get()),
                weight().getAsDouble(),
                original == null ? Extras.NONE : original.extras());
        if (next.equals(original)) {
            return Optional.empty();
        }
        session.execute(original == null ? EditOptionsCommand.addCriterion(p, next)
                : EditOptionsCommand.updateCriterion(p, next));
        return Optional.of(id);
    }

    /** Deletes the criterion and every score on it as one undoable step; false for a new criterion. */
    public boolean delete() {
        if (original == null) {
            return false;
        }
        session.execute(EditOptionsCommand.removeCriterion(session.project(), original.id()));
        return true;
    }

    public boolean isNew() {
        return original == null;
    }

    public String title() {
        return original == null ? "Add criterion" : "Edit criterion";
    }

    /** What deleting would take with it, e.g. "Deleting it also deletes 11 scores (undo brings them back)." */
    public String deleteHint() {
        return scoresOnIt == 0 ? "No option is scored on it yet."
                : "Deleting it also deletes " + scoresOnIt + (scoresOnIt == 1 ? " score" : " scores")
                        + " (Undo brings them back).";
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The weight as typed: any number from 0 to 1000000; weights are relative. */
    public StringProperty weightTextProperty() {
        return weightText;
    }

    /** "43% of the total weight (0.6 of 1.4)"; empty while the weight is invalid. */
    public StringBinding shareProperty() {
        return share;
    }

    /** Why the field editing {@code property} (name or weight text) is refused, or "". */
    public ReadOnlyStringProperty reasonFor(StringProperty property) {
        return reasons.of(property);
    }

    /** What keeps OK disabled, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
