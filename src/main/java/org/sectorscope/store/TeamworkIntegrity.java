package org.sectorscope.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sectorscope.model.Teamwork;

/**
 * The checks a project's editions, analyst layers, comments and conflicts must pass: ids unique in
 * each list, and a sector at most once per edition or layer. Sectors, options or evidence they name
 * that the project no longer has are not problems: they are kept and flagged where they are shown.
 */
final class TeamworkIntegrity {
    private TeamworkIntegrity() {
    }

    static void check(Teamwork t, List<String> problems) {
        unique(t.editions(), e -> e.id(), "editions", "edition", problems);
        for (int i = 0; i < t.editions().size(); i++) {
            unique(t.editions().get(i).sectors(), s -> s.sectorId(), "editions[" + i + "].sectors", "sector",
                    problems);
        }
        unique(t.analysts(), a -> a.id(), "analysts", "analyst layer", problems);
        for (int i = 0; i < t.analysts().size(); i++) {
            unique(t.analysts().get(i).placements(), s -> s.sectorId(), "analysts[" + i + "].placements", "sector",
                    problems);
        }
        unique(t.comments(), c -> c.id(), "comments", "comment", problems);
        unique(t.conflicts(), c -> c.id(), "conflicts", "conflict", problems);
    }

    private static <T> void unique(List<T> items, Function<T, String> id, String path, String kind,
                                   List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String key = id.apply(item);
            if (!seen.add(key)) {
                problems.add(path + ": the " + kind + " id \"" + key + "\" is used twice");
            }
        }
    }
}
