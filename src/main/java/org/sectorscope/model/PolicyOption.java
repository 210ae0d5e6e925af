package org.sectorscope.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A policy response, scored per criterion and tied to what it targets on the framework. */
public record PolicyOption(String id, String name, String description, String sourceId, Targets targets,
                           String intendedEffect, List<Score> scores, Extras extras) {
    public PolicyOption {
        Ids.require(id, "policy option");
        TextLimit.NAME.require(Objects.requireNonNull(name, "name"), "the name of option " + id);
        description = TextLimit.PROSE.require(Text.optional(description), "the description of option " + id);
        sourceId = TextLimit.LINE.require(Text.optional(sourceId), "the source id of option " + id);
        intendedEffect = TextLimit.PROSE.require(Text.optional(intendedEffect), "the intended effect of option " + id);
        targets = targets == null ? Targets.NONE : targets;
        scores = scores == null ? List.of() : List.copyOf(scores);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Optional<Score> score(String criterionId) {
        return scores.stream().filter(s -> s.criterionId().equals(criterionId)).findFirst();
    }
}
