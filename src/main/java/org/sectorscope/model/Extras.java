package org.sectorscope.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields of a project file that this version does not know. They are carried through the model
 * untouched so that saving never drops data written by a newer version or by hand. Values are
 * plain JSON-like Java values (maps, lists, strings, numbers, booleans, null), deeply immutable;
 * fractional numbers are held as {@link BigDecimal} so they keep the digits they were written with.
 */
public record Extras(Map<String, Object> fields) {
    public static final Extras NONE = new Extras(Map.of());

    public Extras {
        fields = fields.isEmpty() ? Map.of() : freezeMap(fields);
    }

    public static Extras of(Map<String, Object> fields) {
        return fields == null || fields.isEmpty() ? NONE : new Extras(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    private static Map<String, Object> freezeMap(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object freeze(Object v) {
        if (v instanceof Map<?, ?> m) {
            return freezeMap(m);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(e -> copy.add(freeze(e)));
            return Collections.unmodifiableList(copy);
        }
        if ((v instanceof Double || v instanceof Float) && Double.isFinite(((Number) v).doubleValue())) {
            return BigDecimal.valueOf(((Number) v).doubleValue());
        }
        return v;
    }
}
