package org.sectorscope.ui.common;

import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * A text area that grows with its text, a row at a time, between a least and a most number of rows (then
 * it scrolls): a five-line quote is read whole while it is typed, and an empty box stays small.
 */
public final class GrowingTextArea {
    private GrowingTextArea() {
    }

    public static TextArea install(TextArea area, int minRows, int maxRows) {
        area.setPrefRowCount(minRows);
        // The text node sits in the skin's scroll pane, which joins the scene graph only once laid out:
        // look for it after each change until found, then follow its height.
        boolean[] following = {false};
        Runnable attach = () -> {
            if (!following[0] && area.lookup(".text") instanceof Text text) {
                following[0] = true;
                text.layoutBoundsProperty().addListener((obs, was, now) ->
                        Platform.runLater(() -> fit(area, text, minRows, maxRows)));
                fit(area, text, minRows, maxRows);
            }
        };
        area.textProperty().addListener((obs, was, now) -> Platform.runLater(attach));
        area.widthProperty().addListener((obs, was, now) -> Platform.runLater(attach));
        return area;
    }

    private static void fit(TextArea area, Text text, int minRows, int maxRows) {
        Text probe = new Text("X");
        probe.setFont(text.getFont());
        double line = probe.getLayoutBounds().getHeight();
        if (line <= 0) {
            return;
        }
        int rows = (int) Math.round(text.getLayoutBounds().getHeight() / line);
        int wanted = Math.max(minRows, Math.min(maxRows, rows));
        if (area.getPrefRowCount() != wanted) {
            area.setPrefRowCount(wanted);
        }
    }
}
