package org.sectorscope.ui.options;

import org.sectorscope.logic.OptionRanking;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Project;

/** A criterion as a matrix column: name, description, its weight and that weight's share of the total. */
public record CriterionColumn(String id, String name, String description, double weight, double weightShare) {
    public static CriterionColumn of(Project p, Criterion c) {
        return new CriterionColumn(c.id(), c.name(), c.description() == null ? "" : c.description(), c.weight(),
                OptionRanking.normalisedWeight(p.criteria(), c));
    }

    /** The column header: the name broken into short lines, then the weight share. */
    public String header() {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : name.split("\\s+")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > 13) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.append('\n').append(Math.round(weightShare * 100)).append('%').toString();
    }

    /** The header's tooltip: name, description, weight and the scale scores use. */
    public String tooltip() {
        return name + (description.isBlank() ? "" : "\n" + description) + "\nWeight "
                + CriterionDialogViewModel.formatWeight(weight) + " (" + Math.round(weightShare * 100)
                + "% of the total)\n\n" + ScoreEditorScale.LEGEND;
    }
}
