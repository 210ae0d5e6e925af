package org.sectorscope.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.logic.EvidenceQuery;
import org.sectorscope.logic.EvidenceSearch;
import org.sectorscope.model.Axis;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Credibility;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Side;
import org.sectorscope.model.Source;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.ShownGate;

/**
 * The evidence search panel's state: the filters, the items of every sector they find, and the hit the
 * analyst picked. Picking a hit selects its sector in the shared selection, so the other panes follow.
 */
public final class EvidenceSearchViewModel {
    /** One entry of a filter combo: what it shows, and the value it filters by (null for "Any"). */
    public record Choice<T>(String label, T value) {
        @Override
        public String toString() {
            return label; // what a ComboBox shows by default
        }
    }

    static final String ANY = "Any";

    private final ProjectSession session;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<Choice<String>> sourceChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> source = new SimpleObjectProperty<>(this, "source", any());
    private final ObservableList<Choice<Reliability>> reliabilityChoices =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(reliabilities()));
    private final ObjectProperty<Choice<Reliability>> reliability =
            new SimpleObjectProperty<>(this, "reliability", any());
    private final ObservableList<Choice<Integer>> credibilityChoices =
            FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(credibilities()));
    private final ObjectProperty<Choice<Integer>> credibility = new SimpleObjectProperty<>(this, "credibility", any());
    private final ObservableList<Choice<String>> tagChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> tag = new SimpleObjectProperty<>(this, "tag", any());
    private final ObservableList<Choice<Bearing>> bearingChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Bearing>> bearing = new SimpleObjectProperty<>(this, "bearing", any());
    private final ObservableList<EvidenceHitRow> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countLine = new ReadOnlyStringWrapper(this, "countLine", "");
    private final ReadOnlyStringWrapper pickedEvidenceId = new ReadOnlyStringWrapper(this, "pickedEvidenceId", null);
    /** The sector of the picked hit: when the shared selection moves elsewhere, the pick no longer applies. */
    private String pickedSectorId;
    /** Set while the choice lists are rebuilt, so a combo nudging its value does not search halfway. */
    private boolean rebuildingChoices;
    private final ShownGate refreshes = new ShownGate(this::projectChanged, this::forget);

    public EvidenceSearchViewModel(ProjectSession session) {
        this.session = session;
        text.addListener((obs, old, t) -> search());
        List.of(source, reliability, credibility, tag, bearing)
                .forEach(filter -> filter.addListener((obs, old, choice) -> search()));
        session.projectProperty().addListener((obs, old, p) -> {
            if (old == null || !EvidenceSearch.sameEvidence(old, p)) {
                refreshes.request();
            }
        });
        session.selection().sectorIdProperty().addListener((obs, old, id) -> {
            if (pickedSectorId != null && !pickedSectorId.equals(id)) {
                clearPick();
            }
        });
        refreshes.request();
    }

    /** Whether the results are shown; hidden, a change of the project is searched only when next shown. */
    public void setShown(boolean shown) {
        refreshes.setShown(shown);
    }

    /** Picks a hit: remembers its item and selects its sector for every pane. Null does nothing. */
    public void pick(EvidenceHitRow row) {
        if (row == null) {
            return;
        }
        pickedSectorId = row.sectorId();
        pickedEvidenceId.set(row.evidenceId());
        session.selection().selectSector(row.sectorId());
    }

    /** Back to every item: no text and "Any" in each combo. */
    public void clearFilters() {
        text.set("");
        source.set(sourceChoices.get(0));
        reliability.set(reliabilityChoices.get(0));
        credibility.set(credibilityChoices.get(0));
        tag.set(tagChoices.get(0));
        bearing.set(bearingChoices.get(0));
    }

    /** After an edit, undo or open: sources, tags and pole names may have changed; the chosen filters stay. */
    private void projectChanged() {
        Project p = session.project();
        rebuildingChoices = true;
        try {
            replace(sourceChoices, sources(p), source);
            replace(tagChoices, tags(p), tag);
            replace(bearingChoices, bearings(p), bearing);
        } finally {
            rebuildingChoices = false;
        }
        search();
    }

    private void search() {
        if (rebuildingChoices) {
            return;
        }
        Project p = session.project();
        EvidenceQuery q = query();
        results.setAll(EvidenceSearch.find(p, q).stream().map(h -> EvidenceHitRow.of(p, h, q)).toList());
        int total = p.evidenceCount();
        countLine.set(results.size() + " of " + total + (total == 1 ? " item" : " items"));
        if (results.stream().noneMatch(r -> r.evidenceId().equals(pickedEvidenceId.get()))) {
            clearPick();
        }
    }

    /** The query the filters stand for; a null choice (a combo being reset) means "Any". */
    EvidenceQuery query() {
        Bearing b = valueOf(bearing);
        return new EvidenceQuery(text.get(), valueOf(source), valueOf(reliability), valueOf(credibility),
                valueOf(tag), b == null ? null : b.axis(), b == null ? null : b.toward());
    }

    private void forget() {
        results.clear();
        clearPick();
    }

    private void clearPick() {
        pickedSectorId = null;
        pickedEvidenceId.set(null);
    }

    private static <T> T valueOf(ObjectProperty<Choice<T>> chosen) {
        return chosen.get() == null ? null : chosen.get().value();
    }

    /**
     * Replaces a combo's entries (only when they differ, so an edit that changes none of them leaves the
     * combo alone) and chooses again the entry with the same value, or "Any" when it is gone.
     */
    private static <T> void replace(ObservableList<Choice<T>> choices, List<Choice<T>> next,
                                    ObjectProperty<Choice<T>> chosen) {
        T value = valueOf(chosen);
        if (!choices.equals(next)) {
            choices.setAll(next);
        }
        chosen.set(next.stream().filter(c -> Objects.equals(c.value(), value)).findFirst().orElse(next.get(0)));
    }

    private static <T> Choice<T> any() {
        return new Choice<>(ANY, null);
    }

    private static List<Choice<String>> sources(Project p) {
        List<Choice<String>> choices = new ArrayList<>();
        choices.add(any());
        choices.add(new Choice<>("No source", EvidenceQuery.NO_SOURCE));
        for (Source s : p.sources()) {
            choices.add(new Choice<>(EvidenceRow.cite(s), s.id()));
        }
        return choices;
    }

    private static List<Choice<String>> tags(Project p) {
        List<Choice<String>> choices = new ArrayList<>();
        choices.add(any());
        // The tag filter ignores case; a lower-case value keeps the choice when only a tag's spelling changes.
        EvidenceSearch.tags(p).forEach(t -> choices.add(new Choice<>(t, t.toLowerCase(Locale.ROOT))));
        return choices;
    }

    /** Any, context, then the four poles in the framework's words: x low, x high, y high, y low. */
    private static List<Choice<Bearing>> bearings(Project p) {
        List<Choice<Bearing>> choices = new ArrayList<>();
        choices.add(any());
        choices.add(new Choice<>("Neither (context)", Bearing.NONE));
        Axis x = p.framework().axis(AxisId.X);
        Axis y = p.framework().axis(AxisId.Y);
        choices.add(new Choice<>("Toward " + x.label(Side.LOW), Bearing.of(AxisId.X, Side.LOW)));
        choices.add(new Choice<>("Toward " + x.label(Side.HIGH), Bearing.of(AxisId.X, Side.HIGH)));
        choices.add(new Choice<>("Toward " + y.label(Side.HIGH), Bearing.of(AxisId.Y, Side.HIGH)));
        choices.add(new Choice<>("Toward " + y.label(Side.LOW), Bearing.of(AxisId.Y, Side.LOW)));
        return choices;
    }

    private static List<Choice<Reliability>> reliabilities() {
        List<Choice<Reliability>> choices = new ArrayList<>();
        choices.add(any());
        for (Reliability r : Reliability.values()) {
            choices.add(new Choice<>(r.name(), r));
        }
        return choices;
    }

    private static List<Choice<Integer>> credibilities() {
        List<Choice<Integer>> choices = new ArrayList<>();
        choices.add(any());
        for (int c = Credibility.MIN; c <= Credibility.MAX; c++) {
            choices.add(new Choice<>(String.valueOf(c), c));
        }
        return choices;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<Choice<String>> sourceChoices() {
        return sourceChoices;
    }

    public ObjectProperty<Choice<String>> sourceProperty() {
        return source;
    }

    public ObservableList<Choice<Reliability>> reliabilityChoices() {
        return reliabilityChoices;
    }

    public ObjectProperty<Choice<Reliability>> reliabilityProperty() {
        return reliability;
    }

    public ObservableList<Choice<Integer>> credibilityChoices() {
        return credibilityChoices;
    }

    public ObjectProperty<Choice<Integer>> credibilityProperty() {
        return credibility;
    }

    public ObservableList<Choice<String>> tagChoices() {
        return tagChoices;
    }

    public ObjectProperty<Choice<String>> tagProperty() {
        return tag;
    }

    public ObservableList<Choice<Bearing>> bearingChoices() {
        return bearingChoices;
    }

    public ObjectProperty<Choice<Bearing>> bearingProperty() {
        return bearing;
    }

    /** The hits, in project order: sector by sector, each sector's items in their order. */
    public ObservableList<EvidenceHitRow> results() {
        return results;
    }

    /** "12 of 77 items": how many items the filters keep, of all in the project. */
    public ReadOnlyStringProperty countLineProperty() {
        return countLine.getReadOnlyProperty();
    }

    /** The id of the picked hit's evidence item, for the host to highlight; null when none is picked. */
    public ReadOnlyStringProperty pickedEvidenceIdProperty() {
        return pickedEvidenceId.getReadOnlyProperty();
    }

    /** Index of the picked hit among the results, or -1. */
    public int indexOfPicked() {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).evidenceId().equals(pickedEvidenceId.get())) {
                return i;
            }
        }
        return -1;
    }
}
