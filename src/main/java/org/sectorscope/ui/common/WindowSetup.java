package org.sectorscope.ui.common;

import java.net.URL;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What every window and dialog of the app shares: the stylesheet, the theme and text size, the icons and the owner. One place,
 * so no window can look or behave differently from the others by forgetting a step.
 */
public final class WindowSetup {
    /** The app's stylesheet, a class-path resource. */
    public static final String STYLESHEET = "/org/sectorscope/assets/sectorscope.css";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private WindowSetup() {
    }

    /**
     * Adds the app's stylesheet, then {@code extraSheets} (class-path resources), then the text size's sheet
     * ({@link AppLook}) to {@code stylesheets}.
     */
    public static void addStylesheets(List<String> stylesheets, String... extraSheets) {
        add(stylesheets, STYLESHEET);
        for (String sheet : extraSheets) {
            add(stylesheets, sheet);
        }
        AppLook.addTo(stylesheets);
    }

    /** A dialog owned by {@code owner} (null: none) in the app's style. */
    public static void initDialog(Dialog<?> dialog, Window owner, String... extraSheets) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        addStylesheets(dialog.getDialogPane().getStylesheets(), extraSheets);
    }

    /** A window owned by {@code owner} (null: a top-level window) showing {@code scene} in the app's style. */
    public static void initStage(Stage stage, Window owner, String title, Scene scene) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        addStylesheets(scene.getStylesheets());
        addIcons(stage);
        stage.setScene(scene);
    }

    /** {@code content} with a row holding the window's Close button (id {@code closeId}) at the bottom right. */
    public static BorderPane withCloseButton(Node content, String closeId, Runnable close) {
        HBox row = new HBox(closeButton(closeId, close));
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(0, 10, 10, 10));
        BorderPane pane = new BorderPane(content);
        pane.getStyleClass().add("window-pane");
        pane.setBottom(row);
        return pane;
    }

    /** A window's Close button, which Esc presses too. */
    public static Button closeButton(String id, Runnable close) {
        Button button = new Button("Close");
        button.setId(id);
        button.setCancelButton(true);
        button.setOnAction(e -> close.run());
        return button;
    }

    /** The app icon at every size the desktop may ask for. */
    public static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            URL icon = WindowSetup.class.getResource("/org/sectorscope/assets/icons/sectorscope-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
    }

    private static void add(List<String> stylesheets, String resource) {
        URL css = WindowSetup.class.getResource(resource);
        if (css != null) {
            stylesheets.add(css.toExternalForm());
        }
    }
}
