package org.sectorscope.ui.help;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.input.KeyCombination;
import org.sectorscope.ui.actions.StandardAction;

/**
 * The shortcut sheet's rows, one per action of the table in its order (the menus as the menu bar has them,
 * then the panes), and the filter typed above them: a row stays when it holds every word typed, in its
 * action, keys, place or description, ignoring case.
 */
public final class ShortcutSheetViewModel {
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<ShortcutRow> all;
    private final FilteredList<ShortcutRow> shown;

    /** {@code keyText} writes a key as the platform shows it ({@link KeyCombination#getDisplayText()}). */
    public ShortcutSheetViewModel(List<StandardAction> actions, Function<KeyCombination, String> keyText) {
        all = FXCollections.observableArrayList(actions.stream().map(a -> new ShortcutRow(a.id(), a.text(),
                a.keys().stream().map(keyText).collect(Collectors.joining(", ")), a.place().label(),
                a.description())).toList());
        shown = new FilteredList<>(all);
        filter.addListener((obs, old, now) -> {
            String[] words = now == null || now.isBlank() ? new String[0]
                    : now.trim().toLowerCase(Locale.ROOT).split("\\s+");
            shown.setPredicate(row -> row.matches(words));
        });
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The rows the filter lets through. */
    public ObservableList<ShortcutRow> rows() {
        return shown;
    }

    /** "12 of 64 actions", or "64 actions" with no filter. */
    public StringBinding countText() {
        return Bindings.createStringBinding(() -> shown.size() == all.size() ? all.size() + " actions"
                : shown.size() + " of " + all.size() + " actions", shown);
    }
}
