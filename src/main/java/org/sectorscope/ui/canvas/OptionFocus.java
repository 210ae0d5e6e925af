package org.sectorscope.ui.canvas;

import java.util.List;
import java.util.Set;
import org.sectorscope.logic.IntendedMoves;

/**
 * What the canvas marks for the selected policy option: the sectors and quadrants it targets, and
 * the arrows of the movement it intends (empty when arrows are switched off or the text names none).
 */
public record OptionFocus(String optionName, String intendedEffect, Set<String> sectorIds,
                          Set<String> quadrantLetters, List<IntendedMoves.Arrow> arrows) {
    public OptionFocus {
        sectorIds = Set.copyOf(sectorIds);
        quadrantLetters = Set.copyOf(quadrantLetters);
        arrows = List.copyOf(arrows);
    }

    /** The line the canvas shows while an option is selected. */
    public String caption() {
        return "Option: " + optionName + (intendedEffect == null ? "" : " \u2014 " + intendedEffect);
    }
}
