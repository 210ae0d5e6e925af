package org.sectorscope.ui.common;

import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * A text area that grows with its text, a row at a time, between a least and a most number of rows (then
 * it scrolls): a five-line quote is read whole while it is typed, and an empty box stays small. The rows
 * are counted by wrapping the text in the area's font at the area's width, not by reading the skin's
 * nodes, so any theme's skin does.
 */
public final class GrowingTextArea {
    /** What the skin keeps beside the text: the content's padding and a vertical scroll bar. */
    private static final double CHROME = 28;

    private GrowingTextArea() {
    }

    public static TextArea install(TextArea area, int minRows, int maxRows) {
        area.setPrefRowCount(minRows);
        Runnable fit = () -> fit(area, minRows, maxRows);
        area.textProperty().addListener((obs, was, now) -> fit.run());
        area.widthProperty().addListener((obs, was, now) -> fit.run());
        area.fontProperty().addListener((obs, was, now) -> Platform.runLater(fit));
        return area;
    }

    static void fit(TextArea area, int minRows, int maxRows) {
        double width = area.getWidth() - area.getInsets().getLeft() - area.getInsets().getRight() - CHROME;
        if (width <= 0) {
            return;
        }
        Text probe = new Text("X");
        probe.setFont(area.getFont());
        double line = probe.getLayoutBounds().getHeight();
        probe.setText(area.getText() == null || area.getText().isEmpty() ? "X" : area.getText());
        probe.setWrappingWidth(width);
        // One row to spare: the skin's own wrapping width differs from this estimate by a few pixels, and a
        // row too many costs less than a quote cut off behind a scroll bar.
        int rows = line <= 0 ? minRows : (int) Math.ceil(probe.getLayoutBounds().getHeight() / line - 0.01) + 1;
        int wanted = Math.max(minRows, Math.min(maxRows, rows));
        if (area.getPrefRowCount() != wanted) {
            area.setPrefRowCount(wanted);
        }
    }
}
