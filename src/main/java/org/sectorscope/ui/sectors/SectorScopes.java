package org.sectorscope.ui.sectors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * Which sectors an export or a copy can take: all of them, the selection, or those the Sectors list's
 * filter shows, each in the project's order and named with its count ("The 3 selected sectors").
 */
public final class SectorScopes {
    /** One choice: what the analyst reads, and the sectors it holds. */
    public record Scope(String label, List<Sector> sectors) {
        @Override
        public String toString() {
            return label; // what a choice box shows
        }
    }

    private SectorScopes() {
    }

    /**
     * The choices, all first; the selection when there is one; the filtered list when a filter is typed
     * ({@code shown} null means no filter). A choice holding the same sectors as an earlier one is left out.
     */
    public static List<Scope> of(Project project, Collection<String> selected, Collection<String> shown) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope("All " + count(project.sectors().size()), project.sectors()));
        add(scopes, "The %s selected", inOrder(project, selected));
        if (shown != null) {
            add(scopes, "The %s the filter shows", inOrder(project, shown));
        }
        return scopes;
    }

    /** The selected sectors in the project's order (what Copy takes). */
    public static List<Sector> inOrder(Project project, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return project.sectors().stream().filter(s -> wanted.contains(s.id())).toList();
    }

    private static void add(List<Scope> scopes, String label, List<Sector> sectors) {
        if (sectors.isEmpty() || scopes.stream().anyMatch(s -> s.sectors().equals(sectors))) {
            return;
        }
        scopes.add(new Scope(String.format(label, sectors.size() == 1 ? "1 sector" : count(sectors.size())),
                sectors));
    }

    private static String count(int n) {
        return n == 1 ? "1 sector" : n + " sectors";
    }
}
