package org.sectorscope.model;

/** Admiralty source reliability, A (completely reliable) to F (cannot be judged). */
public enum Reliability {
    A("Completely reliable"), B("Usually reliable"), C("Fairly reliable"),
    D("Not usually reliable"), E("Unreliable"), F("Reliability cannot be judged");

    private static final Reliability[] BY_LETTER = values();

    private final String meaning;

    Reliability(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public static Reliability fromKey(String key) {
        if (key != null && key.length() == 1 && key.charAt(0) >= 'A' && key.charAt(0) <= 'F') {
            return BY_LETTER[key.charAt(0) - 'A']; // read for every evidence item of a file: no lookup by name
        }
        throw new IllegalArgumentException("reliability must be one of A-F, found \"" + key + "\"");
    }
}
