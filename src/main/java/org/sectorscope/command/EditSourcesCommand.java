package org.sectorscope.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;

/**
 * Replaces the project's source list: adding, editing or deleting a source. Evidence items, placements
 * and options cite sources by id only, so an edit reaches every citation; a source that is cited cannot
 * be deleted. Revert puts the list back exactly as it was.
 */
public record EditSourcesCommand(String description, List<Source> before, List<Source> after)
        implements ProjectCommand {
    public EditSourcesCommand {
        Objects.requireNonNull(description, "description");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** What cites one source: evidence items, sector placements and policy options. */
    public record Citations(int evidence, int placements, int options) {
        public int total() {
            return evidence + placements + options;
        }

        public boolean isEmpty() {
            return total() == 0;
        }

        /** "2 evidence items, 1 sector placement and 1 policy option"; "nothing" when empty. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (evidence > 0) {
                parts.add(count(evidence, "evidence item", "evidence items"));
            }
            if (placements > 0) {
                parts.add(count(placements, "sector placement", "sector placements"));
            }
            if (options > 0) {
                parts.add(count(options, "policy option", "policy options"));
            }
            if (parts.isEmpty()) {
                return "nothing";
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        }

        private static String count(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    /** Counts what in {@code project} cites the source {@code sourceId}. */
    public static Citations citations(Project project, String sourceId) {
        int evidence = 0;
        int placements = 0;
        for (Sector s : project.sectors()) {
            if (sourceId.equals(s.placement().sourceId())) {
                placements++;
            }
            for (Evidence e : s.evidence()) {
                if (sourceId.equals(e.sourceId())) {
                    evidence++;
                }
            }
        }
        int options = 0;
        for (PolicyOption o : project.options()) {
            if (sourceId.equals(o.sourceId())) {
                options++;
            }
        }
        return new Citations(evidence, placements, options);
    }

    // ---- factories ----

    /** Adds {@code source} at the end of the list; its id must be new. */
    public static EditSourcesCommand add(Project project, Source source) {
        Objects.requireNonNull(source, "source");
        if (project.source(source.id()).isPresent()) {
            throw new IllegalArgumentException("a source with id " + source.id() + " already exists");
        }
        check(source);
        List<Source> next = new ArrayList<>(project.sources());
        next.add(source);
        return new EditSourcesCommand("Add source " + source.shortLabel(), project.sources(), next);
    }

    /** Replaces the source with the id of {@code edited}, in its place; described by its label before the edit. */
    public static EditSourcesCommand update(Project project, Source edited) {
        Objects.requireNonNull(edited, "edited");
        Source old = existing(project, edited.id());
        check(edited);
        List<Source> next = project.sources().stream().map(s -> s.id().equals(edited.id()) ? edited : s).toList();
        return new EditSourcesCommand("Edit source " + old.shortLabel(), project.sources(), next);
    }

    /** Deletes a source; refused while anything cites it, so no citation is left dangling. */
    public static EditSourcesCommand remove(Project project, String sourceId) {
        Source old = existing(project, sourceId);
        Citations cited = citations(project, sourceId);
        if (!cited.isEmpty()) {
            throw new IllegalArgumentException("\"" + old.shortLabel() + "\" is cited by " + cited.describe()
                    + ", so it cannot be deleted");
        }
        List<Source> next = project.sources().stream().filter(s -> !s.id().equals(sourceId)).toList();
        return new EditSourcesCommand("Delete source " + old.shortLabel(), project.sources(), next);
    }

    /** What the model allows but a source on screen must not have: neither an author nor a title. */
    static void check(Source source) {
        if (source.author().isBlank() && source.title().isBlank()) {
            throw new IllegalArgumentException("a source needs an author or a title");
        }
    }

    private static Source existing(Project project, String sourceId) {
        return project.source(sourceId).orElseThrow(() -> new IllegalArgumentException("no source " + sourceId));
    }

    // ---- the command ----

    @Override
    public Project apply(Project project) {
        return project.withSources(after);
    }

    @Override
    public Project revert(Project project) {
        return project.withSources(before);
    }
}
