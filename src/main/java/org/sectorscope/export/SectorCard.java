package org.sectorscope.export;

import java.awt.Color;
import java.util.List;
import org.sectorscope.logic.CardSpreader;
import org.sectorscope.model.Sector;

/**
 * One sector as the figure shows it: where its card (or, with no room for text, its shape alone) goes,
 * and what the card says. {@code mark} is the evidence-support meter, empty when marks are off.
 */
record SectorCard(Sector sector, CardSpreader.Box box, boolean labelled, boolean compact, List<String> nameLines,
                  String driverText, String mark, Color markColor, boolean target) {
    SectorCard {
        nameLines = List.copyOf(nameLines);
    }
}
