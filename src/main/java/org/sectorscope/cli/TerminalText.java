package org.sectorscope.cli;

/**
 * Text from a project file or the arguments, made safe to print where one line is one record: every
 * {@code error:} line, every {@code OK}/{@code migrated}/{@code exported} line and every row of
 * {@code list}. A name with a newline or a tab would otherwise split one message over two lines or forge
 * extra rows and columns; terminal control characters could rewrite what is on screen.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** {@code text} with line breaks and other control characters written as escapes (\n, \t, \\u001b). */
    static String oneLine(String text) {
        return escape(text, false);
    }

    /**
     * A field of a tab-separated row: as {@link #oneLine}, and a backslash doubled, so that the escapes
     * read back unambiguously ({@code a\tb} is a tab, {@code a\\tb} a backslash and a t).
     */
    static String field(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean backslashes) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\\' -> backslashes ? "\\\\" : null;
                default -> isControl(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
