package org.sectorscope.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sectorscope.model.Edition;
import org.sectorscope.model.EditionScore;
import org.sectorscope.model.EditionSector;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;

/**
 * Puts the assessment back as an edition had it, as one undoable step: the position and basis of each
 * sector the edition holds that the project still has, and the value of each score it recorded whose
 * option and criterion the project still has (its rationale and evidence kept). Sectors and scores the
 * edition lacks stay as they are, and what only the edition names is not brought back (its records are
 * gone). What changed is kept before and after, so undo is exact; history is left alone, since a
 * restore is no new reading.
 */
public record RestoreEditionCommand(String description, List<Sector> before, List<Sector> after,
                                    List<PolicyOption> optionsBefore, List<PolicyOption> optionsAfter)
        implements ProjectCommand {
    public RestoreEditionCommand {
        Objects.requireNonNull(description, "description");
        before = List.copyOf(before);
        after = List.copyOf(after);
        optionsBefore = List.copyOf(optionsBefore);
        optionsAfter = List.copyOf(optionsAfter);
        if (before.size() != after.size() || optionsBefore.size() != optionsAfter.size()) {
            throw new IllegalArgumentException("the same sectors and options are needed before and after");
        }
    }

    /** What restoring {@code editionId} would do to {@code project}. */
    public static RestoreEditionCommand of(Project project, String editionId) {
        Edition edition = EditEditionsCommand.find(project, editionId);
        List<Sector> before = new ArrayList<>();
        List<Sector> after = new ArrayList<>();
        for (Sector s : project.sectors()) {
            EditionSector then = edition.sector(s.id());
            if (then == null) {
                continue;
            }
            Placement p = s.placement();
            Sector next = s.withPosition(then.position());
            if (p.basis() != then.basis()) {
                next = next.withPlacement(new Placement(then.basis(), p.sourceId(), p.locator(), p.quote(),
                        p.rationale(), p.extras()));
            }
            if (!next.equals(s)) {
                before.add(s);
                after.add(next);
            }
        }
        List<PolicyOption> optionsBefore = new ArrayList<>();
        List<PolicyOption> optionsAfter = new ArrayList<>();
        for (PolicyOption o : project.options()) {
            PolicyOption next = rescored(project, o, edition);
            if (!next.equals(o)) {
                optionsBefore.add(o);
                optionsAfter.add(next);
            }
        }
        return new RestoreEditionCommand("Restore edition " + edition.name(), before, after, optionsBefore,
                optionsAfter);
    }

    /** {@code o} with the values {@code edition} recorded for it, on criteria the project still has. */
    private static PolicyOption rescored(Project project, PolicyOption o, Edition edition) {
        Map<String, Integer> then = new HashMap<>();
        for (EditionScore es : edition.scores()) {
            if (es.optionId().equals(o.id()) && Score.MIN <= es.value() && es.value() <= Score.MAX
                    && project.criteria().stream().anyMatch(c -> c.id().equals(es.criterionId()))) {
                then.put(es.criterionId(), es.value());
            }
        }
        if (then.isEmpty()) {
            return o;
        }
        List<Score> scores = new ArrayList<>();
        for (Score s : o.scores()) {
            Integer value = then.remove(s.criterionId());
            scores.add(value == null || value == s.value() ? s
                    : new Score(s.criterionId(), value, s.rationale(), s.evidenceIds(), s.extras()));
        }
        then.forEach((criterionId, value) -> scores.add(new Score(criterionId, value, null, null)));
        return new PolicyOption(o.id(), o.name(), o.description(), o.sourceId(), o.targets(), o.intendedEffect(),
                scores, o.extras());
    }

    /** How many options get scores back. */
    public int rescoredCount() {
        return optionsAfter.size();
    }

    /** How many sectors the restore moves or re-credits. */
    public int changedCount() {
        return after.size();
    }

    @Override
    public Project apply(Project project) {
        return withOptions(project.withSectorsReplaced(after), optionsAfter);
    }

    @Override
    public Project revert(Project project) {
        return withOptions(project.withSectorsReplaced(before), optionsBefore);
    }

    private static Project withOptions(Project project, List<PolicyOption> replacements) {
        if (replacements.isEmpty()) {
            return project;
        }
        Map<String, PolicyOption> byId = new HashMap<>();
        replacements.forEach(o -> byId.put(o.id(), o));
        return project.withOptions(project.options().stream().map(o -> byId.getOrDefault(o.id(), o)).toList());
    }
}
