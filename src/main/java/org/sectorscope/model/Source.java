package org.sectorscope.model;

import java.util.Objects;

/**
 * A work that evidence cites; shared across evidence items by id, so editing it once updates every
 * citation. {@code pages} is the page range within the container ("21-29"); {@code file} and {@code url}
 * locate a copy to open. Optional fields may be null.
 */
public record Source(String id, String author, String title, String container, String publisher,
                     String date, String url, String chapter, String pages, String file, Extras extras) {
    public Source {
        Ids.require(id, "source");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        container = Text.optional(container);
        publisher = Text.optional(publisher);
        date = Text.optional(date);
        url = Text.optional(url);
        chapter = Text.optional(chapter);
        pages = Text.optional(pages);
        file = Text.optional(file);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** "Kennedy, ch. 1" style short label for lists. */
    public String shortLabel() {
        String who = author.isBlank() ? title : author;
        return chapter == null || chapter.isBlank() ? who : who + ", ch. " + chapter;
    }
}
