package org.sectorscope.session;

/**
 * A short word to the analyst, shown beside the status line and gone again: the project was saved,
 * unsaved work was recovered, or another program changed the open file. The status line says the same
 * and stays; a notice only draws the eye, so it never asks anything.
 */
public record Notice(Kind kind, String text) {
    public enum Kind {
        SAVED("Saved"), RECOVERED("Recovered"), CHANGED_ON_DISK("Changed on disk");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** "Saved": the notice's heading. */
        public String title() {
            return title;
        }
    }
}
