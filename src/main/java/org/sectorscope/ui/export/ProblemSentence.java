package org.sectorscope.ui.export;

import java.util.Locale;

/** An exception's message as the sentence the dialog shows under the preview. */
final class ProblemSentence {
    private ProblemSentence() {
    }

    /** "title too long" becomes "Title too long."; no message becomes a general one. */
    static String of(String message) {
        if (message == null || message.isEmpty()) {
            return "This figure cannot be drawn.";
        }
        String first = message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
