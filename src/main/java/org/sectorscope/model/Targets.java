package org.sectorscope.model;

import java.util.List;

/** What a policy option acts on: sectors by id and quadrants by letter. */
public record Targets(List<String> sectorIds, List<String> quadrantLetters, Extras extras) {
    public static final Targets NONE = new Targets(List.of(), List.of(), Extras.NONE);

    public Targets {
        sectorIds = Text.strings(sectorIds, TextLimit.LINE, "an option's target sectors");
        quadrantLetters = Text.strings(quadrantLetters, TextLimit.NAME, "an option's target quadrants");
        extras = extras == null ? Extras.NONE : extras;
    }
}
