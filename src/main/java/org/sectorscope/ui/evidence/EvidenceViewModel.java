package org.sectorscope.ui.evidence;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sectorscope.command.EditEvidenceCommand;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.AxisId;
import org.sectorscope.ui.common.BalanceText;
import org.sectorscope.logic.LocalTimes;
import org.sectorscope.logic.PlacementCredit;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectSession;

/** The Evidence pane's state: the selected sector's story and its evidence items. */
public final class EvidenceViewModel {
    private final ProjectSession session;
    private final ReadOnlyBooleanWrapper hasSector = new ReadOnlyBooleanWrapper(this, "hasSector");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper placementLine = new ReadOnlyStringWrapper(this, "placementLine", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper rationale = new ReadOnlyStringWrapper(this, "rationale", "");
    private final ObservableList<EvidenceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<BalanceRow> balance = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ObjectProperty<String> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final EvidenceEditorViewModel editor;
    private final EvidenceSearchViewModel search;
    private final EvidenceBySourceViewModel bySource;
    private String pendingPick;
    private final ZoneId zone;

    public EvidenceViewModel(ProjectSession session) {
        this(session, () -> LocalDate.now(ZoneOffset.UTC));
    }

    public EvidenceViewModel(ProjectSession session, Supplier<LocalDate> today) {
        this(session, today, ZoneId.systemDefault());
    }

    /** {@code zone}: where the placement history's times are shown (the file keeps UTC). */
    public EvidenceViewModel(ProjectSession session, Supplier<LocalDate> today, ZoneId zone) {
        this.session = session;
        this.zone = zone;
        this.editor = new EvidenceEditorViewModel(session, today);
        this.search = new EvidenceSearchViewModel(session);
        this.bySource = new EvidenceBySourceViewModel(session);
        search.pickedEvidenceIdProperty().addListener((obs, old, id) -> adoptPick(id));
        bySource.pickedEvidenceIdProperty().addListener((obs, old, id) -> adoptPick(id));
        editor.savedProperty().addListener((obs, old, id) -> {
            if (id != null) {
                selectedItem.set(id);
            }
        });
        session.projectProperty().addListener((obs, old, p) -> update());
        session.selection().sectorIdProperty().addListener((obs, old, id) -> update());
        update();
    }

    private void update() {
        Project p = session.project();
        String id = session.selection().sectorId();
        Sector s = id == null ? null : p.sector(id).orElse(null);
        hasSector.set(s != null);
        if (s == null) {
            heading.set("");
            placementLine.set("");
            summary.set("");
            rationale.set("");
            rows.clear();
            history.clear();
            balance.clear();
            warning.set("");
            selectedItem.set(null);
            return;
        }
        String where = s.isPlaced() ? PlotLocation.of(p.framework(), s.position()).label() : "not placed yet";
        heading.set(s.name());
        String driver = p.driverNameOf(s).isBlank() ? "" : p.driverNameOf(s) + " \u00b7 ";
        // Says who did what: the report placed it, or the analyst (moved from the report's place, or of their own reading).
        placementLine.set(driver + where + " \u00b7 " + PlacementCredit.of(p, s).describe());
        summary.set(s.summary() == null ? "" : s.summary());
        rationale.set(s.placement().rationale());
        rows.setAll(s.evidence().stream().map(e -> EvidenceRow.of(p, e)).toList());
        if (pendingPick != null && s.evidence().stream().anyMatch(e -> e.id().equals(pendingPick))) {
            selectedItem.set(pendingPick);
            pendingPick = null;
        } else if (s.evidence().stream().noneMatch(e -> e.id().equals(selectedItem.get()))) {
            selectedItem.set(null);
        }
        history.setAll(s.history().stream().map(c -> describe(c, zone)).toList());
        balance.setAll(BalanceRow.of(p.framework().xAxis(), AxisId.X, s), BalanceRow.of(p.framework().yAxis(), AxisId.Y, s));
        String w = BalanceText.warning(p.framework(), s);
        warning.set(w == null ? "" : w);
    }

    /** The x-axis then the y-axis balance of the selected sector's evidence. */
    public ObservableList<BalanceRow> balance() {
        return balance;
    }

    /** Why the placement goes against its own evidence; empty when it does not. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /**
     * A hit picked in the search or by-source view becomes the picked item here; the sector it
     * belongs to may only be selected a moment later, so the pick waits for it.
     */
    private void adoptPick(String id) {
        if (id == null) {
            return;
        }
        if (rows.stream().anyMatch(r -> r.id().equals(id))) {
            selectedItem.set(id);
        } else {
            pendingPick = id;
        }
    }

    public EvidenceSearchViewModel search() {
        return search;
    }

    public EvidenceBySourceViewModel bySource() {
        return bySource;
    }

    public EvidenceEditorViewModel editor() {
        return editor;
    }

    /** The evidence item picked in the pane (an id of the selected sector's items), or null. */
    public ObjectProperty<String> selectedItemProperty() {
        return selectedItem;
    }

    /** Opens the editor for a new item after the picked one, or at the end. False when no sector is selected. */
    public boolean newItem() {
        String sectorId = session.selection().sectorId();
        if (sectorId == null || session.project().sector(sectorId).isEmpty()) {
            return false;
        }
        int at = indexOfSelected();
        editor.startNew(sectorId, at < 0 ? Integer.MAX_VALUE : at + 1);
        return true;
    }

    public boolean editSelected() {
        if (selectedItem.get() == null) {
            return false;
        }
        editor.startEdit(session.selection().sectorId(), selectedItem.get());
        return true;
    }

    /** Deletes the picked item (undoable) and picks its neighbour so Delete can be pressed again. */
    public void deleteSelected() {
        int at = indexOfSelected();
        if (at < 0) {
            return;
        }
        String sectorId = session.selection().sectorId();
        session.execute(EditEvidenceCommand.remove(session.project(), sectorId, selectedItem.get()));
        List<Evidence> left = session.project().sector(sectorId).map(Sector::evidence).orElse(List.of());
        selectedItem.set(left.isEmpty() ? null : left.get(Math.min(at, left.size() - 1)).id());
    }

    /** Moves the picked item up (negative) or down; does nothing at either end. */
    public void moveSelected(int delta) {
        int at = indexOfSelected();
        int to = at + delta;
        if (at < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        String id = selectedItem.get();
        session.execute(EditEvidenceCommand.move(session.project(), session.selection().sectorId(), id, delta));
        selectedItem.set(id);
    }

    private int indexOfSelected() {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(selectedItem.get())) {
                return i;
            }
        }
        return -1;
    }

    public ReadOnlyBooleanProperty hasSectorProperty() {
        return hasSector.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placementLineProperty() {
        return placementLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rationaleProperty() {
        return rationale.getReadOnlyProperty();
    }

    public ObservableList<EvidenceRow> rows() {
        return rows;
    }

    /** The sector's quadrant changes, oldest first, as lines like "2026-11-29 11:15 CET · A → C · why", in local time. */
    public ObservableList<String> history() {
        return history;
    }

    static String describe(PlacementChange c, ZoneId zone) {
        String when = LocalTimes.shown(c.at(), zone);
        String from = c.fromQuadrant() == null ? "placed in" : c.fromQuadrant() + " \u2192";
        String why = c.reason() == null ? "no reason given" : c.reason();
        return when + " \u00b7 " + from + " " + c.toQuadrant() + " \u00b7 " + why;
    }
}
