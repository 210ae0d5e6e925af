package org.sectorscope.model;

import java.util.Objects;

/**
 * Title and briefing metadata of a project. {@code author} is the analyst (or team) whose reading the
 * placements not made by a source are; {@code sourceLine}, when set, is the analyst's own wording of the
 * line under an exported figure, used instead of the line composed from who placed what.
 */
public record ProjectInfo(String id, String title, String subtitle, String author, String sourceLine, String notes,
                          Extras extras) {
    public ProjectInfo {
        Ids.require(id, "project");
        Objects.requireNonNull(title, "title");
        subtitle = Text.optional(subtitle);
        author = Text.optional(author);
        sourceLine = Text.optional(sourceLine);
        notes = Text.optional(notes);
        extras = extras == null ? Extras.NONE : extras;
    }

    public ProjectInfo(String id, String title, String subtitle, String sourceLine, String notes, Extras extras) {
        this(id, title, subtitle, null, sourceLine, notes, extras);
    }
}
