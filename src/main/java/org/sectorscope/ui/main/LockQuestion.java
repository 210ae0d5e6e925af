package org.sectorscope.ui.main;

import java.util.List;
import org.sectorscope.session.Dialogs.LockChoice;

/**
 * The question asked when a project is open elsewhere, as data: the answers offered, the one Enter picks,
 * and the words. When the holder is gone (a stale lock) the dialog says the project can be taken over,
 * so Take Over is the default; while it runs, taking over is not offered and Open Read-Only is.
 * Esc always cancels.
 *
 * @param stale the holder's process is gone, so taking over is safe
 */
public record LockQuestion(String fileName, String holder, boolean stale) {
    /** The answers in the order the dialog lists them; Cancel last. */
    public List<LockChoice> choices() {
        return stale ? List.of(LockChoice.TAKE_OVER, LockChoice.READ_ONLY, LockChoice.COPY, LockChoice.CANCEL)
                : List.of(LockChoice.READ_ONLY, LockChoice.COPY, LockChoice.CANCEL);
    }

    /** What Enter chooses. */
    public LockChoice defaultChoice() {
        return stale ? LockChoice.TAKE_OVER : LockChoice.READ_ONLY;
    }

    public String header() {
        return "\u201c" + fileName + "\u201d is open elsewhere";
    }

    public String message() {
        return holder + (stale ? "\nThat program is no longer running, so you can take the project over."
                : "\nTo avoid two writers, open it read-only or edit a copy.");
    }

    public static String label(LockChoice choice) {
        return switch (choice) {
            case TAKE_OVER -> "Take Over";
            case READ_ONLY -> "Open Read-Only";
            case COPY -> "Edit a Copy";
            case CANCEL -> "Cancel";
        };
    }
}
