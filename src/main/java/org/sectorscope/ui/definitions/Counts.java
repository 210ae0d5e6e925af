package org.sectorscope.ui.definitions;

/** Counts of sectors in words, as the dialog's columns and warnings say them. */
final class Counts {
    private Counts() {
    }

    /** "1 sector", "3 sectors", "none". */
    static String sectors(int n) {
        return n == 0 ? "none" : n == 1 ? "1 sector" : n + " sectors";
    }
}
