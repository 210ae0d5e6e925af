package org.sectorscope.ui.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The parts an import preview is built of, shared by the evidence and the sectors import: text columns,
 * a status column that marks rows with a problem (the whole text in a tooltip, since a long problem is
 * cut in its cell), and the Skip / Update choice for what the project already has.
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

    /**
     * "Items already in the project: Skip / Update", two radio buttons kept in step with {@code choice}
     * ({@code first} or {@code second}); {@code changed} runs after each pick (to redraw the statuses).
     * Disabled when nothing in the file is already in the project, since the choice then changes nothing.
     */
    public static <T> HBox skipOrUpdate(String label, String idPrefix, ObjectProperty<T> choice, T first, T second,
                                        boolean matters, Runnable changed) {
        ToggleGroup group = new ToggleGroup();
        RadioButton a = radio("_Skip", idPrefix + "skip", group, first);
        RadioButton b = radio("_Update", idPrefix + "update", group, second);
        group.selectToggle(second.equals(choice.get()) ? b : a);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked") T picked = (T) now.getUserData();
                choice.set(picked);
                changed.run();
            }
        });
        HBox box = new HBox(12, new Label(label), a, b);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setDisable(!matters);
        return box;
    }

    /** The preview's one-line verdict ("12 new, 3 to update."), wrapped, following {@code text}. */
    public static Label summary(String id, ObservableValue<String> text) {
        Label summary = new Label();
        summary.textProperty().bind(text);
        summary.setId(id);
        summary.setWrapText(true);
        return summary;
    }

    /** A hint line for each warning about the file as a whole (ignored columns and the like). */
    public static List<Label> warnings(List<String> warnings) {
        return warnings.stream().map(text -> {
            Label w = new Label(text);
            w.getStyleClass().add("hint");
            w.setWrapText(true);
            return w;
        }).toList();
    }

    private static RadioButton radio(String text, String id, ToggleGroup group, Object value) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        radio.setUserData(value);
        return radio;
    }
}
