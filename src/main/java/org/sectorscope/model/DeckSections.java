package org.sectorscope.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which sections the analyst's briefing deck holds, saved with the project so the window and the command
 * line make the same deck. Always in the deck's own order ({@link DeckSection}'s), whatever order they
 * were given in, and never empty: a deck of nothing is no deck.
 *
 * @param included the sections the deck holds; at least one
 */
public record DeckSections(Set<DeckSection> included, Extras extras) {
    /** Every section: what a project that never chose holds. */
    public static final DeckSections ALL = new DeckSections(EnumSet.allOf(DeckSection.class), Extras.NONE);

    public DeckSections {
        Objects.requireNonNull(included, "included");
        if (included.isEmpty()) {
            throw new IllegalArgumentException("a briefing deck needs at least one section");
        }
        included = Collections.unmodifiableSet(EnumSet.copyOf(included));
        extras = extras == null ? Extras.NONE : extras;
    }

    /** These sections, with nothing unknown kept. */
    public static DeckSections of(Collection<DeckSection> sections) {
        return new DeckSections(sections.isEmpty() ? Set.of() : EnumSet.copyOf(sections), Extras.NONE);
    }

    public boolean includes(DeckSection section) {
        return included.contains(section);
    }

    /** The sections in the deck's order. */
    public List<DeckSection> inOrder() {
        return List.copyOf(included);
    }

    /** Every section and nothing unknown kept: what the file leaves out. */
    public boolean isDefault() {
        return included.size() == DeckSection.values().length && extras.isEmpty();
    }

    /** The same choice with {@code sections} instead, unknown keys kept. */
    public DeckSections with(Collection<DeckSection> sections) {
        return new DeckSections(sections.isEmpty() ? Set.of() : EnumSet.copyOf(sections), extras);
    }
}
