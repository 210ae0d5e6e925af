package org.sectorscope.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A property the project records for each sector ("Output", "Employment"), beyond the built-in ones.
 * Sectors hold their values by {@code id}; see {@link FieldValue}.
 *
 * @param unit what a number counts ("USD bn"), or null
 */
public record CustomField(String id, String name, Kind kind, String unit, Extras extras) {
    public enum Kind {
        NUMBER, TEXT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromKey(String key) {
            return switch (key) {
                case "number" -> NUMBER;
                case "text" -> TEXT;
                default -> throw new IllegalArgumentException("a field's kind must be \"number\" or \"text\", found \""
                        + key + "\"");
            };
        }
    }

    public CustomField {
        Ids.require(id, "field");
        name = TextLimit.NAME.require(Objects.requireNonNull(name, "name"), "the name of field " + id);
        if (name.isBlank()) {
            throw new IllegalArgumentException("field " + id + " needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        unit = TextLimit.NAME.require(Text.optional(unit), "the unit of field " + id);
        extras = extras == null ? Extras.NONE : extras;
    }

    public CustomField(String id, String name, Kind kind, String unit) {
        this(id, name, kind, unit, Extras.NONE);
    }

    /** Whether {@code value} is of this field's kind. */
    public boolean accepts(FieldValue value) {
        return value.isNumber() == (kind == Kind.NUMBER);
    }
}
