package org.sectorscope.ui.canvas;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sectorscope.ui.common.LazyTooltip;

/**
 * The canvas pane's toolbar: its title, what the markers' colour and size show, and zoom. In a pane too
 * narrow for one row the colour and size choices move to a second row, so the title, the choices and the
 * zoom controls each stay whole (a cut "Colour: …" says nothing).
 */
final class CanvasToolbar {
    private final VBox bar = new VBox(2);
    private final HBox top = new HBox(6);
    private final HBox second = new HBox(6);
    private final HBox choices = new HBox(6);

    CanvasToolbar(QuadrantCanvasViewModel viewModel, IntConsumer zoomBy, ReadOnlyDoubleProperty shownScale) {
        Label title = new Label("Quadrant canvas");
        title.getStyleClass().add("pane-title");
        Button out = toolButton("\u2212", "Zoom out (Ctrl+minus)", () -> zoomBy.accept(-1));
        out.setId("zoom-out");
        Label level = new Label();
        level.setId("zoom-level");
        level.getStyleClass().add("zoom-level");
        // The scale drawn, fitted or not: "74%" beside the Fit button, never a second "Fit".
        level.textProperty().bind(Bindings.createStringBinding(() -> Math.round(shownScale.get() * 100) + "%",
                shownScale));
        Button in = toolButton("+", "Zoom in (Ctrl+plus, Ctrl+wheel)", () -> zoomBy.accept(1));
        in.setId("zoom-in");
        Button fit = toolButton("Fit", "Fit the framework to the pane (Ctrl+0)", viewModel::zoomToFit);
        fit.setId("zoom-fit");
        Button actual = toolButton("100%", "Natural size (Ctrl+1)", viewModel::zoomToActualSize);
        actual.setId("zoom-100");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        MarkerStyleViewModel style = viewModel.markerStyle();
        choices.getChildren().addAll(AnalystLegend.choice(viewModel.analysts()),
                choice("marker-color", "Colour: ", style.colorChoices(), style.colorProperty(), style::chooseColor,
                        "What the markers' colour shows: the driver, or a text field"),
                choice("marker-size", "Size: ", style.sizeChoices(), style.sizeProperty(), style::chooseSize,
                        "What the markers' area shows: nothing, or a number field"),
                new Separator(Orientation.VERTICAL));
        choices.setAlignment(Pos.CENTER_LEFT);
        top.getChildren().addAll(title, spacer, out, level, in, fit, actual);
        for (var n : List.of(title, out, level, in, fit, actual)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        top.setAlignment(Pos.CENTER_LEFT);
        second.setAlignment(Pos.CENTER_RIGHT);
        bar.getChildren().add(top);
        bar.getStyleClass().add("canvas-toolbar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        // No minimum of its own: else the pane would be held as wide as one full row, and overflow unseen
        // instead of wrapping.
        top.setMinWidth(0);
        bar.setMinWidth(0);
        bar.widthProperty().addListener((o, was, now) -> arrange(now.doubleValue()));
        // The choices grow when a project brings analyst layers or longer field names: arrange again then too.
        choices.widthProperty().addListener((o, was, now) -> Platform.runLater(() -> arrange(bar.getWidth())));
    }

    Node node() {
        return bar;
    }

    /**
     * Adds the marker-style choices to the bar. Each is a choice box, whose skin makes a list for its popup
     * at once, so a window that wants its first frame soon adds them after it.
     */
    void showChoices() {
        if (!choicesShown()) {
            top.getChildren().add(2, choices);
            if (bar.getWidth() > 0) {
                arrange(bar.getWidth()); // laid out already; else the first layout's width change arranges them
            }
        }
    }

    /** Whether the choices have joined the bar, in either row; the launch window adds them after its first frame. */
    private boolean choicesShown() {
        return choices.getParent() != null;
    }

    /** The choices in the top row when everything fits there at its preferred width, else in a second row. */
    private void arrange(double width) {
        if (!choicesShown()) {
            return;
        }
        double needed = bar.getPadding().getLeft() + bar.getPadding().getRight();
        for (Node n : top.getChildren()) {
            needed += n == choices ? 0 : n.prefWidth(-1);
        }
        needed += choices.prefWidth(-1) + top.getSpacing() * top.getChildren().size();
        boolean inTop = top.getChildren().contains(choices);
        if (width < needed && inTop) {
            top.getChildren().remove(choices);
            second.getChildren().setAll(choices);
            bar.getChildren().add(second);
        } else if (width >= needed && !inTop) {
            second.getChildren().clear();
            bar.getChildren().remove(second);
            top.getChildren().add(2, choices);
        }
    }

    /** A marker style choice: shows the chosen entry, and choosing another runs {@code choose} (a command). */
    private static ComboBox<MarkerStyleViewModel.Choice> choice(String id, String what,
            ObservableList<MarkerStyleViewModel.Choice> items, ObservableValue<MarkerStyleViewModel.Choice> chosen,
            Consumer<MarkerStyleViewModel.Choice> choose, String tip) {
        ComboBox<MarkerStyleViewModel.Choice> box = new ComboBox<>(items);
        box.setId(id);
        LazyTooltip.set(box, tip);
        box.setFocusTraversable(false);
        box.setMaxWidth(200);
        box.setMinWidth(Region.USE_PREF_SIZE);
        // "Colour: Driver" in the box itself: the choice reads without a label beside it
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(MarkerStyleViewModel.Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? what.strip() : what + item.label());
            }
        });
        box.setValue(chosen.getValue());
        // The view model says what is chosen (an undo changes it too); the box only asks for changes.
        chosen.addListener((obs, old, c) -> box.setValue(c));
        items.addListener((ListChangeListener<MarkerStyleViewModel.Choice>) c -> box.setValue(chosen.getValue()));
        box.setOnAction(e -> {
            if (box.getValue() != null && !box.getValue().equals(chosen.getValue())) {
                choose.accept(box.getValue());
            }
        });
        return box;
    }

    private static Button toolButton(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("tool-button");
        LazyTooltip.set(b, tip);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
