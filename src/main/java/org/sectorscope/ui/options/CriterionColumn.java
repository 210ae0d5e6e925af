package org.sectorscope.ui.options;

import java.util.function.ToDoubleFunction;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Project;
import org.sectorscope.ui.options.score.ScoreEditorScale;

/** A criterion as a matrix column: name, description, its weight and that weight's share of the total. */
public record CriterionColumn(String id, String name, String description, double weight, double weightShare) {
    public static CriterionColumn of(Project p, Criterion c) {
        return new CriterionColumn(c.id(), c.name(), c.description() == null ? "" : c.description(), c.weight(),
                OptionRanking.normalisedWeight(p.criteria(), c));
    }

    /** At most this many lines of name in a header, so narrow columns do not make the header row tall. */
    public static final int HEADER_NAME_LINES = 4;

    /** The column header: the name broken into lines of at most 13 characters, then the weight share. */
    public String header() {
        return header(String::length, 13);
    }

    /**
     * The column header with the name broken into lines no wider than {@code maxLineWidth} as
     * {@code width} measures them (a word wider than that gets a line of its own; the last of
     * {@link #HEADER_NAME_LINES} lines takes the rest), then the weight share.
     */
    public String header(ToDoubleFunction<String> width, double maxLineWidth) {
        StringBuilder out = new StringBuilder();
        String line = "";
        int lines = 1;
        for (String word : name.split("\\s+")) {
            if (!line.isEmpty() && lines < HEADER_NAME_LINES && width.applyAsDouble(line + " " + word) > maxLineWidth) {
                lines++;
                out.append(line).append('\n');
                line = word;
            } else {
                line = line.isEmpty() ? word : line + " " + word;
            }
        }
        return out.append(line).append('\n').append(Math.round(weightShare * 100)).append('%').toString();
    }

    /** The header's tooltip: name, description, weight and the scale scores use. */
    public String tooltip() {
        return name + (description.isBlank() ? "" : "\n" + description) + "\nWeight "
                + CriterionDialogViewModel.formatWeight(weight) + " (" + Math.round(weightShare * 100)
                + "% of the total)\n\n" + ScoreEditorScale.LEGEND;
    }
}
