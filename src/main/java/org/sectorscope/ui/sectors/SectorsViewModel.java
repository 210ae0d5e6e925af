package org.sectorscope.ui.sectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.sectorscope.logic.Comments;
import org.sectorscope.logic.Consensus;
import org.sectorscope.logic.SectorQueries;
import org.sectorscope.logic.plot.SectorMark;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.session.OpenPreparations;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.session.SelectionModel;
import org.sectorscope.ui.common.RowsInParallel;

/**
 * The Sectors pane's state: one item per sector, narrowed by the typed filter, and the list's side of
 * the shared selection. The filter only hides rows: sectors it hides stay selected (the summary says
 * how many), so typing a search never changes what the canvas, Evidence pane or a Delete act on.
 */
public final class SectorsViewModel {
    /** The list's order: the project's, or the most disputed sectors first (when analysts' layers exist). */
    public enum Order {
        PROJECT("Project order"), MOST_DISPUTED("Most disputed first");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ProjectSession session;
    private final ObservableList<SectorItem> all = FXCollections.observableArrayList();
    private final FilteredList<SectorItem> filtered = new FilteredList<>(all);
    private final SortedList<SectorItem> visible = new SortedList<>(filtered);
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(this, "order", Order.PROJECT);
    private final ReadOnlyBooleanWrapper team = new ReadOnlyBooleanWrapper(this, "team");
    private Map<String, Consensus.SectorConsensus> agreement = Map.of();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper selectionSummary = new ReadOnlyStringWrapper(this, "selectionSummary", "");
    private Map<String, Sector> byId = Map.of();
    /** The project and open comment counts the rows were last built from. */
    private Project builtFrom;
    private Map<String, Integer> builtComments = Map.of();
    /** The rows of a project being opened, made off the FX thread as it is read. */
    private final OpenPreparations.Preparation rowsAhead = () -> Rows::of;
    /** Up to this many changed rows are set one by one; more, and the rows are set anew. */
    private static final int FEW_CHANGES = 64;
    /** True while the rows are rebuilt or refiltered: the list's own selection shifts then, and is not news. */
    private boolean refreshing;

    public SectorsViewModel(ProjectSession session) {
        this(session, session.projectProperty());
    }

    /** {@code shown}: the project the list shows (see {@code ui.common.StaggeredProject}); edits go to the session. */
    public SectorsViewModel(ProjectSession session, ReadOnlyObjectProperty<Project> shown) {
        this.session = session;
        session.preparations().add(rowsAhead);
        shown.addListener((obs, old, p) -> rebuild(p));
        filter.addListener((obs, old, f) -> applyFilter());
        order.addListener((obs, old, o) -> applyOrder());
        selection().sectorChangesProperty().addListener(o -> updateSummary());
        rebuild(shown.get());
    }

    private SelectionModel selection() {
        return session.selection();
    }

    private void rebuild(Project p) {
        Rows ready = (Rows) session.preparations().take(rowsAhead, p);
        Rows rows = ready != null ? ready : rowsAfterEdit(p);
        byId = rows.byId();
        updateAgreement(p);
        refreshing = true;
        try {
            replaceChanged(rows.items());
            builtFrom = p;
            builtComments = rows.comments();
        } finally {
            refreshing = false;
        }
        applyFilter();
    }

    /**
     * The rows of {@code p} made here. An item reads its sector and the project's framework, drivers, fields
     * and sources: while those and the comments stay as they were, a sector the edit left alone keeps its
     * item, and only the rows that changed are replaced, so a move re-reads one sector, not every one.
     */
    private Rows rowsAfterEdit(Project p) {
        List<Sector> sectors = p.sectors();
        Set<Integer> changedPlaces = builtFrom == null ? null : changedPlaces(builtFrom.sectors(), sectors);
        Map<String, Sector> index = changedPlaces == null ? index(sectors) : byId;
        if (changedPlaces != null) {
            changedPlaces.forEach(i -> index.put(sectors.get(i).id(), sectors.get(i)));
        }
        Map<String, Integer> comments = Comments.openBySector(p);
        boolean sameContext = builtFrom != null && SectorMark.sameContext(builtFrom, p)
                && comments.equals(builtComments);
        List<SectorItem> items = sameContext ? RowsInParallel.keeping(builtFrom.sectors(), List.copyOf(all), sectors,
                s -> SectorItem.of(p, s, comments.getOrDefault(s.id(), 0))) : rows(p, comments);
        return new Rows(items, comments, index);
    }

