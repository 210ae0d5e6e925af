package org.sectorscope.ui.evidence;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.model.Placement;
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

    public EvidenceViewModel(ProjectSession session) {
        this.session = session;
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
            return;
        }
        String where = p.quadrantOf(s).map(Quadrant::label).orElse("not placed yet");
        heading.set(s.name());
        boolean report = s.placement().basis() == Placement.Basis.REPORT;
        // Once the analyst has moved a report-placed sector to another quadrant, it is no longer the report's placement.
        String basis = report && s.history().isEmpty() ? "placed by the report"
                : report ? "placed by the report, since moved by the analyst" : "analyst's reading";
        String driver = s.driver().isBlank() ? "" : s.driver() + " \u00b7 ";
        placementLine.set(driver + where + " \u00b7 " + basis
                + p.source(s.placement().sourceId()).map(src -> " (" + src.shortLabel() + ")").orElse(""));
        summary.set(s.summary() == null ? "" : s.summary());
        rationale.set(s.placement().rationale());
        rows.setAll(s.evidence().stream().map(e -> EvidenceRow.of(p, e)).toList());
        history.setAll(s.history().stream().map(EvidenceViewModel::describe).toList());
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

    /** The sector's quadrant changes, oldest first, as lines like "2026-11-29 10:15 UTC · A → C · why". */
    public ObservableList<String> history() {
        return history;
    }

    static String describe(PlacementChange c) {
        String when = c.at().length() >= 16 ? c.at().substring(0, 10) + " " + c.at().substring(11, 16) + " UTC" : c.at();
        String from = c.fromQuadrant() == null ? "placed in" : c.fromQuadrant() + " \u2192";
        String why = c.reason() == null ? "no reason given" : c.reason();
        return when + " \u00b7 " + from + " " + c.toQuadrant() + " \u00b7 " + why;
    }
}
