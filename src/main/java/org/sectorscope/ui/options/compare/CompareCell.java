package org.sectorscope.ui.options.compare;

/**
 * One option's score on one criterion in the side-by-side comparison. {@code score} is null when the
 * option has no score there (it then counts 0 in the weighted total, as in the options pane).
 */
public record CompareCell(String optionId, Integer score, String rationale, int evidenceCount, boolean best) {
    /** The score as shown: the number, or an en dash when there is none. */
    public String scoreText() {
        return score == null ? "\u2013" : Integer.toString(score);
    }

    /** "1 evidence item", "3 evidence items", or empty when no evidence is linked. */
    public String evidenceText() {
        return evidenceCount == 0 ? "" : evidenceCount + (evidenceCount == 1 ? " evidence item" : " evidence items");
    }

    /** The options pane's colour class for the score ({@code score-1} … {@code score-5}), or {@code score-none}. */
    public String scoreStyleClass() {
        return score == null ? "score-none" : "score-" + score;
    }
}
