package org.sectorscope.ui.options;

/** A criterion as a matrix column: name, description and its share of the total weight. */
public record CriterionColumn(String id, String name, String description, double weightShare) {
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
}
