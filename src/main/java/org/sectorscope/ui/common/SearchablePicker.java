package org.sectorscope.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.SearchableComboBox;

/**
 * A choice from a long list (a project's sources) that is found by typing (ControlsFX's
 * {@link SearchableComboBox}): typed words open the list narrowed to the entries holding all of them.
 * Tab or Enter then takes the entry highlighted, or else the first one shown, so a source is chosen
 * from the keyboard as fast as it is typed; Escape goes back to the value before the search.
 */
public final class SearchablePicker {
    private SearchablePicker() {
    }

    /** A picker showing {@code items}, and following them as they change. */
    public static <T> SearchableComboBox<T> of(ObservableList<T> items) {
        SearchableComboBox<T> box = new SearchableComboBox<>(FXCollections.observableArrayList(items));
        box.setMaxWidth(Double.MAX_VALUE);
        // A new list each time, never the same one changed: ControlsFX filters the list it is given, and a
        // change to it reaches the filtered copy while that is still catching up (an index out of bounds).
        // The value chosen stays while the new list still offers it.
        items.addListener((ListChangeListener<T>) c -> {
            T chosen = box.getValue();
            box.setItems(FXCollections.observableArrayList(items));
            if (chosen != null && !chosen.equals(box.getValue()) && items.contains(chosen)) {
                box.setValue(chosen);
            }
        });
        // ControlsFX takes the first match on Tab and Enter only in its list; typed keys reach its search field.
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!box.isShowing() || (e.getCode() != KeyCode.TAB && e.getCode() != KeyCode.ENTER)) {
                return;
            }
            takeFirstMatch(box);
            if (e.getCode() == KeyCode.ENTER) { // Tab goes on to the next field, which closes the list
                e.consume();
                box.hide();
                box.requestFocus();
            }
        });
        // ControlsFX opens the search on a letter key's press; a character typed without one (an input method, a
        // dead key, a pasted or synthesized key) opens it too, and starts the search with it.
        box.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (box.isShowing() || ch.isEmpty() || Character.isISOControl(ch.charAt(0)) || e.isShortcutDown()) {
                return;
            }
            box.show();
            if (box.lookup("#search") instanceof TextField search && search.isFocused()) {
                search.setText(search.getText() + ch);
                search.end();
                e.consume();
            }
        });
        return box;
    }

    /**
     * True when a key event's {@code target} is in a picker whose list is open for a search: Enter and
     * Escape then belong to the search, not to the form around it.
     */
    public static boolean searching(EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof SearchableComboBox<?> box) {
                return box.isShowing();
            }
        }
        return false;
    }

    private static <T> void takeFirstMatch(SearchableComboBox<T> box) {
        Node shown = box.lookup("#filtered");
        if (shown instanceof ComboBox<?> filtered && !filtered.getItems().isEmpty()) {
            Object pick = filtered.getSelectionModel().isEmpty() ? filtered.getItems().get(0)
                    : filtered.getSelectionModel().getSelectedItem();
            @SuppressWarnings("unchecked")
            T chosen = (T) pick;
            box.setValue(chosen);
        }
    }
}
