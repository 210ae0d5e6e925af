package org.sectorscope.ui.options;

import java.util.function.BiConsumer;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import org.sectorscope.ui.common.LazyTooltip;
import org.sectorscope.ui.options.score.ScoreEditorScale;

/**
 * A score cell of the options matrix: the value on its colour, the rationale, the linked evidence and
 * the scale as a tooltip. Double-click opens the score editor ({@code openEditor(optionId, criterionId)}).
 */
final class ScoreCell extends TableCell<OptionRow, OptionRow.Cell> {
    private static final String HOW = "Type 1-5 to set, Delete to clear, Enter or F2 to edit.";

    ScoreCell(BiConsumer<String, String> openEditor) {
        getStyleClass().add("score-cell");
        setOnMouseClicked(e -> {
            OptionRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty() && row != null
                    && getItem() != null) {
                e.consume();
                openEditor.accept(row.id(), getItem().criterionId());
            }
        });
    }

    @Override
    protected void updateItem(OptionRow.Cell cell, boolean empty) {
        super.updateItem(cell, empty);
        getStyleClass().removeIf(ScoreCell::isScoreClass);
        if (empty || cell == null) {
            setText(null);
            LazyTooltip.set(this, null);
            return;
        }
        if (cell.value() == null) {
            setText("\u2013");
            LazyTooltip.set(this, "Not scored (counts 0).\n" + HOW + "\n\n" + ScoreEditorScale.LEGEND, ScoreCell::wrapping);
            return;
        }
        setText(Integer.toString(cell.value()));
        getStyleClass().add("score-" + cell.value());
        StringBuilder tip = new StringBuilder()
                .append(cell.value()).append("  ").append(ScoreEditorScale.meaning(cell.value()));
        if (!cell.rationale().isBlank()) {
            tip.append("\n\n").append(cell.rationale());
        }
        if (cell.evidenceCount() > 0) {
            tip.append("\n\nLinked evidence: ").append(cell.evidenceCount())
                    .append(cell.evidenceCount() == 1 ? " item" : " items");
        }
        tip.append("\n\n").append(HOW).append("\n\n").append(ScoreEditorScale.LEGEND);
        LazyTooltip.set(this, tip.toString(), ScoreCell::wrapping);
    }

    /** "score-1" to "score-5"; compared by hand, as a regular expression was compiled anew for every class. */
    private static boolean isScoreClass(String styleClass) {
        return styleClass.length() == 7 && styleClass.startsWith("score-") && styleClass.charAt(6) >= '1'
                && styleClass.charAt(6) <= '5';
    }

    private static void wrapping(Tooltip tooltip) {
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
    }
}
