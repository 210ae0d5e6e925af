package org.sectorscope.ui.definitions;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.MarkerShape;

/** The dialog's two fixed choices, named as people say them: a marker's shape and a field's kind. */
final class Choices {
    private Choices() {
    }

    /** Square, circle, diamond, each with its glyph, so the list shows what the plot will draw. */
    static ComboBox<MarkerShape> shapes() {
        ComboBox<MarkerShape> box = new ComboBox<>();
        box.getItems().setAll(MarkerShape.values());
        box.setConverter(converter(Choices::shapeText));
        box.setButtonCell(shapeCell());
        box.setCellFactory(lv -> shapeCell());
        return box;
    }

    static ComboBox<CustomField.Kind> kinds() {
        ComboBox<CustomField.Kind> box = new ComboBox<>();
        box.getItems().setAll(CustomField.Kind.values());
        box.setConverter(converter(k -> k == CustomField.Kind.NUMBER ? "Number" : "Text"));
        return box;
    }

    static String shapeText(MarkerShape s) {
        return switch (s) {
            case SQUARE -> "\u25a0 Square";
            case CIRCLE -> "\u25cf Circle";
            case DIAMOND -> "\u25c6 Diamond";
        };
    }

    private static ListCell<MarkerShape> shapeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MarkerShape s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : shapeText(s));
            }
        };
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null; // not editable
            }
        };
    }
}
