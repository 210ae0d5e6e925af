package org.sectorscope.ui.definitions;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Extras;
import org.sectorscope.model.TextLimit;

/**
 * One custom field as the dialog stages it: name, kind and unit as typed, and how many sectors held a
 * value for it when the dialog opened. Its kind is locked while any did (see
 * command.EditDefinitionsCommand: values are not converted).
 */
public final class FieldDraft {
    private final String id;
    private final Extras extras;
    private final int valueCount;
    private final CustomField.Kind kindAtOpen;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<CustomField.Kind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");

    FieldDraft(String id, String name, CustomField.Kind kind, String unit, Extras extras, int valueCount) {
        this.id = id;
        this.extras = extras;
        this.valueCount = valueCount;
        this.kindAtOpen = kind;
        this.name.set(name);
        this.kind.set(kind);
        this.unit.set(unit == null ? "" : unit);
    }

    static FieldDraft of(CustomField f, int valueCount) {
        return new FieldDraft(f.id(), f.name(), f.kind(), f.unit(), f.extras(), valueCount);
    }

    public String id() {
        return id;
    }

    /** How many sectors held a value for this field when the dialog opened. */
    public int valueCount() {
        return valueCount;
    }

    /** "2 sectors", "none": how many sectors hold a value, shown beside the field. */
    public String valueCountText() {
        return Counts.sectors(valueCount);
    }

    /** Whether sectors hold values, so the kind must stay what it was. */
    public boolean kindLocked() {
        return valueCount > 0;
    }

    boolean kindChanged() {
        return kind.get() != kindAtOpen;
    }

    String typedName() {
        return name.get() == null ? "" : TextLimit.NAME.fit(name.get().strip());
    }

    /** The field as staged; call only while the dialog is valid. A blank unit is none. */
    CustomField toField() {
        String u = unit.get() == null ? "" : TextLimit.NAME.fit(unit.get().strip());
        return new CustomField(id, typedName(), kind.get(), u.isEmpty() ? null : u, extras);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<CustomField.Kind> kindProperty() {
        return kind;
    }

    public StringProperty unitProperty() {
        return unit;
    }
}
