package org.sectorscope.ui.inspector;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sectorscope.logic.FieldValues;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;

/**
 * One of the project's own fields as the inspector shows it: its label ("Market size (USD bn)"), the
 * value typed, and whether the selected sectors differ in it.
 */
public final class FieldRow {
    private final CustomField field;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyBooleanWrapper mixed = new ReadOnlyBooleanWrapper(this, "mixed");

    FieldRow(CustomField field) {
        this.field = field;
    }

    public CustomField field() {
        return field;
    }

    public String label() {
        return field.unit() == null || field.unit().isBlank() ? field.name() : field.name() + " (" + field.unit() + ")";
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyBooleanProperty mixedProperty() {
        return mixed.getReadOnlyProperty();
    }

    void show(String shown, boolean differ) {
        mixed.set(differ);
        value.set(shown);
    }

    /** A sector's value as typed in the field: a number without a needless ".0", or the text. */
    static String shown(Sector sector, CustomField field) {
        FieldValue v = sector.fields().get(field.id());
        if (v == null) {
            return "";
        }
        return FieldValues.text(v);
    }

    /** What typed text makes of the field: a value, no value (cleared), or not a value of this field. */
    record Parsed(FieldValue value, boolean valid) {
    }

    /** Empty clears the value; a number field takes a finite number (a decimal comma too). */
    Parsed parse(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return new Parsed(null, true);
        }
        if (field.kind() == CustomField.Kind.TEXT) {
            return new Parsed(FieldValue.of(TextLimit.LINE.fit(t)), true);
        }
        try {
            double n = Double.parseDouble(t.replace(',', '.'));
            return Double.isFinite(n) ? new Parsed(FieldValue.of(n), true) : new Parsed(null, false);
        } catch (NumberFormatException e) {
            return new Parsed(null, false);
        }
    }
}