    /**
     * A project's rows, its open comments by sector and its sectors by id: made while an opened project is
     * read (see {@link OpenPreparations}), or here after an edit.
     */
    private record Rows(List<SectorItem> items, Map<String, Integer> comments, Map<String, Sector> byId) {
        static Rows of(Project p) {
            Map<String, Integer> comments = Comments.openBySector(p);
            return new Rows(SectorsViewModel.rows(p, comments), comments, index(p.sectors()));
        }
    }

    private static List<SectorItem> rows(Project p, Map<String, Integer> comments) {
        return RowsInParallel.map(p.sectors(), s -> SectorItem.of(p, s, comments.getOrDefault(s.id(), 0)));
    }

    private static Map<String, Sector> index(List<Sector> sectors) {
        Map<String, Sector> index = new HashMap<>();
        sectors.forEach(s -> index.put(s.id(), s));
        return index;
    }

    /**
     * The places where {@code now} has another sector than {@code was}, when both hold the same sectors in the
     * same order (an edit that adds, removes and reorders none); null otherwise. Compares references only.
     */
    private static Set<Integer> changedPlaces(List<Sector> was, List<Sector> now) {
        if (was.size() != now.size()) {
            return null;
        }
        Set<Integer> changed = new HashSet<>();
        for (int i = 0; i < now.size(); i++) {
            if (was.get(i) != now.get(i)) {
                if (!was.get(i).id().equals(now.get(i).id())) {
                    return null;
                }
                changed.add(i);
            }
        }
        return changed;
    }

    /** Sets the rows that differ; all of them when the rows are others or most have changed. */
    private void replaceChanged(List<SectorItem> next) {
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < next.size() && i < all.size() && changed.size() <= FEW_CHANGES; i++) {
            if (!all.get(i).id().equals(next.get(i).id())) {
                changed.add(-1);
                break;
            }
            if (all.get(i) != next.get(i) && !all.get(i).equals(next.get(i))) {
                changed.add(i);
            }
        }
        if (next.size() != all.size() || changed.size() > FEW_CHANGES || changed.contains(-1)) {
            all.setAll(next);
            return;
        }
        changed.forEach(i -> all.set(i, next.get(i)));
    }

    private void applyFilter() {
        Project p = builtFrom; // the project of the rows, which may take an opened project a frame later
        Map<String, Sector> index = byId;
        String f = filter.get();
        refreshing = true;
        try {
            // A map, not Project.sector(id): a linear lookup per item would make large projects quadratic.
            filtered.setPredicate(f == null || f.isBlank() ? item -> true
                    : item -> index.containsKey(item.id()) && SectorQueries.matches(p, index.get(item.id()), f));
        } finally {
            refreshing = false;
        }
        updateSummary();
    }

    /** Each sector's agreement among the analysts, when the project holds other analysts' layers. */
    private void updateAgreement(Project p) {
        team.set(!p.teamwork().analysts().isEmpty());
        Map<String, Consensus.SectorConsensus> next = new HashMap<>();
        if (team.get()) {
            Consensus.of(p).sectors().forEach(c -> next.put(c.sectorId(), c));
        }
        agreement = next;
        applyOrder();
    }

