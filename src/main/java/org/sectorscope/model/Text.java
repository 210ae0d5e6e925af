package org.sectorscope.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Normalising text fields, so that "absent" has one representation (null) and saves round-trip. */
public final class Text {
    private Text() {
    }

    /** An optional text: blank becomes null. */
    public static String optional(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * The index of the first char XML 1.0 forbids in {@code s}, or -1: C0 controls other than tab, line
     * feed and carriage return, U+FFFE, U+FFFF and a surrogate that is not half of a pair. The model holds
     * none of them, so no export can be malformed by a text and no save can change one.
     */
    public static int firstForbidden(String s) {
        return nextForbidden(s, 0);
    }

    private static int nextForbidden(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE) {
                continue; // almost every char: checked in two comparisons, since every text is checked
            }
            if (forbiddenAt(s, i)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                i++; // the pair's low half, which forbiddenAt allowed with it
            }
        }
        return -1;
    }

    /**
     * Whether the char at {@code i} is one XML 1.0 forbids (see {@link #firstForbidden}); a low surrogate
     * is judged alone, so call it at the start of a character, not on a pair's second half.
     */
    public static boolean forbiddenAt(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    /** The forbidden char at {@code index}, named for a message: "U+FFFF", "a lone surrogate U+D800". */
    public static String describeForbidden(String s, int index) {
        char c = s.charAt(index);
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return Character.isSurrogate(c) ? "a lone surrogate " + code : code;
    }

    /** {@code s} with every char XML forbids (see {@link #firstForbidden}) replaced by U+FFFD. */
    public static String replaceForbidden(String s) {
        int bad = nextForbidden(s, 0);
        if (bad < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        for (; bad >= 0; bad = nextForbidden(s, from)) {
            out.append(s, from, bad).append('\uFFFD');
            from = bad + 1;
        }
        return out.append(s, from, s.length()).toString();
    }

    /** How many chars of {@code s} XML forbids. */
    public static int countForbidden(String s) {
        int n = 0;
        for (int bad = nextForbidden(s, 0); bad >= 0; bad = nextForbidden(s, bad + 1)) {
            n++;
        }
        return n;
    }

    /** A list of strings without nulls, each within {@code limit}, copied. */
    public static List<String> strings(List<String> list, TextLimit limit, String what) {
        if (list == null) {
            return List.of();
        }
        for (String s : list) {
            Objects.requireNonNull(s, () -> what + " must not contain null");
            limit.require(s, "an item of " + what);
        }
        return List.copyOf(list);
    }
}
