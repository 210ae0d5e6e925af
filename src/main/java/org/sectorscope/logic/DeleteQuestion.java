package org.sectorscope.logic;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/** What is asked before sectors are deleted: what goes with them, their evidence, said with the count. */
public final class DeleteQuestion {
    private DeleteQuestion() {
    }

    /** "Delete “Robotics” and its 4 evidence items?", "Delete 3 sectors and their 12 evidence items?". */
    public static String of(Project project, List<String> sectorIds) {
        List<Sector> sectors = sectorIds.stream().map(project::sector).flatMap(Optional::stream).toList();
        int evidence = sectors.stream().mapToInt(s -> s.evidence().size()).sum();
        String what = sectors.size() == 1 ? "\u201c" + sectors.get(0).name() + "\u201d"
                : String.format(Locale.ROOT, "%,d sectors", sectors.size());
        if (evidence == 0) {
            return "Delete " + what + "?";
        }
        String items = String.format(Locale.ROOT, "%,d evidence item%s", evidence, evidence == 1 ? "" : "s");
        return "Delete " + what + (sectors.size() == 1 ? " and its " : " and their ") + items + "?";
    }
}