    private void applyOrder() {
        Map<String, Consensus.SectorConsensus> known = agreement;
        refreshing = true;
        try {
            // Sectors nobody placed have no agreement to dispute: they go last, in project order.
            visible.setComparator(order.get() != Order.MOST_DISPUTED || known.isEmpty() ? null
                    : Comparator.comparing((SectorItem i) -> known.get(i.id()),
                            Comparator.nullsLast(Consensus.MOST_DISPUTED_FIRST)));
        } finally {
            refreshing = false;
        }
    }

    /** The list's order; "most disputed first" only sorts while the project has analysts' layers. */
    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** Whether the project holds other analysts' layers, so agreement means something. */
    public ReadOnlyBooleanProperty teamProperty() {
        return team.getReadOnlyProperty();
    }

    /** "2 of 3 in B · spread 0.31" for a sector analysts placed, when there are layers; else "". */
    public String agreementOf(String sectorId) {
        Consensus.SectorConsensus c = agreement.get(sectorId);
        return c == null ? "" : c.summary();
    }

    private void updateSummary() {
        int selected = selection().sectorIds().size();
        int hidden = hiddenSelectedCount();
        selectionSummary.set(hidden > 0 ? selected + " selected (" + hidden + " hidden by the filter)"
                : selected > 1 ? selected + " selected" : "");
    }

    public ObservableList<SectorItem> items() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** "3 selected", "3 selected (1 hidden by the filter)", or empty for one or no sector, none hidden. */
    public ReadOnlyStringProperty selectionSummaryProperty() {
        return selectionSummary.getReadOnlyProperty();
    }

    /** The primary selected sector (the one the Evidence pane shows). */
    public ReadOnlyObjectProperty<String> selectedIdProperty() {
        return selection().sectorIdProperty();
    }

    /** Every selected sector, for the list to follow. */
    public ObservableSet<String> selectedIds() {
        return selection().sectorIds();
    }

    /** Changes once per change of the selected sectors, set or primary (see {@link SelectionModel#sectorChangesProperty}). */
    public ReadOnlyLongProperty selectionChangesProperty() {
        return selection().sectorChangesProperty();
    }

    public void select(String id) {
        selection().selectSector(id);
    }

    /**
     * The list's selection changed by the analyst's hand: {@code selected} are the selected rows' ids,
     * {@code lastClicked} the row the gesture ended on. An extending gesture (Shift or Ctrl) keeps the
     * sectors the filter hides; a plain click or arrow replaces the whole selection, as it looks to. Ignored
     * while the rows are being refreshed, when the list drops rows from its selection on its own.
     */
    public void listSelectionChanged(List<String> selected, String lastClicked, boolean extending) {
        if (refreshing) {
            return;
        }
        Set<String> keep = new HashSet<>(selected);
        if (extending) {
            Set<String> shown = visibleIds();
            selection().sectorIds().stream().filter(id -> !shown.contains(id)).forEach(keep::add);
        }
        // In list order, hidden rows included, whatever order the list reported them in.
        List<String> ordered = all.stream().map(SectorItem::id).filter(keep::contains).toList();
        selection().selectSectors(ordered, lastClicked);
    }

    /** Index of the primary selected sector among the visible items, or -1. */
    public int indexOfSelected() {
        String id = selection().sectorId();
        if (id == null) {
            return -1; // a project just opened: no walk over its rows
        }
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Indices of all selected sectors among the visible items, in list order. */
    public List<Integer> selectedIndices() {
        Set<String> ids = selection().sectorIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            if (ids.contains(visible.get(i).id())) {
                indices.add(i);
            }
        }
        return indices;
    }

    /** How many selected sectors the filter hides. */
    public int hiddenSelectedCount() {
        if (visible.size() == all.size()) {
            return 0; // no filter hides a row: no set of every id on each selection change
        }
        Set<String> shown = visibleIds();
        return (int) selection().sectorIds().stream().filter(id -> !shown.contains(id)).count();
    }

    private Set<String> visibleIds() {
        Set<String> ids = new HashSet<>();
        visible.forEach(item -> ids.add(item.id()));
        return ids;
    }
}
