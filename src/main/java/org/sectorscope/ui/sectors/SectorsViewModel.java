package org.sectorscope.ui.sectors;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sectorscope.logic.SectorQueries;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;

/** The Sectors pane's state: one item per sector, narrowed by the typed filter. */
public final class SectorsViewModel {
    private final ProjectSession session;
    private final ObservableList<SectorItem> all = FXCollections.observableArrayList();
    private final FilteredList<SectorItem> visible = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");

    public SectorsViewModel(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener((obs, old, p) -> rebuild(p));
        filter.addListener((obs, old, f) -> applyFilter());
        rebuild(session.project());
    }

    private void rebuild(Project p) {
        all.setAll(p.sectors().stream().map(s -> SectorItem.of(p, s)).toList());
        applyFilter();
    }

    private void applyFilter() {
        Project p = session.project();
        String f = filter.get();
        visible.setPredicate(item -> p.sector(item.id()).map(s -> SectorQueries.matches(p, s, f)).orElse(false));
    }

    public ObservableList<SectorItem> items() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<String> selectedIdProperty() {
        return session.selection().sectorIdProperty();
    }

    public void select(String id) {
        session.selection().selectSector(id);
    }

    /** Index of the selected sector among the visible items, or -1. */
    public int indexOfSelected() {
        String id = session.selection().sectorId();
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
