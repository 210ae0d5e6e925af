package org.sectorscope.logic;

/** Text on one line, read only as far as it is needed: a quote may be 20,000 characters, and a project has thousands. */
public final class OneLine {
    private OneLine() {
    }

    /**
     * The start of {@code text} on one line: every run of white space, line breaks and control characters
     * one space, leading and trailing ones dropped, and no more than {@code max + 1} characters, so a caller
     * can tell whether the whole would fit in {@code max}.
     */
    public static String head(String text, int max) {
        StringBuilder line = new StringBuilder((int) Math.min(text.length(), max + 1L));
        boolean space = false;
        for (int i = 0; i < text.length() && line.length() <= max; i++) {
            char c = text.charAt(i);
            if (breaksLine(c)) {
                space = line.length() > 0;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return line.toString();
    }

    private static boolean breaksLine(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || c == '\u0085';
    }
}
