package org.sectorscope.model;

import java.util.List;
import java.util.Objects;

/** One piece of evidence about a sector's placement: a verbatim quote and/or a note, graded. */
public record Evidence(String id, String quote, String note, String sourceId, String page,
                       Reliability reliability, int credibility, Bearing bearing, List<String> tags,
                       String added, Extras extras) {
    public Evidence {
        Ids.require(id, "evidence item");
        quote = Text.optional(quote);
        note = Text.optional(note);
        sourceId = Text.optional(sourceId);
        page = Text.optional(page);
        added = Text.optional(added);
        if (isBlank(quote) && isBlank(note)) {
            throw new IllegalArgumentException("evidence " + id + " needs a quote or a note");
        }
        Objects.requireNonNull(reliability, "reliability");
        Credibility.require(credibility);
        bearing = bearing == null ? Bearing.NONE : bearing;
        tags = Text.strings(tags, "tags");
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
