package org.sectorscope.ui.canvas;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sectorscope.ui.common.LazyTooltip;

/** The bar over the canvas while a policy option is selected: what it is, whether to draw its intended moves, and a way out. */
final class OptionBar {
    /** The option caption's font size, at least: what bounds how much of it could show. */
    private static final double CAPTION_FONT = 12;
    private static final double TOOLTIP_WIDTH = 560;

    private OptionBar() {
    }

    static HBox of(QuadrantCanvasViewModel viewModel) {
        Label caption = new Label();
        caption.setId("option-caption");
        caption.setMinWidth(0);
        HBox.setHgrow(caption, Priority.ALWAYS);
        CheckBox arrows = new CheckBox("Intended moves");
        arrows.setId("option-arrows");
        arrows.selectedProperty().bindBidirectional(viewModel.showArrowsProperty());
        arrows.setMinWidth(Region.USE_PREF_SIZE);
        Button close = new Button("\u2715");
        close.setId("option-clear");
        close.setTooltip(new Tooltip("Stop showing this option"));
        close.setOnAction(e -> viewModel.selection().selectOption(null));
        HBox bar = new HBox(8, caption, arrows, close);
        bar.getStyleClass().add("option-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.setVisible(false);
        viewModel.optionFocusProperty().addListener((obs, old, focus) -> {
            bar.setVisible(focus != null);
            // Cut before JavaFX measures it: an option's name and intended effect may be of any length.
            String text = focus == null ? "" : CanvasText.fit(focus.caption(), CanvasText.UNKNOWN_ROOM, CAPTION_FONT);
            caption.setText(text);
            LazyTooltip.set(caption, focus == null ? null : text, OptionBar::wrapping);
        });
        return bar;
    }

    /** A tooltip that wraps a long text at a readable width rather than run off the screen. */
    private static void wrapping(Tooltip tip) {
        tip.setWrapText(true);
        tip.setMaxWidth(TOOLTIP_WIDTH);
    }
}
