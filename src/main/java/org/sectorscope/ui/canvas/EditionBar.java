package org.sectorscope.ui.canvas;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sectorscope.session.ComparisonState;

/**
 * The strip over the bottom of the plot while an edition is viewed or a comparison drawn: "Viewing
 * edition X (read-only)", what the trails show, why an edit was refused, and the ways back.
 */
final class EditionBar {
    private EditionBar() {
    }

    static VBox of(ComparisonState state) {
        Label banner = new Label();
        banner.setId("edition-banner");
        banner.textProperty().bind(state.bannerProperty());
        banner.managedProperty().bind(banner.textProperty().isNotEmpty());
        banner.visibleProperty().bind(banner.managedProperty());
        banner.setStyle("-fx-font-weight: bold;");
        banner.setWrapText(true);
        Label trails = new Label();
        trails.setId("trails-title");
        trails.textProperty().bind(Bindings.createStringBinding(() -> state.comparisonProperty().get() == null ? ""
                : state.comparisonProperty().get().title() + ": an arrow from each old place (bold: changed"
                        + " quadrant); a ring marks a new sector, a cross one gone", state.comparisonProperty()));
        trails.setWrapText(true); // the key to the trails, read whole at any width
        trails.managedProperty().bind(trails.textProperty().isNotEmpty());
        trails.visibleProperty().bind(trails.managedProperty());
        Label refusal = new Label();
        refusal.setId("edition-refusal");
        refusal.textProperty().bind(state.refusalProperty());
        refusal.managedProperty().bind(refusal.textProperty().isNotEmpty());
        refusal.visibleProperty().bind(refusal.managedProperty());
        refusal.setStyle("-fx-text-fill: #9b2c2c;");
        refusal.setWrapText(true);
        Button back = new Button("Back to Current State");
        back.setId("edition-back");
        back.setOnAction(e -> state.backToCurrent());
        back.managedProperty().bind(banner.managedProperty());
        back.visibleProperty().bind(back.managedProperty());
        Button stop = new Button("Stop Comparing");
        stop.setId("trails-stop");
        stop.setOnAction(e -> state.clear());
        stop.managedProperty().bind(trails.managedProperty());
        stop.visibleProperty().bind(stop.managedProperty());
        HBox buttons = new HBox(8, back, stop);
        VBox bar = new VBox(4, banner, trails, refusal, buttons);
        bar.getStyleClass().add("reason-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(5, 8, 5, 8));
        bar.visibleProperty().bind(banner.textProperty().isNotEmpty().or(trails.textProperty().isNotEmpty()));
        bar.setMaxHeight(VBox.USE_PREF_SIZE);
        return bar;
    }
}
