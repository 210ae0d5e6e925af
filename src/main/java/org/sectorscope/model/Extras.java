package org.sectorscope.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields of a project file that this version does not know. They are carried through the model
 * untouched so that saving never drops data written by a newer version or by hand. Values are
 * plain JSON-like Java values (maps, lists, strings, numbers, booleans, null).
 */
public record Extras(Map<String, Object> fields) {
    public static final Extras NONE = new Extras(Map.of());

    public Extras {
        fields = fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static Extras of(Map<String, Object> fields) {
        return fields == null || fields.isEmpty() ? NONE : new Extras(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
