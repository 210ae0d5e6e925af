package org.sectorscope.ui.help;

import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.ui.actions.StandardAction;
import org.sectorscope.ui.common.WindowSetup;

/**
 * Help > Keyboard Shortcuts (F1, Ctrl+/): every action of the table with its keys as this platform
 * writes them and where it works, filtered as you type. Built from the same table as the menus, so it
 * cannot disagree with them.
 */
public final class ShortcutSheet extends VBox {
    private static Stage open;
    private final TextField filter = new TextField();

    public ShortcutSheet(ShortcutSheetViewModel viewModel, Runnable close) {
        setId("shortcut-sheet");
        filter.setId("shortcut-filter");
        filter.setAccessibleText("Find an action or a key");
        filter.setPromptText("Type to find an action or a key (\"save\", \"ctrl+shift\", \"canvas\")");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        Label count = new Label();
        count.setId("shortcut-count");
        count.textProperty().bind(viewModel.countText());
        TableView<ShortcutRow> table = new TableView<>(viewModel.rows());
        table.setId("shortcut-table");
        table.setAccessibleText("Actions and their keys");
        table.setPlaceholder(new Label("No action matches."));
        table.getColumns().addAll(Arrays.asList(HelpWindows.column("Action", ShortcutRow::action, 260),
                HelpWindows.column("Keys", ShortcutRow::keys, 200), HelpWindows.column("Where", ShortcutRow::where, 130),
                HelpWindows.column("What it does", ShortcutRow::description, 420)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, count, gap, WindowSetup.closeButton("shortcut-close", close));
        bottom.setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(12));
        getChildren().addAll(filter, table, bottom);
    }

    /** Opens the sheet (one at a time) with the keyboard in its filter. */
    public static void show(Window owner) {
        open = HelpWindows.showOnce(open, owner, "Keyboard Shortcuts", 1040, 640, stage -> {
            ShortcutSheet sheet = new ShortcutSheet(new ShortcutSheetViewModel(
                    Arrays.asList(StandardAction.values()), k -> k.getDisplayText()), stage::close);
            stage.setOnShown(e -> sheet.filter.requestFocus());
            return sheet;
        });
    }
}
