package org.sectorscope.ui.options;

import java.util.ArrayList;
import java.util.List;
import org.sectorscope.logic.Comments;
import org.sectorscope.logic.OptionRanking.RankedOption;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;

/**
 * One row of the options matrix: an option's rank and total, its score cells in criterion order, and
 * whether it addresses the selected sector, and how many reviewers' comments on it are still open.
 */
public record OptionRow(String id, String name, String description, int rank, double total, List<Cell> cells,
                        String targets, boolean addressesSelection, int openComments) {
    /** One score cell: {@code value} is null when the option is not scored on the criterion. */
    public record Cell(String criterionId, Integer value, String rationale, int evidenceCount) {
    }

    public OptionRow {
        cells = List.copyOf(cells);
    }

    /** The row of a ranked option of {@code p}. */
    public static OptionRow of(Project p, RankedOption ranked, boolean addressesSelection) {
        PolicyOption o = ranked.option();
        List<Cell> cells = new ArrayList<>();
        for (Criterion c : p.criteria()) {
            Score s = o.score(c.id()).orElse(null);
            cells.add(s == null ? new Cell(c.id(), null, "", 0)
                    : new Cell(c.id(), s.value(), s.rationale(), s.evidenceIds().size()));
        }
        return new OptionRow(o.id(), o.name(), o.description() == null ? "" : o.description(), ranked.rank(),
                ranked.total(), cells, targets(p, o), addressesSelection, (int) Comments.openOnOption(p, o.id()));
    }

    /** The name as the matrix shows it, with its open comments as a badge: "Alliances · 1 comment". */
    public String nameWithBadge() {
        return openComments == 0 ? name : name + " · " + openComments + (openComments == 1 ? " comment" : " comments");
    }

    /** The cell on a criterion, or null if the row has none (the criterion was just added or removed). */
    public Cell cell(String criterionId) {
        return cells.stream().filter(c -> c.criterionId().equals(criterionId)).findFirst().orElse(null);
    }

    /** The score values in criterion order, null where unscored. */
    public List<Integer> scores() {
        return cells.stream().map(Cell::value).toList();
    }

    private static String targets(Project p, PolicyOption o) {
        List<String> parts = new ArrayList<>();
        if (!o.targets().quadrantLetters().isEmpty()) {
            parts.add("Quadrants " + String.join(", ", o.targets().quadrantLetters()));
        }
        List<String> names = o.targets().sectorIds().stream()
                .map(id -> p.sector(id).map(s -> s.name()).orElse(id)).toList();
        if (!names.isEmpty()) {
            parts.add(String.join(", ", names));
        }
        return parts.isEmpty() ? "No targets" : String.join("; ", parts);
    }
}
