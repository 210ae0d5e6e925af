package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Plain values (maps, lists, strings, numbers, booleans, null) as indented JSON, for what the command
 * line prints for programs to read; Jackson stays inside the store.
 */
public final class PlainJson {
    private PlainJson() {
    }

    public static String write(Object value) {
        try {
            return ProjectJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a plain value: " + e.getOriginalMessage(), e);
        }
    }
}
