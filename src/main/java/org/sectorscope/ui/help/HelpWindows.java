package org.sectorscope.ui.help;

import java.net.URL;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.sectorscope.ui.common.WindowSetup;

/** The Help menu's windows open beside the main one, one of each at a time. */
final class HelpWindows {
    /** The guide's and About's looks, after the app's stylesheet. */
    static final String STYLESHEET = "/org/sectorscope/ui/help/help.css";

    private HelpWindows() {
    }

    /** A table column showing {@code text} of each row. */
    static <T> TableColumn<T, String> column(String title, Function<T, String> text, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /**
     * Brings {@code current} to the front when it is showing; otherwise opens a window titled {@code title}
     * showing what {@code content} makes for it, and returns it.
     */
    static Stage showOnce(Stage current, Window owner, String title, double width, double height,
            Function<Stage, Parent> content) {
        if (current != null && current.isShowing()) {
            current.toFront();
            return current;
        }
        Stage stage = new Stage();
        Scene scene = new Scene(content.apply(stage), width, height);
        WindowSetup.initStage(stage, owner, title + " \u2014 Sectorscope", scene);
        URL css = HelpWindows.class.getResource(STYLESHEET);
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.show();
        return stage;
    }
}
