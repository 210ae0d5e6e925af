package org.sectorscope.model;

import java.util.Locale;

/**
 * How long a text of the model may be. Every text is bounded so that drawing, exporting and listing it
 * costs a bounded amount whatever a file holds: a name fits a label, a line a caption, prose a page or
 * two. The limits count UTF-16 chars, as Java's {@code String.length()} does.
 */
public enum TextLimit {
    /** Names and labels drawn on the figure: sectors, drivers, options, criteria, quadrants, axes, tags. */
    NAME(200, "a name"),
    /** One-line texts: titles, citations, locators, pages, dates, paths and addresses, ids. */
    LINE(2_000, "a one-line text"),
    /** Prose: summaries, rationales, quotes, notes, descriptions. */
    PROSE(20_000, "a long text");

    private final int max;
    private final String kind;

    TextLimit(int max, String kind) {
        this.max = max;
        this.kind = kind;
    }

    public int max() {
        return max;
    }

    /** Why {@code s} breaks this limit or holds a character XML forbids; null when it does neither. */
    public String problem(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() > max) {
            return String.format(Locale.ROOT, "is %,d characters long; %s may have at most %,d", s.length(), kind, max);
        }
        int bad = Text.firstForbidden(s);
        return bad < 0 ? null : "contains " + Text.describeForbidden(s, bad) + " at character " + (bad + 1)
                + ", which XML, and so every export, cannot hold";
    }

    /** {@code s} when it is within this limit; otherwise fails saying {@code what} it is and why. */
    public String require(String s, String what) {
        String problem = problem(s);
        if (problem != null) {
            throw new IllegalArgumentException(what + " " + problem);
        }
        return s;
    }

    /**
     * {@code s} made to fit: characters XML forbids become U+FFFD and a text over the limit is cut to it,
     * ending in an ellipsis (never between the two halves of a surrogate pair).
     */
    public String fit(String s) {
        if (s == null) {
            return null;
        }
        String clean = Text.replaceForbidden(s);
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "\u2026";
    }
}
