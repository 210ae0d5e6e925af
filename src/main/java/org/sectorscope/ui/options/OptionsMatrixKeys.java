package org.sectorscope.ui.options;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.sectorscope.ui.options.score.ScoreEditorScale;

/**
 * The options matrix's keyboard, on top of the table's own arrow-key cell navigation: 1-5 sets the
 * focused score, Delete or Backspace clears it, Enter or F2 edits the focused cell (the score, or the
 * option on its rank, name or total), Shift+Enter or Shift+F2 edits the focused column's criterion,
 * Insert adds an option, and Delete on a rank, name or total cell deletes the selected options (undoable). Filters, so the table's own key handling never sees these keys.
 */
final class OptionsMatrixKeys {
    /** What the keys do; the view implements it on its focused cell. */
    interface Actions {
        /** Whether the focused cell is a score cell. */
        boolean onScoreCell();

        void setScore(int value);

        void clearScore();

        void editFocusedCell();

        void editFocusedCriterion();

        void addOption();

        /** Deletes the selected options; Delete off the score cells. */
        void deleteOptions();
    }

    private OptionsMatrixKeys() {
    }

    static void install(TableView<?> table, Actions actions) {
        // Typed characters rather than key codes, so layouts whose digits need Shift work too.
        table.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || ch.length() != 1 || !actions.onScoreCell()) {
                return;
            }
            int value = ch.charAt(0) - '0';
            if (ScoreEditorScale.isValue(value)) {
                e.consume();
                actions.setScore(value);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            KeyCode code = e.getCode();
            if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && !e.isShiftDown() && actions.onScoreCell()) {
                e.consume();
                actions.clearScore();
            } else if (code == KeyCode.DELETE && !e.isShiftDown()) {
                e.consume();
                actions.deleteOptions();
            } else if ((code == KeyCode.ENTER || code == KeyCode.F2) && e.isShiftDown()) {
                e.consume();
                actions.editFocusedCriterion();
            } else if (code == KeyCode.ENTER || code == KeyCode.F2) {
                e.consume();
                actions.editFocusedCell();
            } else if (code == KeyCode.INSERT && !e.isShiftDown()) {
                e.consume();
                actions.addOption();
            }
        });
    }
}
