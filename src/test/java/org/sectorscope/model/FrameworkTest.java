package org.sectorscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectorscope.store.ProjectStore;

class FrameworkTest {
    private final Framework f = Framework.sectoralOutcomes();

    private String letterAt(double x, double y) {
        return f.quadrantOf(new Position(x, y)).letter();
    }

    @Test
    void sampleFrameworkHasTheReportsFourQuadrants() {
        assertEquals("A", f.quadrant(Side.LOW, Side.HIGH).letter());
        assertEquals("Win-Win", f.quadrant(Side.LOW, Side.HIGH).name());
        assertEquals("B", f.quadrant(Side.LOW, Side.LOW).letter());
        assertEquals("C", f.quadrant(Side.HIGH, Side.HIGH).letter());
        assertEquals("D", f.quadrant(Side.HIGH, Side.LOW).letter());
        assertEquals("Success", f.xAxis().label(Side.LOW));
        assertEquals("Constructive", f.yAxis().label(Side.HIGH));
        assertEquals("A) Win-Win", f.quadrant(Side.LOW, Side.HIGH).label());
    }

    @ParameterizedTest(name = "({0}, {1}) -> {2}")
    @CsvSource({
        "-0.5, 0.5, A", "-0.5, -0.5, B", "0.5, 0.5, C", "0.5, -0.5, D",
        "-1, 1, A", "-1, -1, B", "1, 1, C", "1, -1, D",
        // on the lines: 0 belongs to the HIGH side of either axis
        "0, 0, C", "0, 0.5, C", "0, -0.5, D", "-0.5, 0, A", "0.5, 0, C",
        // just below a line: the LOW side
        "-0.0001, 0, A", "-0.0001, -0.0001, B", "0, -0.0001, D", "0.0001, -0.0001, D",
        "-0.0001, 0.0001, A", "0.0001, 0.0001, C",
        "-4.9E-324, 0, A", "0, -4.9E-324, D"
    })
    void quadrantOf(double x, double y, String letter) {
        assertEquals(letter, letterAt(x, y));
    }

    @Test
    void sampleProjectsFrameworkSplitsOnTheLines() throws Exception {
        Path sample = Path.of("sample-data", "china-uneven-high-tech-drive.sectorscope.json");
        // The sample is part of the repository: its absence is a failure, never a skip.
        assertTrue(Files.isRegularFile(sample), "the sample project " + sample + " is missing");
        Framework sf = ProjectStore.load(sample).framework();
        assertEquals(f.quadrants().stream().map(Quadrant::letter).toList(),
                List.of(sf.quadrant(Side.LOW, Side.HIGH).letter(), sf.quadrant(Side.LOW, Side.LOW).letter(),
                        sf.quadrant(Side.HIGH, Side.HIGH).letter(), sf.quadrant(Side.HIGH, Side.LOW).letter()));
        assertEquals("C", sf.quadrantOf(new Position(0, 0)).letter());
        assertEquals("A", sf.quadrantOf(new Position(-0.0001, 0)).letter());
        assertEquals("D", sf.quadrantOf(new Position(0, -0.0001)).letter());
        assertEquals("B", sf.quadrantOf(new Position(-0.0001, -0.0001)).letter());
        assertEquals("Success", sf.xAxis().lowLabel());
        assertEquals("Constructive", sf.yAxis().highLabel());
    }

    @Test
    void negativeZeroIsOnTheHighSide() {
        assertEquals("C", letterAt(-0.0, -0.0));
        assertEquals(Side.HIGH, Side.of(-0.0));
    }

    @Test
    void rejectsDuplicateLetters() {
        List<Quadrant> qs = List.of(new Quadrant(Side.LOW, Side.HIGH, "A", "a", "#000000"),
                new Quadrant(Side.LOW, Side.LOW, "B", "b", "#000000"),
                new Quadrant(Side.HIGH, Side.HIGH, "A", "c", "#000000"),
                new Quadrant(Side.HIGH, Side.LOW, "D", "d", "#000000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> framework(qs));
        assertEquals("quadrant letter A is used twice", e.getMessage());
    }

    @Test
    void rejectsDuplicateCells() {
        List<Quadrant> qs = List.of(new Quadrant(Side.LOW, Side.HIGH, "A", "a", "#000000"),
                new Quadrant(Side.LOW, Side.LOW, "B", "b", "#000000"),
                new Quadrant(Side.LOW, Side.HIGH, "C", "c", "#000000"),
                new Quadrant(Side.HIGH, Side.LOW, "D", "d", "#000000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> framework(qs));
        assertEquals("two quadrants cover x=low, y=high", e.getMessage());
    }

    @Test
    void rejectsOtherThanFourQuadrants() {
        List<Quadrant> three = f.quadrants().subList(0, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> framework(three));
        assertEquals("a framework needs exactly 4 quadrants, found 3", e.getMessage());
    }

    @Test
    void quadrantRejectsBadColourAndBlankLetter() {
        assertThrows(IllegalArgumentException.class, () -> new Quadrant(Side.LOW, Side.LOW, "B", "b", "red"));
        assertThrows(IllegalArgumentException.class, () -> new Quadrant(Side.LOW, Side.LOW, "B", "b", "#12345"));
        assertThrows(IllegalArgumentException.class, () -> new Quadrant(Side.LOW, Side.LOW, "B", "b", null));
        assertThrows(IllegalArgumentException.class, () -> new Quadrant(Side.LOW, Side.LOW, " ", "b", "#123456"));
        assertEquals("#abcDEF", new Quadrant(Side.LOW, Side.LOW, "B", "b", "#abcDEF").color());
    }

    @Test
    void byLetterAndAxis() {
        assertEquals(Optional.of("Lose-Lose"), f.byLetter("D").map(Quadrant::name));
        assertTrue(f.byLetter("d").isEmpty());
        assertEquals("Effect on the global sector", f.axis(AxisId.Y).title());
        assertThrows(IllegalArgumentException.class, () -> f.axis(AxisId.NONE));
    }

    private Framework framework(List<Quadrant> qs) {
        return new Framework("f", f.xAxis(), f.yAxis(), qs);
    }
}
