package org.sectorscope.ui.export;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The small controls the export dialog's sections are made of, so that they all look alike. */
final class ExportControls {
    private ExportControls() {
    }

    static VBox section(String title, Node... children) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        heading.setStyle("-fx-font-size: 13px;");
        VBox box = new VBox(6, heading);
        box.getChildren().addAll(children);
        return box;
    }

    static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }

    static FlowPane flow(Node... children) {
        FlowPane row = new FlowPane(10, 4, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static RadioButton radio(String text, String id, ToggleGroup group, Object value) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(value);
        b.setWrapText(true);
        return b;
    }

    static ObservableBooleanValue constant(boolean value) {
        return Bindings.createBooleanBinding(() -> value);
    }

    /** Keeps a group of radio buttons (their user data are the values) and a property in step. */
    static <T> void bind(ToggleGroup group, ObjectProperty<T> property) {
        Runnable select = () -> {
            for (Toggle t : group.getToggles()) {
                if (t.getUserData().equals(property.get())) {
                    group.selectToggle(t);
                }
            }
        };
        select.run();
        property.addListener((obs, old, now) -> select.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // a radio group always has a choice
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.set(value);
            }
        });
    }
}
