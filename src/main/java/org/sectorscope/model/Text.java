package org.sectorscope.model;

import java.util.List;
import java.util.Objects;

/** Normalising text fields, so that "absent" has one representation (null) and saves round-trip. */
public final class Text {
    private Text() {
    }

    /** An optional text: blank becomes null. */
    public static String optional(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A list of strings without nulls, copied. */
    public static List<String> strings(List<String> list, String what) {
        if (list == null) {
            return List.of();
        }
        for (String s : list) {
            Objects.requireNonNull(s, () -> what + " must not contain null");
        }
        return List.copyOf(list);
    }
}
