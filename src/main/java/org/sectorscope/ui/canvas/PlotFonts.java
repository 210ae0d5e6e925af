package org.sectorscope.ui.canvas;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.sectorscope.export.FigureText;
import org.sectorscope.logic.plot.TextStyle;

/**
 * The plot's fonts on screen: the bundled DejaVu files the layout measured with, loaded into JavaFX
 * once, so the canvas draws the very lines the layout broke, at the sizes it measured, on any machine.
 */
final class PlotFonts {
    private static final Map<TextStyle, Font> FONTS = new EnumMap<>(TextStyle.class);
    private static final Map<TextStyle, Double> SPACING = new EnumMap<>(TextStyle.class);

    static {
        load(false);
        load(true);
        for (TextStyle s : TextStyle.values()) {
            Font f = Font.font("DejaVu Sans", s.bold() ? FontWeight.BOLD : FontWeight.NORMAL, s.size());
            FONTS.put(s, f);
            // JavaFX spaces lines by its own measure of the font; make it the layout's.
            Text one = new Text("Hg");
            one.setFont(f);
            Text two = new Text("Hg\nHg");
            two.setFont(f);
            double fxLine = two.getLayoutBounds().getHeight() - one.getLayoutBounds().getHeight();
            SPACING.put(s, FigureText.METRICS.lineHeight(s) - fxLine);
        }
    }

    private PlotFonts() {
    }

    private static void load(boolean bold) {
        try {
            byte[] file = FigureText.fontFile(bold);
            if (file != null) {
                Font.loadFont(new ByteArrayInputStream(file), 12);
            }
        } catch (IOException e) {
            // A damaged jar: JavaFX falls back to a system font, and cards clip what does not fit.
        }
    }

    static Font font(TextStyle style) {
        return FONTS.get(style);
    }

    /**
     * Sets {@code text} in the style's font with the layout's line spacing. The font goes inline, as
     * only an inline style outranks the stylesheet's inherited font.
     */
    static void apply(Text text, TextStyle style) {
        text.setStyle(css(style));
        text.setLineSpacing(SPACING.get(style));
    }

    static String css(TextStyle style) {
        return "-fx-font-family: 'DejaVu Sans'; -fx-font-size: " + style.size() + "px; -fx-font-weight: "
                + (style.bold() ? "bold" : "normal") + ";";
    }
}
