package org.sectorscope.ui.options;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A checkbox of the option dialog's targets: a quadrant (id = its letter) or a sector. */
public final class OptionDialogChoice {
    private final String id;
    private final String label;
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");

    OptionDialogChoice(String id, String label, boolean checked) {
        this.id = id;
        this.label = label;
        this.checked.set(checked);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public boolean isChecked() {
        return checked.get();
    }

    /** The label: what a check list shows for it. */
    @Override
    public String toString() {
        return label;
    }
}
