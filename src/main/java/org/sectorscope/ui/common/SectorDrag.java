package org.sectorscope.ui.common;

import javafx.scene.input.DataFormat;

/** The drag-and-drop format that carries a sector id from the Sectors pane to the canvas. */
public final class SectorDrag {
    public static final DataFormat SECTOR_ID = new DataFormat("application/x-sectorscope-sector-id");

    private SectorDrag() {
    }
}
