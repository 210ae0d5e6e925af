package org.sectorscope.ui.canvas;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.TextLimitFilter;

/** The inline prompt that asks why a sector crossed into another quadrant, shown while the view model waits for a reason. */
final class ReasonBar {
    private ReasonBar() {
    }

    /** @param backToPlot gives the focus back to the plot once the reason is saved or skipped */
    static HBox of(QuadrantCanvasViewModel viewModel, Runnable backToPlot) {
        Label summary = new Label();
        summary.setId("reason-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        TextField why = TextLimitFilter.install(new TextField(), TextLimit.PROSE, "a reason");
        why.setId("reason-field");
        why.setPromptText("Why? One line (Enter saves, Esc skips)");
        HBox.setHgrow(why, Priority.ALWAYS);
        Button save = new Button("Save reason");
        save.setId("reason-save");
        Button skip = new Button("Skip");
        skip.setId("reason-skip");
        save.setOnAction(e -> {
            viewModel.giveReason(why.getText());
            backToPlot.run();
        });
        skip.setOnAction(e -> {
            viewModel.skipReason();
            backToPlot.run();
        });
        why.setOnAction(e -> save.fire());
        why.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                skip.fire();
                e.consume();
            }
        });
        // With nothing typed yet, Undo and Redo mean the move, not the text: the prompt must not trap them.
        why.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean undo = e.isShortcutDown() && e.getCode() == KeyCode.Z;
            boolean redo = e.isShortcutDown() && (e.getCode() == KeyCode.Y || (undo && e.isShiftDown()));
            if ((undo || redo) && why.getText().isEmpty()) {
                skip.fire();
                if (redo) {
                    viewModel.redo();
                } else {
                    viewModel.undo();
                }
                e.consume();
            }
        });
        HBox bar = new HBox(8, summary, why, save, skip);
        bar.getStyleClass().add("reason-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(5, 8, 5, 8));
        bar.setVisible(false);
        viewModel.pendingReasonProperty().addListener((obs, old, pending) -> {
            bar.setVisible(pending != null);
            if (pending != null) {
                summary.setText(pending.summary());
                why.clear();
                why.requestFocus();
            }
        });
        return bar;
    }
}
