package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.sectorscope.export.ExportRequest;

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
        assertEquals("china-uneven-high-tech-drive-evidence.csv",
                SuggestedNames.evidenceCsv("china-uneven-high-tech-drive.sectorscope.json (sample)"),
                "the window's note is not part of the file name");
        assertEquals("small-sectors.csv", SuggestedNames.sectorsCsv("small.sectorscope.json (repaired copy)"));
    }

    @Test
    void everyExportFollowsOneRuleAndNoTwoKindsOfFileShareAName() {
        String sample = "china-uneven-high-tech-drive.sectorscope.json (sample)";
        assertEquals("china-uneven-high-tech-drive.png", SuggestedNames.exportFile(sample, ExportRequest.Format.PNG));
        assertEquals("china-uneven-high-tech-drive-evidence.csv",
                SuggestedNames.exportFile(sample, ExportRequest.Format.CSV_EVIDENCE));
        assertEquals("china-uneven-high-tech-drive-deck.pptx", SuggestedNames.exportFile(sample, ExportRequest.Format.DECK));
        assertEquals("china-uneven-high-tech-drive-deck.pdf", SuggestedNames.exportFile(sample, ExportRequest.Format.DECK_PDF));
        assertEquals("Untitled.svg", SuggestedNames.exportFile("Untitled", ExportRequest.Format.SVG));
        assertEquals("untitled-memo.md",
                SuggestedNames.exportFile("  (sample)", ExportRequest.Format.MD), "nothing left: a plain name");

        Map<String, ExportRequest.Format> seen = new HashMap<>();
        for (ExportRequest.Format f : ExportRequest.Format.values()) {
            String name = SuggestedNames.exportFile(sample, f);
            assertTrue(name.startsWith("china-uneven-high-tech-drive"), name);
            assertFalse(name.contains("sectorscope") || name.contains("(") || name.contains(" "), name);
            ExportRequest.Format other = seen.put(name, f);
            // A slide as shapes or as a picture is the same kind of file, chosen by a radio button.
            if (other != null) {
                assertEquals(java.util.Set.of(ExportRequest.Format.PPTX, ExportRequest.Format.PPTX_PICTURE),
                        java.util.Set.of(other, f), name + " is proposed for " + other + " and " + f);
            }
        }
    }
}
