package org.sectorscope.ui.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.logic.SectorQueries;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.session.ProjectSession;

/** The Policy options pane's state: options x criteria, ranked, marked when they address the selection. */
public final class PolicyOptionsViewModel {
    private final ProjectSession session;
    private final ObservableList<OptionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<CriterionColumn>> columns =
            new ReadOnlyObjectWrapper<>(this, "columns", List.of());
    private final ReadOnlyStringWrapper linkSummary = new ReadOnlyStringWrapper(this, "linkSummary", "");

    public PolicyOptionsViewModel(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener((obs, old, p) -> update());
        session.selection().sectorIdProperty().addListener((obs, old, id) -> update());
        update();
    }

    private void update() {
        Project p = session.project();
        List<CriterionColumn> cols = p.criteria().stream().map(c -> new CriterionColumn(c.id(), c.name(),
                c.description() == null ? "" : c.description(), OptionRanking.normalisedWeight(p.criteria(), c))).toList();
        if (!cols.equals(columns.get())) {
            columns.set(cols);
        }
        String selected = session.selection().sectorId();
        Set<String> addressing = selected == null ? Set.of()
                : SectorQueries.optionsAddressing(p, selected).stream().map(PolicyOption::id).collect(Collectors.toSet());
        List<OptionRow> next = new ArrayList<>();
        for (OptionRanking.RankedOption r : OptionRanking.rank(p)) {
            PolicyOption o = r.option();
            List<Integer> scores = new ArrayList<>();
            List<String> rationales = new ArrayList<>();
            for (Criterion c : p.criteria()) {
                scores.add(o.score(c.id()).map(Score::value).orElse(null));
                rationales.add(o.score(c.id()).map(Score::rationale).orElse(""));
            }
            next.add(new OptionRow(o.id(), o.name(), o.description() == null ? "" : o.description(), r.rank(),
                    r.total(), scores, rationales, targets(p, o), addressing.contains(o.id())));
        }
        rows.setAll(next);
        linkSummary.set(selected == null || p.sector(selected).isEmpty()
                ? "Select a sector to mark the options that address it."
                : addressing.size() + " of " + p.options().size() + " options address "
                        + p.sector(selected).get().name() + " (by name or by its quadrant).");
    }

    private static String targets(Project p, PolicyOption o) {
        List<String> parts = new ArrayList<>();
        if (!o.targets().quadrantLetters().isEmpty()) {
            parts.add("Quadrants " + String.join(", ", o.targets().quadrantLetters()));
        }
        List<String> names = o.targets().sectorIds().stream()
                .map(id -> p.sector(id).map(s -> s.name()).orElse(id)).toList();
        if (!names.isEmpty()) {
            parts.add(String.join(", ", names));
        }
        return parts.isEmpty() ? "No targets" : String.join("; ", parts);
    }

    public ObservableList<OptionRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<List<CriterionColumn>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linkSummaryProperty() {
        return linkSummary.getReadOnlyProperty();
    }
}
