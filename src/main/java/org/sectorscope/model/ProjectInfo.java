package org.sectorscope.model;

import java.util.Objects;

/** Title and briefing metadata of a project. */
public record ProjectInfo(String id, String title, String subtitle, String sourceLine, String notes, Extras extras) {
    public ProjectInfo {
        Ids.require(id, "project");
        Objects.requireNonNull(title, "title");
        subtitle = Text.optional(subtitle);
        sourceLine = Text.optional(sourceLine);
        notes = Text.optional(notes);
        extras = extras == null ? Extras.NONE : extras;
    }
}
