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
        TextLimit.LINE.require(Objects.requireNonNull(title, "title"), "the project's title");
        subtitle = TextLimit.LINE.require(Text.optional(subtitle), "the project's subtitle");
        author = TextLimit.LINE.require(Text.optional(author), "the project's author");
        sourceLine = TextLimit.LINE.require(Text.optional(sourceLine), "the project's source line");
        notes = TextLimit.PROSE.require(Text.optional(notes), "the project's notes");
        extras = extras == null ? Extras.NONE : extras;
    }

    public ProjectInfo(String id, String title, String subtitle, String sourceLine, String notes, Extras extras) {
        this(id, title, subtitle, null, sourceLine, notes, extras);
    }
}
