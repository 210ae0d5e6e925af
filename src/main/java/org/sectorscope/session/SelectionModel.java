package org.sectorscope.session;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one selection every pane shares. It holds ids, not objects, so it stays valid when the
 * immutable model is replaced by an edit, undo or redo.
 */
public final class SelectionModel {
    private final ReadOnlyObjectWrapper<String> sectorId = new ReadOnlyObjectWrapper<>(this, "sectorId");

    public ReadOnlyObjectProperty<String> sectorIdProperty() {
        return sectorId.getReadOnlyProperty();
    }

    public String sectorId() {
        return sectorId.get();
    }

    public void selectSector(String id) {
        sectorId.set(id);
    }

    public void clear() {
        sectorId.set(null);
    }
}
