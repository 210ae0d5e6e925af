package org.sectorscope.ui.main;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sectorscope.store.WindowSettings;
import org.sectorscope.ui.common.AppLook;
import org.sectorscope.ui.common.AppLook.Theme;

/**
 * The View menu's choices: the theme, the text size and (through {@link PaneLayoutViewModel}) the panes
 * shown. Each choice is applied at once through the hooks it is given (the app's look in the window, a
 * recorder in tests) and is then a moment to save the settings.
 */
public final class ViewMenuViewModel {
    private final PaneLayoutViewModel layout;
    private final ObjectProperty<Theme> theme;
    private final IntegerProperty textScale;
    private Runnable onChanged = () -> { };

    public ViewMenuViewModel(PaneLayoutViewModel layout, Theme theme, int textScale, Consumer<Theme> applyTheme,
                             IntConsumer applyTextScale) {
        this.layout = layout;
        this.theme = new SimpleObjectProperty<>(this, "theme", theme);
        this.textScale = new SimpleIntegerProperty(this, "textScale", textScale);
        this.theme.addListener((obs, old, now) -> {
            applyTheme.accept(now);
            onChanged.run();
        });
        this.textScale.addListener((obs, old, now) -> {
            applyTextScale.accept(now.intValue());
            onChanged.run();
        });
    }

    /** The window's: the app's look as it is now, changed for every window. */
    static ViewMenuViewModel forApp(PaneLayoutViewModel layout) {
        return new ViewMenuViewModel(layout, AppLook.theme(), AppLook.textScale(), AppLook::setTheme,
                AppLook::setTextScale);
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyIntegerProperty textScaleProperty() {
        return textScale;
    }

    public void chooseTheme(Theme chosen) {
        theme.set(chosen);
    }

    /** One of {@link WindowSettings#TEXT_SCALES}, in per cent. */
    public void chooseTextScale(int scale) {
        if (!WindowSettings.TEXT_SCALES.contains(scale)) {
            throw new IllegalArgumentException("no text size of " + scale + " %");
        }
        textScale.set(scale);
    }

    /** Run after each choice of theme or text size (showing or hiding a pane is the layout's). */
    void setOnChanged(Runnable action) {
        onChanged = action;
    }

    /** Takes the saved theme, text size and hidden panes (the settings have already checked them). */
    public void restore(WindowSettings saved) {
        theme.set(Theme.of(saved.theme()));
        textScale.set(saved.textScale());
        layout.restoreHidden(saved.hiddenPanes());
    }

    /** {@code window} with this menu's choices, as saved. */
    public WindowSettings into(WindowSettings window) {
        return window.withView(theme.get().id(), textScale.get(), layout.hiddenPanes());
    }
}
