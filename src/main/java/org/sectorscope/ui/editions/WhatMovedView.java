package org.sectorscope.ui.editions;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sectorscope.model.Edition;

/**
 * The What moved window: what to compare (since an edition, from one edition to another, another file,
 * or a step of the slider through the editions) and the list of changes in words; choosing a line
 * selects its sector. The canvas draws the trails meanwhile.
 */
public final class WhatMovedView extends VBox {
    private final WhatMovedViewModel viewModel;
    private final ComboBox<Edition> from = new ComboBox<>();
    private final ComboBox<Edition> to = new ComboBox<>();
    private final Slider steps = new Slider();
    private final Label stepLabel = new Label();
    /** True while the slider's range is set, which moves its value without the user stepping. */
    private boolean resetting;

    public WhatMovedView(WhatMovedViewModel viewModel) {
        this.viewModel = viewModel;
        setId("what-moved-view");
        setSpacing(8);
        setPadding(new Insets(10));
        from.setId("what-moved-from");
        to.setId("what-moved-to");
        from.setAccessibleText("Compare from edition");
        to.setAccessibleText("Compare to edition");
        from.setItems(viewModel.editions());
        to.setItems(viewModel.editions());
        from.setConverter(names("an edition"));
        to.setConverter(names("now"));
        to.setPromptText("now");
        Button compare = new Button("Compare");
        compare.setId("what-moved-compare");
        compare.disableProperty().bind(from.valueProperty().isNull());
        compare.setOnAction(e -> compare());
        Button toNow = new Button("To Now");
        toNow.setOnAction(e -> to.setValue(null));
        Button other = new Button("Another File\u2026");
        other.setId("what-moved-other-file");
        other.setOnAction(e -> viewModel.compareWithAnotherFile());
        Button stop = new Button("Stop");
        stop.setOnAction(e -> viewModel.stopComparing());
        // A flow, not a row: the tab is as narrow as the Evidence pane, and nothing may be cut off.
        FlowPane choose = new FlowPane(6, 6, new Label("From"), from, new Label("to"), to, toNow, compare, other,
                stop);
        choose.setAlignment(Pos.CENTER_LEFT);

        steps.setId("what-moved-steps");
        steps.setAccessibleText("Step through the editions");
        steps.setMajorTickUnit(1);
        steps.setMinorTickCount(0);
        steps.setSnapToTicks(true);
        steps.setShowTickMarks(true);
        steps.valueProperty().addListener((obs, old, v) -> step((int) Math.round(v.doubleValue())));
        HBox.setHgrow(steps, Priority.ALWAYS);
        HBox.setHgrow(steps, Priority.ALWAYS);
        VBox stepRow = new VBox(4, new Label("Step through the editions"), new HBox(6, steps, stepLabel));
        viewModel.editions().addListener((ListChangeListener<Edition>) c -> resetSteps());
        resetSteps();

        // The boxes say what is compared, however the comparison was started (the menu, the slider).
        viewModel.titleProperty().addListener((obs, old, t) -> {
            from.setValue(viewModel.fromEdition());
            to.setValue(viewModel.toEdition());
        });
        Label title = new Label();
        title.setId("what-moved-title");
        title.textProperty().bind(viewModel.titleProperty());
        title.setStyle("-fx-font-weight: bold;");
        ListView<WhatMovedViewModel.Entry> list = new ListView<>(viewModel.entries());
        list.setId("what-moved-list");
        list.setAccessibleText("What moved");
        title.setWrapText(true);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WhatMovedViewModel.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.text());
                setWrapText(true);
                setPrefWidth(0); // wraps within the pane instead of scrolling sideways
                setStyle(entry != null && entry.quadrantChanged() ? "-fx-font-weight: bold;" : "");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> viewModel.select(e));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(choose, stepRow, title, list);
    }

    private static StringConverter<Edition> names(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(Edition e) {
                return e == null ? none : e.name();
            }

            @Override
            public Edition fromString(String s) {
                return null;
            }
        };
    }

    private void compare() {
        if (to.getValue() == null) {
            viewModel.compareSince(from.getValue().id());
        } else {
            viewModel.compareBetween(from.getValue().id(), to.getValue().id());
        }
    }

    private void resetSteps() {
        int n = viewModel.stepCount();
        resetting = true;
        steps.setDisable(n < 2);
        steps.setMin(n == 0 ? 0 : 1);
        steps.setMax(Math.max(1, n));
        steps.setValue(steps.getMin());
        resetting = false;
        stepLabel.setText(n == 0 ? "no editions yet" : n == 1 ? "one edition: use Compare" : "");
    }

    private void step(int k) {
        if (!resetting && k >= 1 && k <= viewModel.stepCount()) {
            viewModel.showStep(k);
            stepLabel.setText(viewModel.stepLabel(k));
        }
    }

}
