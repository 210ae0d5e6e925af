package org.sectorscope.model;

/** Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged). */
public final class Credibility {
    public static final int MIN = 1;
    public static final int MAX = 6;
    private static final String[] MEANINGS = {"Confirmed by other sources", "Probably true", "Possibly true",
        "Doubtful", "Improbable", "Truth cannot be judged"};

    private Credibility() {
    }

    public static int require(int value) {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("credibility must be 1-6, found " + value);
        }
        return value;
    }

    public static String meaning(int value) {
        return MEANINGS[require(value) - 1];
    }
}
