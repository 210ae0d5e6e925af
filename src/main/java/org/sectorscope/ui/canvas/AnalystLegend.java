package org.sectorscope.ui.canvas;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sectorscope.logic.AnalystView;
import org.sectorscope.logic.plot.ConsensusMarks;
import org.sectorscope.ui.common.LazyTooltip;

/**
 * What the canvas shows when it is not the project's own placements: "Consensus of 3 analysts (median)",
 * the key to the ghosts' initials, and why a gesture did nothing. Hidden in the usual view, so the legend
 * reads as before.
 */
final class AnalystLegend {
    private AnalystLegend() {
    }

    static Node of(AnalystLayersViewModel analysts) {
        Label what = new Label();
        what.setId("analyst-legend");
        what.setWrapText(true);
        what.textProperty().bind(Bindings.createStringBinding(() -> {
            String legend = analysts.legendProperty().get();
            if (legend == null) {
                return "";
            }
            boolean consensus = analysts.view().kind() == AnalystView.Kind.CONSENSUS;
            return consensus ? legend + ". Ghosts: " + ConsensusMarks.key(analysts.currentConsensus())
                    + "; the shaded shape is their spread." : legend + ".";
        }, analysts.legendProperty(), analysts.chosenProperty()));
        Label notice = new Label();
        notice.setId("analyst-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(analysts.noticeProperty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox box = new VBox(2, what, notice);
        box.setPadding(new Insets(2, 8, 2, 8));
        box.getStyleClass().add("analyst-legend");
        box.visibleProperty().bind(what.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The toolbar's "Analysts:" choice, shown only when the project has analyst layers. */
    static ComboBox<AnalystLayersViewModel.Choice> choice(AnalystLayersViewModel analysts) {
        ObservableList<AnalystLayersViewModel.Choice> items = FXCollections.observableArrayList(analysts.choices());
        ComboBox<AnalystLayersViewModel.Choice> box = new ComboBox<>(items);
        box.setId("analyst-view");
        LazyTooltip.set(box, "Whose placements the canvas shows: the project's, the analysts' consensus, or"
                + " one analyst's (a drag then moves that analyst's placement)");
        box.setFocusTraversable(false);
        box.setMaxWidth(240);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setValue(analysts.chosenProperty().get());
        analysts.choices().addListener((ListChangeListener<AnalystLayersViewModel.Choice>) c -> {
            items.setAll(analysts.choices());
            box.setValue(analysts.chosenProperty().get());
        });
        analysts.chosenProperty().addListener((obs, old, c) -> box.setValue(c));
        box.setOnAction(e -> {
            if (box.getValue() != null && !box.getValue().equals(analysts.chosenProperty().get())) {
                analysts.choose(box.getValue());
            }
        });
        box.visibleProperty().bind(Bindings.size(analysts.choices()).greaterThan(1));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
