package org.sectorscope.architecture.planted.ui.b;

/** Planted violation, the other half of a package cycle inside ui. */
public final class PaneB {
    public org.sectorscope.architecture.planted.ui.a.PaneA other() {
        return new org.sectorscope.architecture.planted.ui.a.PaneA();
    }
}
