package org.sectorscope.ui.main;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sectorscope.ui.common.LazyTooltip;
import org.sectorscope.ui.options.PolicyOptionsView;

/**
 * The Compare, Weights and Coverage buttons at the right of the Options pane's toolbar, beside its editing
 * buttons; each does what its menu item does.
 */
final class OptionToolButtons {
    private OptionToolButtons() {
    }

    static void addTo(PolicyOptionsView options, BooleanBinding compareUnavailable, Runnable compare,
                      Runnable weights, Runnable coverage) {
        Button compareButton = button("options-compare", "Compare\u2026",
                "Compare 2 to 4 selected options side by side (Ctrl+Shift+C)", compare);
        compareButton.disableProperty().bind(compareUnavailable);
        Button weightsButton = button("options-weights", "Weights\u2026",
                "Weight sliders and what would change the ranking (Ctrl+Shift+W)", weights);
        Button coverageButton = button("options-coverage", "Coverage\u2026",
                "Which options address each quadrant (Ctrl+Shift+K)", coverage);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        options.toolbar().getChildren().addAll(List.of(gap, compareButton, weightsButton, coverageButton));
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        LazyTooltip.set(b, tip);
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("tool-button");
        b.setFocusTraversable(false);
        return b;
    }
}
