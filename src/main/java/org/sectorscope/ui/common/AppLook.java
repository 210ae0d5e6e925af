package org.sectorscope.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.sectorscope.store.WindowSettings;

/**
 * The look every window shares: the theme (AtlantaFX's Primer Light or Dark, the user-agent stylesheet of the
 * whole application) and the text size (a small stylesheet after the app's own that sets the root's font
 * size; the app's sheet gives its smaller and larger texts in em, so they follow). Exports draw with their
 * own print palette and never read this.
 */
public final class AppLook {
    /** The app's themes, by the names the settings use. */
    public enum Theme {
        LIGHT(WindowSettings.LIGHT, new PrimerLight().getUserAgentStylesheet()),
        DARK(WindowSettings.DARK, new PrimerDark().getUserAgentStylesheet());

        private final String id;
        private final String userAgentStylesheet;

        Theme(String id, String userAgentStylesheet) {
            this.id = id;
            this.userAgentStylesheet = userAgentStylesheet;
        }

        public String id() {
            return id;
        }

        public String userAgentStylesheet() {
            return userAgentStylesheet;
        }

        /** The theme of this settings name; the light one for any other. */
        public static Theme of(String id) {
            return DARK.id.equals(id) ? DARK : LIGHT;
        }
    }

    /** The root font size at 100 %, as the app's stylesheet sets it. */
    static final double NORMAL_FONT_PX = 13;
    private static final Map<Integer, String> TEXT_SHEETS = new LinkedHashMap<>();
    private static Theme theme = Theme.LIGHT;
    private static int textScale = WindowSettings.NORMAL_TEXT;

    static {
        for (int scale : WindowSettings.TEXT_SCALES) {
            TEXT_SHEETS.put(scale, textSheet(scale));
        }
    }

    private AppLook() {
    }

    public static Theme theme() {
        return theme;
    }

    public static int textScale() {
        return textScale;
    }

    /** The root font size in pixels at {@code scale} per cent. */
    public static double fontSize(int scale) {
        return Math.round(NORMAL_FONT_PX * scale / 10.0) / 10.0;
    }

    /** Puts every window in {@code newTheme}, on the FX thread. */
    public static void setTheme(Theme newTheme) {
        theme = newTheme;
        Application.setUserAgentStylesheet(newTheme.userAgentStylesheet());
    }

    /** Sets the text size of every open window and of those opened later, on the FX thread. */
    public static void setTextScale(int scale) {
        if (!TEXT_SHEETS.containsKey(scale)) {
            throw new IllegalArgumentException("no text size of " + scale + " %");
        }
        String old = TEXT_SHEETS.get(textScale);
        textScale = scale;
        for (Window window : new ArrayList<>(Window.getWindows())) {
            Scene scene = window.getScene();
            if (scene != null) {
                replace(scene.getStylesheets(), old);
                if (scene.getRoot() != null) {
                    // A dialog's pane carries its own copy of the sheets.
                    for (Node pane : scene.getRoot().lookupAll(".dialog-pane")) {
                        replace(((javafx.scene.Parent) pane).getStylesheets(), old);
                    }
                }
            }
        }
    }

    /**
     * The sheets after the app's own in {@code stylesheets}: the text size. Sets the light theme first when
     * none is set yet, so a window shown before the main one (or alone, in a test) has the colours the app's
     * sheet looks up.
     */
    static void addTo(List<String> stylesheets) {
        if (Application.getUserAgentStylesheet() == null) {
            setTheme(theme);
        }
        stylesheets.add(TEXT_SHEETS.get(textScale));
    }

    private static void replace(List<String> stylesheets, String old) {
        int at = stylesheets.indexOf(old);
        if (at >= 0) {
            stylesheets.set(at, TEXT_SHEETS.get(textScale));
        }
    }

    /** A stylesheet setting the root font size (a dialog's pane is the root of what it shows). */
    private static String textSheet(int scale) {
        String css = String.format(Locale.ROOT, ".root, .dialog-pane { -fx-font-size: %.1fpx; }", fontSize(scale));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
