package org.sectorscope.ui.common;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
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
    private static CompletableFuture<List<Image>> icons;

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

    /**
     * The app icon at every size the desktop may ask for. The icons are decoded once, on a thread of their
     * own ({@link #loadIconsAhead()}); a window shown before they are in gets them when they are.
     */
    public static void addIcons(Stage stage) {
        CompletableFuture<List<Image>> ready = icons();
        if (ready.isDone()) {
            stage.getIcons().setAll(ready.join());
        } else {
            ready.thenAccept(images -> Platform.runLater(() -> stage.getIcons().setAll(images)));
        }
    }

    /** Starts decoding the icons, so the main window's start-up does not wait for six PNGs. */
    public static void loadIconsAhead() {
        icons();
    }

    private static synchronized CompletableFuture<List<Image>> icons() {
        if (icons == null) {
            icons = CompletableFuture.supplyAsync(WindowSetup::decodeIcons, work -> {
                Thread thread = new Thread(work, "sectorscope-icons");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return icons;
    }

    private static List<Image> decodeIcons() {
        List<Image> images = new ArrayList<>();
        for (int size : ICON_SIZES) {
            URL icon = WindowSetup.class.getResource("/org/sectorscope/assets/icons/sectorscope-" + size + ".png");
            if (icon != null) {
                images.add(new Image(icon.toExternalForm()));
            }
        }
        return List.copyOf(images);
    }

    private static void add(List<String> stylesheets, String resource) {
        URL css = WindowSetup.class.getResource(resource);
        if (css != null) {
            stylesheets.add(css.toExternalForm());
        }
    }
}
