package org.sectorscope.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A part of the briefing deck the analyst may leave out; the deck holds its parts in this order. */
public enum DeckSection {
    /** The project's title, subtitle, author and date. */
    TITLE("title", "Title slide"),
    /** The canvas figure. */
    FIGURE("figure", "The figure"),
    /** A slide per quadrant: its sectors, each with its rationale and strongest evidence. */
    QUADRANTS("quadrants", "The sectors by quadrant"),
    /** The options matrix and the top options compared. */
    OPTIONS("options", "Policy options and the top ones compared"),
    /** Which single weight change would swap neighbouring options. */
    SENSITIVITY("sensitivity", "What would change the ranking"),
    /** The project's sources and who placed what. */
    SOURCES("sources", "Sources");

    private final String key;
    private final String label;

    DeckSection(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The word the file writes. */
    public String key() {
        return key;
    }

    /** What the analyst reads beside its check box. */
    public String label() {
        return label;
    }

    public static DeckSection fromKey(String key) {
        for (DeckSection s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown deck section \"" + key + "\"; expected one of "
                + Arrays.stream(values()).map(DeckSection::key).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
