package org.sectorscope.ui.canvas;

import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.sectorscope.model.TextLimit;
import org.sectorscope.ui.common.TextLimitFilter;

/**
 * The one-line editor the plot opens over a card or a framework text. Enter or Tab keeps the text,
 * Escape drops it, and leaving the field keeps it; every other key edits the text as usual.
 */
final class InPlaceEditor extends TextField {
    private final Runnable afterClose;
    private Consumer<String> onCommit;

    /** {@code afterClose} runs whenever the editor closes (the plot takes the focus back). */
    InPlaceEditor(Runnable afterClose) {
        this.afterClose = afterClose;
        TextLimitFilter.install(this, TextLimit.NAME, "a name");
        setId("canvas-editor");
        getStyleClass().add("canvas-editor");
        setVisible(false);
        setManaged(false);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                close(true); // Tab commits, as in a spreadsheet, and keeps focus on the canvas
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close(false);
                e.consume();
            }
        });
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                close(true);
            }
        });
    }

    void open(String text, double x, double y, double width, Consumer<String> commit) {
        setText(text);
        resizeRelocate(x, y, width, 28);
        setVisible(true);
        toFront();
        onCommit = commit;
        requestFocus();
        selectAll();
    }

    /** Closes the editor, handing its text to the commit action when {@code keep}. */
    void close(boolean keep) {
        if (!isVisible()) {
            return;
        }
        Consumer<String> commit = onCommit;
        onCommit = null;
        setVisible(false);
        if (keep && commit != null) {
            commit.accept(getText());
        }
        afterClose.run();
    }

    boolean isOpen() {
        return isVisible();
    }
}
