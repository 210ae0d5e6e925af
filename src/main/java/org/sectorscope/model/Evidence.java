package org.sectorscope.model;

import java.util.List;
import java.util.Objects;

/** One piece of evidence about a sector's placement: a verbatim quote and/or a note, graded. */
public record Evidence(String id, String quote, String note, String sourceId, String page,
                       Reliability reliability, int credibility, Bearing bearing, List<String> tags,
                       String added, Extras extras) {
    public Evidence {
        Ids.require(id, "evidence item");
        quote = TextLimit.PROSE.require(Text.optional(quote), "the quote of evidence " + id);
        note = TextLimit.PROSE.require(Text.optional(note), "the note of evidence " + id);
        sourceId = TextLimit.LINE.require(Text.optional(sourceId), "the source id of evidence " + id);
        page = TextLimit.LINE.require(Text.optional(page), "the page of evidence " + id);
        added = TextLimit.LINE.require(Text.optional(added), "the date added of evidence " + id);
        if (isBlank(quote) && isBlank(note)) {
            throw new IllegalArgumentException("evidence " + id + " needs a quote or a note");
        }
        Objects.requireNonNull(reliability, "reliability");
        Credibility.require(credibility);
        bearing = bearing == null ? Bearing.NONE : bearing;
        tags = Text.strings(tags, TextLimit.NAME, "the tags of evidence " + id);
        extras = extras == null ? Extras.NONE : extras;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** "B2": the Admiralty grade as analysts write it. */
    public String grade() {
        return reliability.name() + credibility;
    }

    /** The text to show first: the quote when there is one, else the note. */
    public String text() {
        return isBlank(quote) ? note : quote;
    }
}
