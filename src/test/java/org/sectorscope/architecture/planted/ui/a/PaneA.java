package org.sectorscope.architecture.planted.ui.a;

/** Planted violation, half of a package cycle inside ui. */
public final class PaneA {
    public org.sectorscope.architecture.planted.ui.b.PaneB other() {
        return new org.sectorscope.architecture.planted.ui.b.PaneB();
    }
}
