package org.sectorscope.ui.common;

import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.sectorscope.model.Text;
import org.sectorscope.model.TextLimit;

/**
 * Keeps a text field within what the model holds (see {@link TextLimit}): typing or pasting past the
 * limit is cut at it, and characters XML forbids become U+FFFD, each time with a note under the field,
 * so an edit can never fail on its text and a million pasted characters never reach the layout.
 */
public final class TextLimitFilter {
    private static final String NOTE_KEY = "sectorscope.textLimitNote";
    private static final Duration NOTE_TIME = Duration.seconds(5);

    private TextLimitFilter() {
    }

    /** Installs the filter on {@code field}, which must have no formatter yet; returns the field. */
    public static <T extends TextInputControl> T install(T field, TextLimit limit, String what) {
        TextFormatter<String> formatter = new TextFormatter<>(change -> {
            if (!change.isContentChange()) {
                return change;
            }
            String inserted = change.getText();
            String note = null;
            int bad = Text.countForbidden(inserted);
            if (bad > 0) {
                note = String.format(Locale.ROOT, "Replaced %s that cannot be kept (%s) with \uFFFD.",
                        bad == 1 ? "a character" : bad + " characters",
                        Text.describeForbidden(inserted, Text.firstForbidden(inserted)));
                inserted = Text.replaceForbidden(inserted);
            }
            int others = change.getControlText().length() - (change.getRangeEnd() - change.getRangeStart());
            int room = Math.max(0, limit.max() - others);
            if (inserted.length() > room) {
                int end = room > 0 && Character.isHighSurrogate(inserted.charAt(room - 1)) ? room - 1 : room;
                inserted = inserted.substring(0, end);
                note = String.format(Locale.ROOT, "Cut to %,d characters, the most %s may have.", limit.max(), what);
            }
            if (note != null) {
                int caret = change.getRangeStart() + inserted.length();
                change.setText(inserted);
                change.selectRange(caret, caret);
                showNote(field, note);
            }
            return change;
        });
        field.setTextFormatter(formatter);
        if (field instanceof TextField) {
            // A TextField swallows Esc whenever it has a formatter (to cancel the formatter's edit), so
            // Esc would no longer close a dialog or an in-place editor. This formatter has no value to go
            // back to: it steps aside for the key and comes back after it.
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && field.getTextFormatter() == formatter) {
                    field.setTextFormatter(null);
                    Platform.runLater(() -> {
                        if (field.getTextFormatter() == null) {
                            field.setTextFormatter(formatter);
                        }
                    });
                }
            });
        }
        return field;
    }

    /** The last note shown for {@code field}, or null. */
    public static String lastNote(TextInputControl field) {
        return (String) field.getProperties().get(NOTE_KEY);
    }

    private static void showNote(TextInputControl field, String note) {
        field.getProperties().put(NOTE_KEY, note);
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b == null || field.getScene() == null || field.getScene().getWindow() == null) {
            return; // not on screen: the note is kept for whoever asks
        }
        Tooltip tip = new Tooltip(note);
        tip.setAutoHide(true);
        tip.show(field, b.getMinX(), b.getMaxY() + 2);
        PauseTransition hide = new PauseTransition(NOTE_TIME);
        hide.setOnFinished(e -> tip.hide());
        hide.play();
    }
}
