package org.sectorscope.logic.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.TextContrast;
import org.sectorscope.model.Quadrant;
import org.sectorscope.store.ProjectStore;

/**
 * The figure's own text, which the canvas and every export draw on the quadrants' fills and on labels
 * laid over them, meets WCAG AA (4.5:1) on the sample framework's colours: quadrant names on each fill,
 * and each colour of a label's text on a label (its translucent white over each fill, and selected).
 */
class PlotContrastTest {
    private static final Map<String, Integer> LABEL_TEXT = Map.of("name (ink)", PlotPalette.INK, "driver line (muted)",
            PlotPalette.MUTED, "evidence meter", PlotPalette.CONFIDENCE, "empty evidence meter",
            PlotPalette.CONFIDENCE_NONE, "warning", PlotPalette.WARNING);
    /** A selected label's fill (the stylesheet's .sector-card:selected). */
    private static final String SELECTED_CARD = "#eef5fc";

    @Test
    void quadrantNamesAndLabelTextReadOnEverySampleQuadrant() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Quadrant q : ProjectStore.loadSample().framework().quadrants()) {
            double[] fill = TextContrast.rgb(q.color());
            check(failures, "quadrant name on " + q.letter(), PlotPalette.QUADRANT_NAME, fill);
            double[] card = TextContrast.over(TextContrast.rgb(PlotPalette.hex(PlotPalette.CARD_FILL)),
                    PlotPalette.CARD_FILL_ALPHA / 255.0, fill);
            LABEL_TEXT.forEach((what, colour) -> check(failures, what + " on a label in " + q.letter(), colour, card));
        }
        LABEL_TEXT.forEach((what, colour) -> check(failures, what + " on a selected label", colour,
                TextContrast.rgb(SELECTED_CARD)));
        check(failures, "pole labels and axis titles on paper", PlotPalette.MUTED,
                TextContrast.rgb(PlotPalette.hex(PlotPalette.PAPER)));
        assertEquals(List.of(), failures);
    }

    @Test
    void nameTagsAreWhiteOnTheSelectionColour() {
        double ratio = TextContrast.ratio("#ffffff", PlotPalette.hex(PlotPalette.SELECTION));
        assertEquals(6.83, ratio, 0.01, "white on the selection blue");
    }

    private static void check(List<String> failures, String what, int colour, double[] background) {
        double ratio = TextContrast.ratio(TextContrast.rgb(PlotPalette.hex(colour)), background);
        if (ratio < TextContrast.AA) {
            failures.add(String.format("%s: %s is %.2f:1", what, PlotPalette.hex(colour), ratio));
        }
    }
}
