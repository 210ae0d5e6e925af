package org.sectorscope.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sectorscope.model.FieldValue;

/** A sector's {@code fields} object: values by field id, each a JSON number or string. */
final class FieldValuesJson {
    private FieldValuesJson() {
    }

    /** The values in file order; a number is read as a double and must be finite (1e400 is refused). */
    static Map<String, FieldValue> toModel(Map<String, JsonNode> fields, String path)
            throws ProjectMapper.InvalidValue {
        if (fields == null) {
            return Map.of();
        }
        Map<String, FieldValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
            JsonNode v = e.getValue();
            String at = path + "." + e.getKey();
            try {
                if (v != null && v.isNumber()) {
                    out.put(e.getKey(), FieldValue.of(v.doubleValue()));
                } else if (v != null && v.isTextual()) {
                    out.put(e.getKey(), FieldValue.of(v.textValue()));
                } else {
                    throw new IllegalArgumentException("must be a number or a text, found "
                            + (v == null ? "null" : v.getNodeType().toString().toLowerCase(Locale.ROOT)));
                }
            } catch (IllegalArgumentException bad) {
                throw new ProjectMapper.InvalidValue(at, bad.getMessage());
            }
        }
        return out;
    }

    static Map<String, JsonNode> toJson(Map<String, FieldValue> values) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        values.forEach((id, v) -> out.put(id, v.isNumber() ? JsonNodeFactory.instance.numberNode(v.number())
                : JsonNodeFactory.instance.textNode(v.text())));
        return out;
    }
}
