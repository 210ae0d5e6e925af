package org.sectorscope.ui.options.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.logic.WeightSensitivity;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.session.ProjectSession;

/**
 * The side-by-side comparison of 2 to 4 policy options: criteria as rows, options as columns in rank
 * order. It follows the project live; options deleted meanwhile drop out (and come back on undo), and
 * once fewer than two are left it is {@linkplain #closedProperty() closed} for good and stops listening.
 */
public final class CompareOptionsViewModel {
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 4;

    private final ProjectSession session;
    private final List<String> optionIds;
    private final ReadOnlyObjectWrapper<CompareTable> table = new ReadOnlyObjectWrapper<>(this, "table",
            CompareTable.EMPTY);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(this, "closed");
    private final ChangeListener<Project> projectListener = (obs, old, p) -> update();

    /**
     * Compares the given options of the session's project.
     *
     * @throws IllegalArgumentException with a message for the analyst when fewer than 2 or more than 4
     *         ids are given, an id is given twice, or an id names no option of the project
     */
    public CompareOptionsViewModel(ProjectSession session, List<String> optionIds) {
        this.session = Objects.requireNonNull(session, "session");
        this.optionIds = List.copyOf(optionIds);
        check(session.project(), this.optionIds);
        session.projectProperty().addListener(projectListener);
        update();
    }

    private static void check(Project p, List<String> ids) {
        if (ids.size() < MIN_OPTIONS || ids.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("Choose 2 to 4 options to compare (" + ids.size()
                    + (ids.size() == 1 ? " option was" : " options were") + " chosen).");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            PolicyOption o = p.option(id).orElseThrow(() -> new IllegalArgumentException(
                    "The project has no option with id " + id + "."));
            if (!seen.add(id)) {
                throw new IllegalArgumentException(o.name() + " was chosen twice; choose different options.");
            }
        }
    }

    private void update() {
        Project p = session.project();
        List<OptionRanking.RankedOption> ranked = OptionRanking.rank(p);
        List<OptionRanking.RankedOption> compared = ranked.stream()
                .filter(r -> optionIds.contains(r.option().id())).toList();
        if (compared.size() < MIN_OPTIONS) {
            table.set(CompareTable.EMPTY);
            closed.set(true);
            dispose();
            return;
        }
        double bestTotal = compared.stream().mapToDouble(OptionRanking.RankedOption::total).max().orElse(0);
        List<CompareColumn> columns = compared.stream().map(r -> new CompareColumn(r.option().id(),
                r.option().name(), r.rank(), ranked.size(), r.total(), bestTotal - r.total())).toList();
        List<PolicyOption> options = compared.stream().map(OptionRanking.RankedOption::option).toList();
        List<CompareRow> rows = p.criteria().stream().map(c -> row(p.criteria(), c, options)).toList();
        List<String> swaps = new ArrayList<>();
        for (int i = 0; i + 1 < options.size(); i++) {
            swaps.add(WeightSensitivity.swap(p.criteria(), options.get(i), options.get(i + 1)).describe());
        }
        table.set(new CompareTable(columns, rows, swaps));
    }

    /** Best marks go to the highest score; a row where all agree has none, it is dimmed instead. */
    private static CompareRow row(List<Criterion> criteria, Criterion c, List<PolicyOption> options) {
        List<Integer> values = options.stream().map(o -> o.score(c.id()).map(Score::value).orElse(null)).toList();
        boolean allSame = values.stream().distinct().count() == 1;
        int best = values.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        List<CompareCell> cells = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Score s = options.get(i).score(c.id()).orElse(null);
            cells.add(s == null ? new CompareCell(options.get(i).id(), null, "", 0, false)
                    : new CompareCell(options.get(i).id(), s.value(), s.rationale(), s.evidenceIds().size(),
                            !allSame && s.value() == best));
        }
        return new CompareRow(c.id(), c.name(), c.description() == null ? "" : c.description(),
                OptionRanking.normalisedWeight(criteria, c), cells, allSame);
    }

    /** Stops following the project; the dialog calls this when it closes. */
    public void dispose() {
        session.projectProperty().removeListener(projectListener);
    }

    /** The ids asked for, in the order given; {@link #table()} shows those still in the project, by rank. */
    public List<String> optionIds() {
        return optionIds;
    }

    public CompareTable table() {
        return table.get();
    }

    public ReadOnlyObjectProperty<CompareTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** True once fewer than two of the options are left; the dialog closes itself then. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public boolean isClosed() {
        return closed.get();
    }
}
