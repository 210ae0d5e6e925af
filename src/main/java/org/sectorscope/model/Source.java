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
        String of = " of source " + id;
        TextLimit.LINE.require(Objects.requireNonNull(author, "author"), "the author" + of);
        TextLimit.LINE.require(Objects.requireNonNull(title, "title"), "the title" + of);
        container = TextLimit.LINE.require(Text.optional(container), "the container" + of);
        publisher = TextLimit.LINE.require(Text.optional(publisher), "the publisher" + of);
        date = TextLimit.LINE.require(Text.optional(date), "the date" + of);
        url = TextLimit.LINE.require(Text.optional(url), "the address" + of);
        chapter = TextLimit.LINE.require(Text.optional(chapter), "the chapter" + of);
        pages = TextLimit.LINE.require(Text.optional(pages), "the pages" + of);
        file = TextLimit.LINE.require(Text.optional(file), "the file" + of);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** "Kennedy, ch. 1" style short label for lists. */
    public String shortLabel() {
        String who = author.isBlank() ? title : author;
        return chapter == null || chapter.isBlank() ? who : who + ", ch. " + chapter;
    }
}
