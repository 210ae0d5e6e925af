package org.sectorscope.logic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/** How a sector's custom field values read as text, the same in every pane that shows them. */
public final class FieldValues {
    /** Between two values on one line: a middle dot reads as a pause, unlike a comma inside a text value. */
    public static final String SEPARATOR = " \u00b7 ";

    private FieldValues() {
    }

    /** A number without a needless ".0" or exponent ("120", "95.5"), or the text as it is. */
    public static String text(FieldValue value) {
        return value.isNumber() ? BigDecimal.valueOf(value.number()).stripTrailingZeros().toPlainString()
                : value.text();
    }

    /** "120 USD bn": a number with its field's unit, when it has one; a text value alone. */
    public static String withUnit(CustomField field, FieldValue value) {
        String unit = field.unit();
        return value.isNumber() && unit != null && !unit.isBlank() ? text(value) + " " + unit : text(value);
    }

    /**
     * "Output: 120 USD bn · Lead agency: MIIT": the sector's values in the project's order of fields,
     * those it has no value for left out; "" when it has none.
     */
    public static String line(Project project, Sector sector) {
        if (sector.fields().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (CustomField f : project.fields()) {
            FieldValue v = sector.fields().get(f.id());
            if (v != null) {
                parts.add(f.name() + ": " + withUnit(f, v));
            }
        }
        return String.join(SEPARATOR, parts);
    }
}
