package org.sectorscope.ui.common;

import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ColorPicker;
import javafx.scene.paint.Color;

/**
 * A colour picker kept in step with a {@code #RRGGBB} string property, for view models that hold colours
 * as the model does (as strings, needing no toolkit). An untouched picker never rewrites the string, so
 * "#9b2c2c" stays in lower case unless the analyst picks another colour.
 */
public final class HexColourPicker {
    private HexColourPicker() {
    }

    /** A picker showing {@code hex} and writing every colour picked back to it. */
    public static ColorPicker bound(StringProperty hex) {
        Color initial = toColour(hex.get());
        ColorPicker picker = new ColorPicker(initial == null ? Color.WHITE : initial);
        // JavaFX gives a colour picker no role; it opens a palette as a combo box opens its list.
        picker.setAccessibleRole(AccessibleRole.COMBO_BOX);
        picker.setAccessibleRoleDescription("colour picker");
        picker.valueProperty().addListener((obs, old, c) -> {
            if (c != null && !toHex(c).equalsIgnoreCase(hex.get() == null ? "" : hex.get().strip())) {
                hex.set(toHex(c));
            }
        });
        hex.addListener((obs, old, s) -> {
            Color c = toColour(s);
            if (c != null && !c.equals(picker.getValue())) {
                picker.setValue(c);
            }
        });
        return picker;
    }

    /** {@code #RRGGBB} in upper case, as the sample files write colours; opacity is dropped. */
    public static String toHex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** The colour a {@code #RRGGBB} string names, or null when it names none. */
    public static Color toColour(String hex) {
        if (hex == null || !hex.strip().matches("#[0-9A-Fa-f]{6}")) {
            return null;
        }
        return Color.web(hex.strip());
    }
}
