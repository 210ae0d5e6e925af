package org.sectorscope.ui.common;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;

/**
 * The parts an import preview is built of, shared by the evidence and the sectors import: text columns,
 * a status column that marks rows with a problem (the whole text in a tooltip, since a long problem is
 * cut in its cell), and the radio buttons of a choice.
 */
public final class PreviewTables {
    private PreviewTables() {
    }

    public static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    /** A column of each row's status, styled {@code form-problem} where {@code hasProblem} says so. */
    public static <R> TableColumn<R, String> statusColumn(String title, double width, Function<R, String> value,
                                                          Predicate<R> hasProblem) {
        TableColumn<R, String> status = column(title, width, value);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                R row = empty ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
                getStyleClass().remove("form-problem");
                if (row != null && hasProblem.test(row)) {
                    getStyleClass().add("form-problem");
                }
            }
        });
        return status;
    }

    /** A radio button of {@code group} standing for {@code value}. */
    public static RadioButton radio(String text, String id, ToggleGroup group, Object value) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setUserData(value);
        return radio;
    }
}
