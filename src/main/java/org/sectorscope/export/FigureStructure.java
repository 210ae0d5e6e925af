package org.sectorscope.export;

import org.sectorscope.logic.ArrowShape;

/**
 * A drawing target that keeps a figure's structure where the format has one: a sector's marker and card
 * as one group, an arrow as one line with its head (a slide's connector), so a reader can move or restyle
 * them as wholes. The painters ask for it with {@code instanceof}; other targets draw the same shapes
 * without it.
 */
interface FigureStructure {
    /** Starts a group named {@code name}: what is drawn until {@link #endGroup()} belongs to it. */
    void beginGroup(String name);

    void endGroup();

    /** {@code arrow} as one object, in the current colour and with the current stroke's width and dashes. */
    void arrow(ArrowShape arrow);
}
