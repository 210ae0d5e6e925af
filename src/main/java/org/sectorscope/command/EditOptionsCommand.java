package org.sectorscope.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;

/**
 * Replaces the project's criteria and options together. Every edit of the options matrix (an option,
 * a criterion, a weight, a score) is this one command, so each is one undo step, and deleting a
 * criterion takes its scores with it and brings them back on undo.
 */
public record EditOptionsCommand(String description, List<Criterion> criteriaBefore, List<PolicyOption> optionsBefore,
                                 List<Criterion> criteriaAfter, List<PolicyOption> optionsAfter)
        implements ProjectCommand {
    public EditOptionsCommand {
        criteriaBefore = List.copyOf(criteriaBefore);
        optionsBefore = List.copyOf(optionsBefore);
        criteriaAfter = List.copyOf(criteriaAfter);
        optionsAfter = List.copyOf(optionsAfter);
    }

    public static EditOptionsCommand addOption(Project p, PolicyOption option) {
        if (p.option(option.id()).isPresent()) {
            throw new IllegalArgumentException("option id " + option.id() + " is already used");
        }
        List<PolicyOption> next = new ArrayList<>(p.options());
        next.add(option);
        return options(p, next, "Add option " + option.name());
    }

    /** Replaces the option with the same id (name, description, targets, intended effect, scores). */
    public static EditOptionsCommand updateOption(Project p, PolicyOption option) {
        PolicyOption old = option(p, option.id());
        return options(p, replace(p.options(), old, option), "Edit option " + old.name());
    }

    public static EditOptionsCommand removeOption(Project p, String optionId) {
        PolicyOption old = option(p, optionId);
        List<PolicyOption> next = new ArrayList<>(p.options());
        next.remove(old);
        return options(p, next, "Delete option " + old.name());
    }

    public static EditOptionsCommand addCriterion(Project p, Criterion criterion) {
        if (p.criteria().stream().anyMatch(c -> c.id().equals(criterion.id()))) {
            throw new IllegalArgumentException("criterion id " + criterion.id() + " is already used");
        }
        List<Criterion> next = new ArrayList<>(p.criteria());
        next.add(criterion);
        return new EditOptionsCommand("Add criterion " + criterion.name(), p.criteria(), p.options(), next,
                p.options());
    }

    /** Replaces the criterion with the same id (name, description, weight). */
    public static EditOptionsCommand updateCriterion(Project p, Criterion criterion) {
        Criterion old = criterion(p, criterion.id());
        String what = old.weight() != criterion.weight() && old.name().equals(criterion.name())
                ? "Set the weight of " + old.name() : "Edit criterion " + old.name();
        return new EditOptionsCommand(what, p.criteria(), p.options(), replace(p.criteria(), old, criterion),
                p.options());
    }

    /** Sets several weights at once, as after moving the sensitivity sliders; ids not named keep theirs. */
    public static EditOptionsCommand setWeights(Project p, Map<String, Double> weights) {
        List<Criterion> next = p.criteria().stream().map(c -> weights.containsKey(c.id())
                ? new Criterion(c.id(), c.name(), c.description(), weights.get(c.id()), c.extras()) : c).toList();
        return new EditOptionsCommand("Set criterion weights", p.criteria(), p.options(), next, p.options());
    }

    /** Deletes a criterion and every option's score on it. */
    public static EditOptionsCommand removeCriterion(Project p, String criterionId) {
        Criterion old = criterion(p, criterionId);
        List<Criterion> criteria = new ArrayList<>(p.criteria());
        criteria.remove(old);
        List<PolicyOption> options = p.options().stream().map(o -> withScores(o, scores -> {
            List<Score> kept = new ArrayList<>(scores);
            kept.removeIf(s -> s.criterionId().equals(criterionId));
            return kept;
        })).toList();
        return new EditOptionsCommand("Delete criterion " + old.name(), p.criteria(), p.options(), criteria, options);
    }

    /** Sets an option's score on a criterion; {@code score} null clears it (it then counts 0). */
    public static EditOptionsCommand setScore(Project p, String optionId, String criterionId, Score score) {
        PolicyOption old = option(p, optionId);
        Criterion c = criterion(p, criterionId);
        if (score != null && !score.criterionId().equals(criterionId)) {
            throw new IllegalArgumentException("the score is for criterion " + score.criterionId());
        }
        PolicyOption next = withScores(old, scores -> {
            List<Score> out = new ArrayList<>();
            boolean placed = false;
            for (Score s : scores) {
                if (s.criterionId().equals(criterionId)) {
                    if (score != null) {
                        out.add(score);
                    }
                    placed = true;
                } else {
                    out.add(s);
                }
            }
            if (!placed && score != null) {
                out.add(score);
            }
            return out;
        });
        String what = score == null ? "Clear the score of " + old.name() + " on " + c.name()
                : "Score " + old.name() + " on " + c.name();
        return options(p, replace(p.options(), old, next), what);
    }

    @Override
    public Project apply(Project project) {
        return project.withCriteria(criteriaAfter).withOptions(optionsAfter);
    }

    @Override
    public Project revert(Project project) {
        return project.withCriteria(criteriaBefore).withOptions(optionsBefore);
    }

    private static EditOptionsCommand options(Project p, List<PolicyOption> next, String description) {
        return new EditOptionsCommand(description, p.criteria(), p.options(), p.criteria(), next);
    }

    private static PolicyOption withScores(PolicyOption o, UnaryOperator<List<Score>> change) {
        return new PolicyOption(o.id(), o.name(), o.description(), o.sourceId(), o.targets(), o.intendedEffect(),
                change.apply(o.scores()), o.extras());
    }

    private static PolicyOption option(Project p, String id) {
        return p.option(id).orElseThrow(() -> new IllegalArgumentException("no option " + id));
    }

    private static Criterion criterion(Project p, String id) {
        return p.criteria().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion " + id));
    }

    private static <T> List<T> replace(List<T> list, T old, T next) {
        List<T> out = new ArrayList<>(list);
        out.set(out.indexOf(old), next);
        return out;
    }
}
