package org.sectorscope.store;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Refuses a key given twice in one object, as the parser's own strict check does, with the same message,
 * but without its cost on the path every project takes: the parser's check makes a hash set for each
 * object of three keys or more (a sixth of the time of an open), where this compares the few keys of an
 * object in an array kept from one object to the next, and makes a set only for an object of many keys.
 * Every token passes through {@link #nextToken}, whichever method the mapper reads it by.
 */
final class DuplicateKeyCheck extends JsonParserDelegate {
    /** An object with more keys than this is checked with a set, not by comparing each with each. */
    private static final int COMPARED_UP_TO = 16;

    private String[][] keys = new String[16][];
    private int[] counts = new int[16];
    private Set<String>[] sets = newSets(16);
    private int depth = -1;

    DuplicateKeyCheck(JsonParser parser) {
        super(parser);
        parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == JsonToken.START_OBJECT) {
            enter();
        } else if (t == JsonToken.END_OBJECT) {
            sets[depth] = null;
            depth--;
        } else if (t == JsonToken.FIELD_NAME) {
            check(delegate.currentName());
        }
        return t;
    }

    private void enter() {
        depth++;
        if (depth == keys.length) {
            keys = Arrays.copyOf(keys, depth * 2);
            counts = Arrays.copyOf(counts, depth * 2);
            sets = Arrays.copyOf(sets, depth * 2);
        }
        if (keys[depth] == null) {
            keys[depth] = new String[COMPARED_UP_TO];
        }
        counts[depth] = 0;
    }

    private void check(String key) throws JsonParseException {
        Set<String> set = sets[depth];
        if (set != null) {
            if (!set.add(key)) {
                throw duplicate(key);
            }
            return;
        }
        String[] seen = keys[depth];
        int n = counts[depth];
        for (int i = 0; i < n; i++) {
            if (seen[i].equals(key)) {
                throw duplicate(key);
            }
        }
        if (n < COMPARED_UP_TO) {
            seen[n] = key;
            counts[depth] = n + 1;
        } else {
            set = new HashSet<>(Arrays.asList(seen));
            set.add(key);
            sets[depth] = set;
        }
    }

    private JsonParseException duplicate(String key) {
        return new JsonParseException(this, "Duplicate field '" + key + "'");
    }

    @SuppressWarnings("unchecked") // an array of a generic type can only be made raw
    private static Set<String>[] newSets(int n) {
        return new Set[n];
    }

    // Every other way to the next token goes through nextToken(), so no key escapes the check.

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
        return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
        return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = currentToken();
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken next = nextToken();
            if (next == null) {
                return this; // the end came early: the parser has already said so, or will
            }
            if (next.isStructStart()) {
                open++;
            } else if (next.isStructEnd()) {
                open--;
            }
        }
        return this;
    }
}
