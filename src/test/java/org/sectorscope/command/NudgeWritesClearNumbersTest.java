package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectWriter;

/**
 * A nudge adds 0.02 to a coordinate, as the canvas does (QuadrantCanvasViewModel.nudgeSelection); in
 * doubles that gives numbers like 0.5599999999999999. The saved file must say 0.56, and a diff of a
 * moved sector must be its two clear numbers.
 */
class NudgeWritesClearNumbersTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T15:00:00Z"), ZoneOffset.UTC);
    private static final Pattern NUMBER = Pattern.compile("\"[xy]\": (-?[0-9.]+)");

    private static Project nudge(Project p, String id, double dx, double dy) {
        Position at = p.sector(id).orElseThrow().position();
        return MoveSectorsCommand.of(p, Map.of(id, Position.clamped(at.x() + dx, at.y() + dy)), CLOCK).apply(p);
    }

    @Test
    void nudgedPositionsAreSavedWithAtMostFourDecimals() {
        Project p = TestProjects.small();
        for (int i = 0; i < 13; i++) {
            p = nudge(p, TestProjects.SOLAR, 0.02, -0.01); // -0.6 + 13 * 0.02 drifts in doubles
        }
        Position moved = p.sector(TestProjects.SOLAR).orElseThrow().position();
        assertEquals(-0.34, moved.x(), 0.0);
        assertEquals(0.37, moved.y(), 0.0);
        String text = ProjectWriter.toText(p);
        assertTrue(text.contains("\"x\": -0.34,\n") && text.contains("\"y\": 0.37\n"), text);
        Matcher m = NUMBER.matcher(text);
        int numbers = 0;
        while (m.find()) {
            String n = m.group(1);
            numbers++;
            int dot = n.indexOf('.');
            assertTrue(dot > 0 && n.length() - dot - 1 <= 4, n + " is written plainly with at most 4 decimals");
        }
        assertTrue(numbers >= 8, "every sector's position was checked");
    }

    @Test
    void aMoveChangesOnlyTheTwoLinesOfItsNumbers() {
        Project before = TestProjects.small();
        Project after = nudge(before, TestProjects.CHIPS, 0.02, 0); // stays in its quadrant: no history entry
        List<String> a = ProjectWriter.toText(before).lines().toList();
        List<String> b = ProjectWriter.toText(after).lines().toList();
        assertEquals(a.size(), b.size());
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(a.get(i).trim() + " -> " + b.get(i).trim());
            }
        }
        assertEquals(List.of("\"x\": -0.4, -> \"x\": -0.38,"), changed);
    }

    @Test
    void aTinyCoordinateIsWrittenAsADecimalNotInExponentForm() {
        Project small = TestProjects.small();
        Project p = MoveSectorsCommand.of(small, Map.of(TestProjects.SOLAR, new Position(-0.00002, 1e-9)), CLOCK)
                .apply(small);
        String text = ProjectWriter.toText(p);
        assertTrue(text.contains("\"x\": -0.0001,\n") && text.contains("\"y\": 0.0\n"), text);
        assertTrue(!text.contains("E-"), "no exponent form");
    }
}
