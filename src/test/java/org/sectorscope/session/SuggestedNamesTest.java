package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SuggestedNamesTest {
    @Test
    void aProjectFileNameKeepsItsSuffixLast() {
        assertEquals("China.sectorscope.json", SuggestedNames.projectFile("China (sample)"));
        assertEquals("Untitled.sectorscope.json", SuggestedNames.projectFile("Untitled"));
        assertEquals("brief.sectorscope.json", SuggestedNames.projectFile("brief.sectorscope.json"));
        assertEquals("Copy of brief.sectorscope.json", SuggestedNames.projectFile("Copy of brief.sectorscope.json"));
        assertEquals("small (repaired copy).sectorscope.json",
                SuggestedNames.projectFile("small.sectorscope.json (repaired copy)"));
        assertEquals("old (repaired copy).sectorscope.json", SuggestedNames.projectFile("old.json (repaired copy)"));
        assertEquals("figure (from image).sectorscope.json", SuggestedNames.projectFile("figure (from image)"));
    }

    @Test
    void theEvidenceCsvIsNamedAfterTheProject() {
        assertEquals("brief-evidence.csv", SuggestedNames.evidenceCsv("brief.sectorscope.json"));
    }
}
