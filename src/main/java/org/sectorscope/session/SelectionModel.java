package org.sectorscope.session;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The one selection every pane shares. It holds ids, not objects, so it stays valid when the
 * immutable model is replaced by an edit, undo or redo. Several sectors may be selected (on the
 * canvas); one of them is the primary sector, the one the Evidence pane shows. Apart from sectors,
 * one policy option may be selected (the canvas then highlights what it targets); the two are
 * independent so an analyst can look at an option while keeping a sector selected.
 */
public final class SelectionModel {
    private final ObservableSet<String> sectorIds = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> readOnlyIds = FXCollections.unmodifiableObservableSet(sectorIds);
    private final ReadOnlyObjectWrapper<String> sectorId = new ReadOnlyObjectWrapper<>(this, "sectorId");
    private final ReadOnlyObjectWrapper<String> optionId = new ReadOnlyObjectWrapper<>(this, "optionId");
    private final ReadOnlyLongWrapper sectorChanges = new ReadOnlyLongWrapper(this, "sectorChanges");
    /** Calls under way (one may call another) and whether the set changed during them. */
    private int depth;
    private boolean setChanged;

    public SelectionModel() {
        sectorIds.addListener((SetChangeListener<String>) c -> setChanged = true);
    }

    /**
     * Counts changes to the selected sectors, set or primary: one per call that changed them, once the
     * call is over. {@link #sectorIds()} tells each id added or removed, 10,000 events for a select all;
     * work done once for the whole selection listens here instead.
     */
    public ReadOnlyLongProperty sectorChangesProperty() {
        return sectorChanges.getReadOnlyProperty();
    }

    /** The selected policy option, or null. */
    public ReadOnlyObjectProperty<String> optionIdProperty() {
        return optionId.getReadOnlyProperty();
    }

    public String optionId() {
        return optionId.get();
    }

    /** Selects this option (null for none); the sector selection is left as it is. */
    public void selectOption(String id) {
        optionId.set(id);
    }

    /** Drops the selected option if it no longer exists. */
    public void retainExistingOption(Set<String> existingOptionIds) {
        if (optionId.get() != null && !existingOptionIds.contains(optionId.get())) {
            optionId.set(null);
        }
    }

    /** The primary selected sector, or null. */
    public ReadOnlyObjectProperty<String> sectorIdProperty() {
        return sectorId.getReadOnlyProperty();
    }

    public String sectorId() {
        return sectorId.get();
    }

    /** All selected sectors, in the order they were selected. */
    public ObservableSet<String> sectorIds() {
        return readOnlyIds;
    }

    public boolean isSelected(String id) {
        return sectorIds.contains(id);
    }

    /** Selects exactly this sector (or nothing, for null). */
    public void selectSector(String id) {
        changing(() -> {
            if (id == null) {
                clear();
                return;
            }
            if (sectorIds.size() != 1 || !sectorIds.contains(id)) {
                sectorIds.retainAll(Set.of(id));
                sectorIds.add(id);
            }
            sectorId.set(id);
        });
    }

    /** Adds the sector to the selection, or removes it if it was selected (Ctrl/Shift-click). */
    public void toggleSector(String id) {
        changing(() -> {
            if (sectorIds.remove(id)) {
                if (id.equals(sectorId.get())) {
                    sectorId.set(sectorIds.isEmpty() ? null : last(sectorIds));
                }
            } else {
                sectorIds.add(id);
                sectorId.set(id);
            }
        });
    }

    /** Selects exactly these sectors; the primary stays if it is among them, else the last becomes it. */
    public void selectSectors(Collection<String> ids) {
        changing(() -> {
            Set<String> next = new LinkedHashSet<>(ids);
            sectorIds.retainAll(next);
            sectorIds.addAll(next);
            if (next.isEmpty()) {
                sectorId.set(null);
            } else if (!next.contains(sectorId.get())) {
                sectorId.set(last(next));
            }
        });
    }

    /**
     * Selects exactly these sectors, in this order, with {@code primary} as the primary if it is among
     * them (else as {@link #selectSectors(Collection)}). For the Sectors list, which knows its order and
     * its last-clicked row. Changes nothing, and so notifies no one, when both are already so.
     */
    public void selectSectors(Collection<String> ids, String primary) {
        changing(() -> {
            List<String> next = List.copyOf(new LinkedHashSet<>(ids));
            if (!List.copyOf(sectorIds).equals(next)) {
                sectorIds.retainAll(next);
                // Adding only appends: if what stays is not already the first of the new order, start afresh.
                if (!List.copyOf(sectorIds).equals(next.subList(0, sectorIds.size()))) {
                    sectorIds.clear();
                }
                sectorIds.addAll(next);
            }
            if (primary != null && next.contains(primary)) {
                sectorId.set(primary);
            } else if (next.isEmpty()) {
                sectorId.set(null);
            } else if (!next.contains(sectorId.get())) {
                sectorId.set(next.get(next.size() - 1));
            }
        });
    }

    /** Drops ids that no longer exist (after a delete or an undo). */
    public void retainExisting(Set<String> existing) {
        changing(() -> {
            if (sectorIds.retainAll(existing) && !sectorIds.contains(sectorId.get())) {
                sectorId.set(sectorIds.isEmpty() ? null : last(sectorIds));
            }
            if (sectorId.get() != null && !existing.contains(sectorId.get())) {
                sectorId.set(null);
            }
        });
    }

    public void clear() {
        changing(() -> {
            sectorIds.clear();
            sectorId.set(null);
        });
    }

    /** Runs a change, then counts it once if the set or the primary changed. */
    private void changing(Runnable change) {
        String primaryBefore = sectorId.get();
        if (depth++ == 0) {
            setChanged = false;
        }
        try {
            change.run();
        } finally {
            depth--;
        }
        if (depth == 0 && (setChanged || !Objects.equals(primaryBefore, sectorId.get()))) {
            sectorChanges.set(sectorChanges.get() + 1);
        }
    }

    private static String last(Set<String> ids) {
        String last = null;
        for (String id : ids) {
            last = id;
        }
        return last;
    }
}
