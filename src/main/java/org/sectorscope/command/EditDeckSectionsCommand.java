package org.sectorscope.command;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.model.Project;

/**
 * Changes which sections the briefing deck holds ({@link DeckSections}): one undo step per choice made.
 * Revert puts the choice back exactly as it was, unknown keys included.
 */
public record EditDeckSectionsCommand(DeckSections before, DeckSections after) implements ProjectCommand {
    public EditDeckSectionsCommand {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * The deck with {@code sections}; empty when it holds them already.
     *
     * @throws IllegalArgumentException when {@code sections} is empty: a deck needs at least one
     */
    public static Optional<EditDeckSectionsCommand> of(Project project, Collection<DeckSection> sections) {
        DeckSections before = project.deck();
        DeckSections after = before.with(sections);
        return after.equals(before) ? Optional.empty() : Optional.of(new EditDeckSectionsCommand(before, after));
    }

    @Override
    public String description() {
        return "Choose the briefing deck's sections";
    }

    @Override
    public Project apply(Project project) {
        return project.withDeck(after);
    }

    @Override
    public Project revert(Project project) {
        return project.withDeck(before);
    }
}
