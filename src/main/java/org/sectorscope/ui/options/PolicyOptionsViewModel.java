package org.sectorscope.ui.options;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.logic.SectorQueries;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.options.score.ScoreEditorDialogViewModel;
import org.sectorscope.ui.options.score.ScoreEditorScale;

/**
 * The Policy options pane's state: options x criteria, ranked, marked when they address the selected
 * sector, and which cells the analyst is on. The grid's selection is held as ids (focused option and
 * criterion, selected options) because the rows are rebuilt, and re-sorted, on every project change.
 */
public final class PolicyOptionsViewModel {
    private final ProjectSession session;
    /** The project the matrix shows: the session's, or one that takes an opened project a frame later. */
    private final ReadOnlyObjectProperty<Project> shown;
    private final ObservableList<OptionRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<CriterionColumn>> columns =
            new ReadOnlyObjectWrapper<>(this, "columns", List.of());
    private final ReadOnlyStringWrapper linkSummary = new ReadOnlyStringWrapper(this, "linkSummary", "");
    private final ObservableList<String> selectedOptionIds = FXCollections.observableArrayList();
    private final ObservableList<String> selectedView = FXCollections.unmodifiableObservableList(selectedOptionIds);
    private final ReadOnlyStringWrapper focusedOptionId = new ReadOnlyStringWrapper(this, "focusedOptionId");
    private final ReadOnlyStringWrapper focusedCriterionId = new ReadOnlyStringWrapper(this, "focusedCriterionId");
    private boolean rebuilding;

    public PolicyOptionsViewModel(ProjectSession session) {
        this(session, session.projectProperty());
    }

    /** {@code shown}: the project the matrix shows (see {@code ui.common.StaggeredProject}); edits go to the session. */
    public PolicyOptionsViewModel(ProjectSession session, ReadOnlyObjectProperty<Project> shown) {
        this.session = session;
        this.shown = shown;
        shown.addListener((obs, old, p) -> update());
        session.selection().sectorIdProperty().addListener((obs, old, id) -> update());
        session.selection().optionIdProperty().addListener((obs, old, id) -> optionSelectedElsewhere(id));
        update();
        optionSelectedElsewhere(session.selection().optionId());
    }

    private void update() {
        Project p = shown.get();
        List<CriterionColumn> cols = p.criteria().stream().map(c -> CriterionColumn.of(p, c)).toList();
        String selected = session.selection().sectorId();
        Set<String> addressing = selected == null ? Set.of()
                : SectorQueries.optionsAddressing(p, selected).stream().map(PolicyOption::id).collect(Collectors.toSet());
        List<OptionRow> next = OptionRanking.rank(p).stream()
                .map(r -> OptionRow.of(p, r, addressing.contains(r.option().id()))).toList();
        // Views re-select by id while the rows are replaced; until then the grid's selection events are noise.
        rebuilding = true;
        try {
            keepSelectionOf(p, next);
            if (!cols.equals(columns.get())) {
                columns.set(cols);
            }
            if (!next.equals(rows)) { // an edit elsewhere (a move, a selection) mostly leaves the rows as they were
                rows.setAll(next);
            }
        } finally {
            rebuilding = false;
        }
        linkSummary.set(selected == null || p.sector(selected).isEmpty()
                ? "Select a sector to mark the options that address it."
                : addressing.size() + " of " + p.options().size() + " options address "
                        + p.sector(selected).get().name() + " (by name or by its quadrant).");
    }

    /** Drops selected ids that no longer exist and puts the rest in the new row order. */
    private void keepSelectionOf(Project p, List<OptionRow> next) {
        List<String> kept = next.stream().map(OptionRow::id).filter(selectedOptionIds::contains).toList();
        if (!kept.equals(selectedOptionIds)) {
            selectedOptionIds.setAll(kept);
        }
        if (focusedOptionId.get() != null && p.option(focusedOptionId.get()).isEmpty()) {
            focusedOptionId.set(null);
        }
        if (focusedCriterionId.get() != null
                && p.criteria().stream().noneMatch(c -> c.id().equals(focusedCriterionId.get()))) {
            focusedCriterionId.set(null);
        }
    }

    private void optionSelectedElsewhere(String id) {
        if (Objects.equals(id, focusedOptionId.get()) || (id != null && session.project().option(id).isEmpty())) {
            return;
        }
        selectedOptionIds.setAll(id == null ? List.of() : List.of(id));
        focusedOptionId.set(id);
    }

    /**
     * What the grid selects: the options with a selected cell (any order; kept in row order), and the
     * focused cell's option and criterion (null criterion: a rank, name or total cell). The focused
     * option becomes the shared selection's option.
     */
    public void selectCells(List<String> optionIds, String optionId, String criterionId) {
        Set<String> chosen = new LinkedHashSet<>(optionIds);
        if (optionId != null) {
            chosen.add(optionId);
        }
        List<String> inRowOrder = rows.stream().map(OptionRow::id).filter(chosen::contains).toList();
        if (!inRowOrder.equals(selectedOptionIds)) {
            selectedOptionIds.setAll(inRowOrder);
        }
        focusedCriterionId.set(criterionId);
        focusedOptionId.set(optionId);
        session.selection().selectOption(optionId);
    }

