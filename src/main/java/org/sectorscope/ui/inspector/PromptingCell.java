package org.sectorscope.ui.inspector;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * A combo box's button cell that shows the box's prompt, greyed, whenever its value is empty. JavaFX's
 * own cell shows the prompt only until a value has once been chosen, so "several values" or "no driver"
 * would vanish after the first selection that had a driver.
 */
final class PromptingCell<T> extends ListCell<T> {
    private final ComboBox<T> box;

    PromptingCell(ComboBox<T> box) {
        this.box = box;
        box.promptTextProperty().addListener((o, was, now) -> {
            if (isEmpty() || getItem() == null) {
                showPrompt();
            }
        });
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            showPrompt();
        } else {
            getStyleClass().remove("prompt");
            setText(box.getConverter().toString(item));
        }
    }

    private void showPrompt() {
        setText(box.getPromptText());
        if (!getStyleClass().contains("prompt")) {
            getStyleClass().add("prompt");
        }
    }
}
