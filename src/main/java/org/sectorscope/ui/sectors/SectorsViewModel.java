package org.sectorscope.ui.sectors;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sectorscope.logic.SectorQueries;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectSession;

/** The Sectors pane's state: one item per sector, narrowed by the typed filter. */
public final class SectorsViewModel {
    private final ProjectSession session;
    private final ObservableList<SectorItem> all = FXCollections.observableArrayList();
    private final FilteredList<SectorItem> visible = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private Map<String, Sector> byId = Map.of();

    public SectorsViewModel(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener((obs, old, p) -> rebuild(p));
        filter.addListener((obs, old, f) -> applyFilter());
        rebuild(session.project());
    }

    private void rebuild(Project p) {
        Map<String, Sector> index = new HashMap<>();
        p.sectors().forEach(s -> index.put(s.id(), s));
        byId = index;
        all.setAll(p.sectors().stream().map(s -> SectorItem.of(p, s)).toList());
        applyFilter();
    }

    private void applyFilter() {
        Project p = session.project();
        Map<String, Sector> index = byId;
        String f = filter.get();
        // A map, not Project.sector(id): a linear lookup per item would make large projects quadratic.
        visible.setPredicate(f == null || f.isBlank() ? item -> true
                : item -> index.containsKey(item.id()) && SectorQueries.matches(p, index.get(item.id()), f));
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
