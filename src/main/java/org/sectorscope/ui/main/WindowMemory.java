package org.sectorscope.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.sectorscope.store.WindowSettings;

/**
 * Puts the main window where the analyst left it and remembers where that is: the stage's bounds,
 * whether it is maximized, the dividers' wanted positions, and the View menu's theme, text size and
 * hidden panes. Reading and writing the file is the
 * caller's (off the FX thread); this is only the window side.
 */
public final class WindowMemory {
    public static final double DEFAULT_WIDTH = 1600;
    public static final double DEFAULT_HEIGHT = 1000;

    private final Stage stage;
    private final PaneLayoutViewModel layout;
    private final ViewMenuViewModel view;
    /** The bounds while neither maximized nor iconified: what a maximized window goes back to. */
    private WindowSettings.Area normal;

    private WindowMemory(Stage stage, MainWindow window) {
        this.stage = stage;
        this.layout = window.layout();
        this.view = window.view();
    }

    /** The screens' usable areas, the primary first, in the store's terms. */
    public static List<WindowSettings.Area> screens() {
        List<WindowSettings.Area> out = new ArrayList<>();
        out.add(area(Screen.getPrimary().getVisualBounds()));
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) {
                out.add(area(screen.getVisualBounds()));
            }
        }
        return out;
    }

    /**
     * Sizes and places {@code stage} (already attached to {@code window}) from {@code saved}, fitted
     * to {@code screens}, and restores the dividers. Call before showing the stage.
     */
    public static WindowMemory restore(Stage stage, MainWindow window, WindowSettings saved,
                                       List<WindowSettings.Area> screens) {
        WindowMemory memory = new WindowMemory(stage, window);
        WindowSettings.Area place = saved.placeOn(screens, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setX(place.x());
        stage.setY(place.y());
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        memory.normal = place;
        stage.setMaximized(saved.maximized());
        window.layout().restore(saved.dividers());
        window.view().restore(saved);
        return memory;
    }

    /**
     * Calls {@code save} (on the FX thread) with the current settings when the window closes, when a
     * divider has been dragged and let go, after Reset Layout, and after each choice in the View menu.
     */
    public void saveWith(MainWindow window, Consumer<WindowSettings> save) {
        Runnable track = () -> normal = normalBounds();
        // Later rather than at once: a platform may report a maximized window's new size before it
        // reports that it is maximized, and that size is not the one to go back to.
        for (var p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            p.addListener((obs, old, now) -> Platform.runLater(track));
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> save.accept(current()));
        window.paneLayout().setOnSettled(() -> save.accept(current()));
        window.view().setOnChanged(() -> save.accept(current()));
    }

    /** What would be saved now. */
    public WindowSettings current() {
        return view.into(new WindowSettings(normalBounds(), stage.isMaximized(), layout.positions()));
    }

    /** The stage's bounds now, unless it is maximized, iconified or full screen: then the last normal ones. */
    private WindowSettings.Area normalBounds() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()
                || !(stage.getWidth() > 0 && stage.getHeight() > 0)) {
            return normal;
        }
        return new WindowSettings.Area(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    private static WindowSettings.Area area(Rectangle2D r) {
        return new WindowSettings.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
