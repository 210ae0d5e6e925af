package org.sectorscope.ui.options.score;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.sectorscope.model.Evidence;

/** One evidence item in the score editor's checklist: its grade, its text shortened, and whether it is linked. */
public final class ScoreEditorEvidenceChoice {
    static final int SHORT_LENGTH = 110;

    private final String evidenceId;
    private final String grade;
    private final String shortText;
    private final String fullText;
    private final BooleanProperty linked = new SimpleBooleanProperty(this, "linked");

    ScoreEditorEvidenceChoice(Evidence e, boolean linked) {
        this.evidenceId = e.id();
        this.grade = e.grade();
        this.fullText = e.text().strip();
        this.shortText = shorten(fullText);
        this.linked.set(linked);
    }

    /** The text on one line, cut at a word before {@link #SHORT_LENGTH} characters. */
    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.length() <= SHORT_LENGTH) {
            return oneLine;
        }
        int cut = oneLine.lastIndexOf(' ', SHORT_LENGTH - 1);
        return oneLine.substring(0, cut > SHORT_LENGTH / 2 ? cut : SHORT_LENGTH - 1) + "\u2026";
    }

    public String evidenceId() {
        return evidenceId;
    }

    /** "B2". */
    public String grade() {
        return grade;
    }

    public String shortText() {
        return shortText;
    }

    public String fullText() {
        return fullText;
    }

    /** "B2 · text…", the checkbox's label. */
    public String label() {
        return grade + "  \u00b7  " + shortText;
    }

    public BooleanProperty linkedProperty() {
        return linked;
    }

    public boolean isLinked() {
        return linked.get();
    }
}
