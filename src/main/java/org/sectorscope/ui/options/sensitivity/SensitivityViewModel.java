package org.sectorscope.ui.options.sensitivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.EditOptionsCommand;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.logic.WeightSensitivity;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;

/**
 * Weight sensitivity: a slider per criterion, the ranking and the swap sentences for the weights being
 * previewed. Previews never touch the project; {@link #commit()} applies them as one
 * {@link EditOptionsCommand#setWeights} command and {@link #reset()} drops them.
 *
 * <p>Slider to weight. A slider sets its criterion's share of the total weight, in percent, with the
 * other criteria's raw weights fixed: for share s (0-1) and the others' sum O, the weight becomes
 * w = s / (1 − s) · O, capped at {@link Criterion#MAX_WEIGHT} and rounded to four significant digits
 * (so the saved file stays readable; shares move by well under 0.1%). When the others are all 0 the
 * share can only be 0% (weight 0) or 100% (the weight kept, or 1 if it was 0), so any s &gt; 0 means 100%.
 * The other sliders then show their new, smaller or larger, shares.
 *
 * <p>It follows the project (edits elsewhere, undo, redo, another file opened): each change reloads the
 * weights, dropping a preview, except while a slider is being dragged; then the reload waits for the
 * drag to end.
 */
public final class SensitivityViewModel {
    private final ProjectSession session;
    private final ObservableList<SensitivityCriterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<SensitivityRankRow> ranking = FXCollections.observableArrayList();
    private final ObservableList<String> swaps = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ChangeListener<Project> projectListener = (obs, old, p) -> projectChanged();
    /** Criterion id to the weight being previewed, in the project's criterion order. */
    private Map<String, Double> preview = new LinkedHashMap<>();
    private boolean dragging;
    private boolean staleWhileDragging;
    /** Up while the view model sets the sliders itself, so their change is not taken as a new preview. */
    private boolean updating;

    public SensitivityViewModel(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener(projectListener);
        load();
    }

    private void projectChanged() {
        if (dragging) {
            staleWhileDragging = true;
        } else {
            load();
        }
    }

    /** Takes the weights from the project, dropping any preview. */
    private void load() {
        staleWhileDragging = false;
        Project p = session.project();
        preview = projectWeights(p);
        List<String> shown = criteria.stream().map(c -> c.id() + "\n" + c.name()).toList();
        List<String> now = p.criteria().stream().map(c -> c.id() + "\n" + c.name()).toList();
        if (!shown.equals(now)) {
            // Rebuilt only when criteria come, go or are renamed, so a slider being used stays put.
            criteria.setAll(p.criteria().stream().map(c -> new SensitivityCriterion(c.id(), c.name(),
                    c.description() == null ? "" : c.description(), this::sliderMoved)).toList());
        }
        recompute();
    }

    private void sliderMoved(String criterionId, double percent) {
        if (!updating) {
            previewShare(criterionId, percent);
        }
    }

    /**
     * Previews the criterion's share of the total weight at {@code percent} (0-100) by the rule in the
     * class comment, and re-ranks; the project is not touched.
     */
    public void previewShare(String criterionId, double percent) {
        if (!preview.containsKey(criterionId)) {
            throw new IllegalArgumentException("no criterion " + criterionId);
        }
        double s = Math.max(0, Math.min(100, percent)) / 100;
        double others = preview.entrySet().stream().filter(e -> !e.getKey().equals(criterionId))
                .mapToDouble(Map.Entry::getValue).sum();
        double weight;
        if (others == 0) {
            double current = preview.get(criterionId);
            weight = s == 0 ? 0 : current > 0 ? current : 1;
        } else if (s >= 1) {
            weight = Criterion.MAX_WEIGHT;
        } else {
            weight = Math.min(Criterion.MAX_WEIGHT, round(s / (1 - s) * others));
        }
        preview.put(criterionId, weight);
        recompute();
    }

    private static double round(double weight) {
        return weight == 0 ? 0 : new BigDecimal(weight).round(new MathContext(4)).doubleValue();
    }

    /** Applies the previewed weights as one undoable command; nothing happens when nothing changed. */
    public void commit() {
        Project p = session.project();
        Map<String, Double> saved = projectWeights(p);
        Map<String, Double> changed = preview.entrySet().stream()
                .filter(e -> saved.containsKey(e.getKey()) && !saved.get(e.getKey()).equals(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        if (!changed.isEmpty()) {
            session.execute(EditOptionsCommand.setWeights(p, changed));
        }
    }

    /** Discards the preview: back to the weights the project holds. */
    public void reset() {
        load();
    }

    /**
     * Tells the view model a slider drag started or ended. The end of a drag commits it, so a whole
     * drag is one undo step, then catches up with project changes that came in during it.
     */
    public void setDragging(boolean now) {
        if (dragging == now) {
            return;
        }
        dragging = now;
        if (!now) {
            commit();
            if (staleWhileDragging) {
                load();
            }
        }
    }

    public boolean isDragging() {
        return dragging;
    }

    private void recompute() {
        Project p = session.project();
        List<Criterion> previewed = p.criteria().stream().map(c -> new Criterion(c.id(), c.name(), c.description(),
                preview.getOrDefault(c.id(), c.weight()), c.extras())).toList();
        Project previewProject = p.withCriteria(previewed);
        updating = true;
        try {
            for (SensitivityCriterion row : criteria) {
                previewed.stream().filter(c -> c.id().equals(row.id())).findFirst().ifPresent(c ->
                        row.show(OptionRanking.normalisedWeight(previewed, c) * 100, c.weight()));
            }
        } finally {
            updating = false;
        }
        Map<String, Integer> savedRanks = OptionRanking.rank(p).stream()
                .collect(Collectors.toMap(r -> r.option().id(), OptionRanking.RankedOption::rank));
        ranking.setAll(OptionRanking.rank(previewProject).stream().map(r -> new SensitivityRankRow(r.rank(),
                r.option().id(), r.option().name(), r.total(), savedRanks.get(r.option().id()))).toList());
        swaps.setAll(WeightSensitivity.adjacentSwaps(previewProject).stream()
                .map(WeightSensitivity.Swap::describe).toList());
        previewing.set(!preview.equals(projectWeights(p)));
        status.set(previewing.get()
                ? "Previewing: release the slider or press Enter to apply, Reset to discard, Esc to discard and close."
                : "The project's weights.");
    }

    private static Map<String, Double> projectWeights(Project p) {
        Map<String, Double> out = new LinkedHashMap<>();
        p.criteria().forEach(c -> out.put(c.id(), c.weight()));
        return out;
    }

    /** Stops following the project; the window calls this when it closes. */
    public void dispose() {
        session.projectProperty().removeListener(projectListener);
    }

    public ObservableList<SensitivityCriterion> criteria() {
        return criteria;
    }

    /** The options ranked under the previewed weights. */
    public ObservableList<SensitivityRankRow> ranking() {
        return ranking;
    }

    /** {@link WeightSensitivity#adjacentSwaps} under the previewed weights, as sentences. */
    public ObservableList<String> swaps() {
        return swaps;
    }

    /** A copy of the weights being previewed, by criterion id. */
    public Map<String, Double> previewWeights() {
        return new LinkedHashMap<>(preview);
    }

    /** True while the previewed weights differ from the project's. */
    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
