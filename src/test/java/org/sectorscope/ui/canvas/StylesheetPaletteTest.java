package org.sectorscope.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.plot.PlotPalette;

/**
 * The figure's colours have one home, {@link PlotPalette}: the stylesheet's rules for what the canvas
 * draws like the exports (labels, meter, warning, dividers, quadrant names, option marks, leaders)
 * name them as the plot's looked-up colours, never as copies that could drift.
 */
class StylesheetPaletteTest {
    private static final List<String> FIGURE_SELECTORS = List.of(".sector-card", ".card-confidence", ".divider",
            ".quadrant-label", ".intended-move", ".option-target", ".leader-lines");
    private static final int[] FIGURE_COLOURS = {PlotPalette.INK, PlotPalette.MUTED, PlotPalette.CARD_BORDER,
        PlotPalette.CONFIDENCE, PlotPalette.CONFIDENCE_NONE, PlotPalette.WARNING, PlotPalette.OPTION,
        PlotPalette.DIVIDER, PlotPalette.QUADRANT_NAME, PlotPalette.STATE_LED, PlotPalette.MARKET,
        PlotPalette.OTHER_DRIVER, PlotPalette.LEADER};

    @Test
    void theCanvasRulesNameThePalettesColoursInsteadOfCopyingThem() throws Exception {
        String css = Files.readString(Path.of("assets/sectorscope.css"));
        Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)\\}").matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        List<String> checked = new ArrayList<>();
        while (rule.find()) {
            String selector = rule.group(1).strip();
            String body = rule.group(2).toLowerCase(Locale.ROOT);
            if (FIGURE_SELECTORS.stream().noneMatch(selector::contains)) {
                continue;
            }
            checked.add(selector);
            for (int colour : FIGURE_COLOURS) {
                assertFalse(body.contains(PlotPalette.hex(colour)), selector + " copies " + PlotPalette.hex(colour)
                        + " instead of naming the palette's looked-up colour");
            }
        }
        assertTrue(checked.size() >= 8, "the canvas rules were found: " + checked);
        assertTrue(css.contains("-plot-card-border") && css.contains("-plot-warning"), "and they use -plot-* colours");
    }
}
