package org.sectorscope.session;

/**
 * The last change to the project made through the command stack: done, undone or redone, with the
 * command's description. The status line says it, so the line always tells the last action, and a
 * deletion says how to get the thing back.
 */
public record EditStep(Kind kind, String description) {
    public enum Kind { DONE, UNDONE, REDONE }

    /** "Deleted evidence from Robotics; Ctrl+Z restores it", "Done: Move Internet services", "Undid ...". */
    public String sentence() {
        return switch (kind) {
            case DONE -> description.startsWith("Delete ")
                    ? "Deleted " + description.substring("Delete ".length()) + "; Ctrl+Z restores it"
                    : "Done: " + description + " (Ctrl+Z undoes it)";
            case UNDONE -> "Undid " + description;
            case REDONE -> "Redid " + description;
        };
    }
}
