package org.sectorscope.model;

import java.util.UUID;

/** Stable ids: non-blank strings; new ones are short random tokens with a readable prefix. */
public final class Ids {
    private Ids() {
    }

    public static String require(String id, String kind) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a " + kind + " needs a non-blank id");
        }
        return TextLimit.LINE.require(id, "the id of a " + kind);
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