    /** Focuses one option's row alone, on the same criterion column (after adding an option, say). */
    public void focusOption(String optionId) {
        selectCells(optionId == null ? List.of() : List.of(optionId), optionId, focusedCriterionId.get());
    }

    /** Focuses a criterion's column in the focused row (after adding a criterion). */
    public void focusCriterion(String criterionId) {
        selectCells(selectedOptionIds, focusedOptionId.get(), criterionId);
    }

    // ---- edits: each is one command ----

    /** Sets a score by typing its digit; the rationale and evidence links stay. Returns whether it changed. */
    public boolean setScore(String optionId, String criterionId, int value) {
        Project p = session.project();
        PolicyOption o = p.option(optionId).orElse(null);
        if (o == null || !ScoreEditorScale.isValue(value) || !hasCriterion(p, criterionId)) {
            return false;
        }
        Score old = o.score(criterionId).orElse(null);
        if (old != null && old.value() == value) {
            return false;
        }
        Score next = old == null ? new Score(criterionId, value, "", List.of(), null)
                : new Score(criterionId, value, old.rationale(), old.evidenceIds(), old.extras());
        session.execute(EditOptionsCommand.setScore(p, optionId, criterionId, next));
        return true;
    }

    /** Clears a score (Delete or Backspace); the option then counts 0 on the criterion. */
    public boolean clearScore(String optionId, String criterionId) {
        Project p = session.project();
        if (p.option(optionId).flatMap(o -> o.score(criterionId)).isEmpty()) {
            return false;
        }
        session.execute(EditOptionsCommand.setScore(p, optionId, criterionId, null));
        return true;
    }

    /** Deletes the selected options (or the focused one) as one undoable step; no confirmation, undo suffices. */
    public boolean deleteSelectedOptions() {
        Project p = session.project();
        Set<String> doomed = new LinkedHashSet<>(selectedOptionIds);
        if (doomed.isEmpty() && focusedOptionId.get() != null) {
            doomed.add(focusedOptionId.get());
        }
        doomed.removeIf(id -> p.option(id).isEmpty());
        if (doomed.isEmpty()) {
            return false;
        }
        int focusedIndex = indexOf(focusedOptionId.get());
        if (doomed.size() == 1) {
            session.execute(EditOptionsCommand.removeOption(p, doomed.iterator().next()));
        } else {
            List<PolicyOption> kept = new ArrayList<>(p.options());
            kept.removeIf(o -> doomed.contains(o.id()));
            session.execute(new EditOptionsCommand("Delete " + doomed.size() + " options", p.criteria(), p.options(),
                    p.criteria(), kept));
        }
        // The row that takes the deleted one's place gets the focus, so Delete can go on down the list.
        if (focusedIndex >= 0 && !rows.isEmpty()) {
            focusOption(rows.get(Math.min(focusedIndex, rows.size() - 1)).id());
        }
        return true;
    }

    private int indexOf(String optionId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(optionId)) {
                return i;
            }
        }
        return -1;
    }

    // ---- dialogs' view models ----

    public ScoreEditorDialogViewModel scoreEditor(String optionId, String criterionId) {
        return new ScoreEditorDialogViewModel(session, optionId, criterionId);
    }

    public OptionDialogViewModel newOption() {
        return new OptionDialogViewModel(session, null);
    }

    public OptionDialogViewModel editOption(String optionId) {
        return new OptionDialogViewModel(session, optionId);
    }

    public CriterionDialogViewModel newCriterion() {
        return new CriterionDialogViewModel(session, null);
    }

    public CriterionDialogViewModel editCriterion(String criterionId) {
        return new CriterionDialogViewModel(session, criterionId);
    }

    private static boolean hasCriterion(Project p, String criterionId) {
        return p.criteria().stream().anyMatch(c -> c.id().equals(criterionId));
    }

    // ---- state ----

    public ObservableList<OptionRow> rows() {
        return rows;
    }

    /** The options with a selected cell, in row (rank) order: what a comparison of 2-4 options takes. */
    public ObservableList<String> selectedOptionIds() {
        return selectedView;
    }

    /** The focused cell's option, also the shared selection's option; null for none. */
    public ReadOnlyStringProperty focusedOptionIdProperty() {
        return focusedOptionId.getReadOnlyProperty();
    }

    /** The focused cell's criterion; null on the rank, name and total columns. */
    public ReadOnlyStringProperty focusedCriterionIdProperty() {
        return focusedCriterionId.getReadOnlyProperty();
    }

    /** True while the rows are being replaced; the grid's selection events then come from the rebuild. */
    public boolean isRebuilding() {
        return rebuilding;
    }

    public ReadOnlyObjectProperty<List<CriterionColumn>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linkSummaryProperty() {
        return linkSummary.getReadOnlyProperty();
    }
}
