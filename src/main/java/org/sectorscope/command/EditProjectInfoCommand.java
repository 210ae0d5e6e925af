package org.sectorscope.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;

/**
 * Replaces the project's info (title, subtitle, source line, notes): for example the source line an
 * analyst corrected while exporting a figure, so the next export starts from it. Revert puts the info
 * back exactly as it was.
 */
public record EditProjectInfoCommand(String description, ProjectInfo before, ProjectInfo after)
        implements ProjectCommand {
    public EditProjectInfoCommand {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("the project id cannot change (" + before.id() + " to " + after.id() + ")");
        }
    }

    /**
     * The edit that gives {@code project} these texts (stripped; a blank subtitle or source line means
     * none), keeping its id, notes and unknown fields; empty when they are what the project has already.
     *
     * @throws IllegalArgumentException when the title is blank: a project always has one
     */
    public static Optional<EditProjectInfoCommand> texts(Project project, String title, String subtitle,
                                                         String sourceLine) {
        ProjectInfo before = project.info();
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a project needs a title");
        }
        ProjectInfo after = new ProjectInfo(before.id(), title.strip(), strip(subtitle), before.author(),
                strip(sourceLine), before.notes(), before.extras());
        if (after.equals(before)) {
            return Optional.empty();
        }
        List<String> changed = new ArrayList<>();
        if (!after.title().equals(before.title())) {
            changed.add("title");
        }
        if (!Objects.equals(after.subtitle(), before.subtitle())) {
            changed.add("subtitle");
        }
        if (!Objects.equals(after.sourceLine(), before.sourceLine())) {
            changed.add("source line");
        }
        return Optional.of(new EditProjectInfoCommand("Edit " + join(changed), before, after));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** "title", "title and source line", "title, subtitle and source line". */
    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    @Override
    public Project apply(Project project) {
        return project.withInfo(after);
    }

    @Override
    public Project revert(Project project) {
        return project.withInfo(before);
    }
}
