package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.FigureCredits;
import org.sectorscope.logic.PlacementCredit;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * The source line under a figure of many sectors: when the names would not fit, every source is still named,
 * with how many sectors it placed, and nothing is cut off; a line the analyst wrote is never replaced.
 */
class CrowdedSourceLineTest {
    /** The sample's sectors copied {@code copies} times each (new ids and names, no evidence), same placements. */
    private static Project crowded(Project sample, int copies) {
        List<Sector> sectors = new ArrayList<>(sample.sectors());
        for (int c = 1; c <= copies; c++) {
            for (Sector s : sample.sectors()) {
                sectors.add(new Sector(s.id() + "-copy-" + c, s.name() + " " + c, s.driver(), s.summary(), s.position(),
                        s.placement(), List.of(), List.of(), s.extras(), s.positionExtras()));
            }
        }
        return sample.withSectors(sectors);
    }

    private static Set<String> citations(Project p) {
        Set<String> out = new LinkedHashSet<>();
        for (Sector s : p.sectors()) {
            PlacementCredit c = PlacementCredit.of(p, s);
            if (c.byReport() && c.citation() != null) {
                out.add(c.citation());
            }
        }
        return out;
    }

    @Test
    void aCrowdedFigureNamesEverySourceWithItsCountAndCutsNothing() throws Exception {
        Project p = crowded(ExportFixtures.sample(), 40);
        FigureRenderer figure = new FigureRenderer(p, ExportFixtures.request(p, ExportRequest.Format.PNG));
        List<String> drawn = figure.drawnSourceLines();
        String text = String.join(" ", drawn);
        assertTrue(drawn.size() <= 3, "at most three lines: " + drawn);
        assertFalse(text.contains("\u2026"), "nothing cut off: " + text);
        Set<String> citations = citations(p);
        assertEquals(2, citations.size(), "the sample cites Figure 1.2 and page 7");
        for (String citation : citations) {
            assertTrue(text.contains(citation), citation + " is named: " + text);
        }
        long byReport = p.sectors().stream().filter(s -> PlacementCredit.of(p, s).byReport()).count();
        long byAnalyst = p.sectors().size() - byReport;
        assertTrue(text.contains("other placements (" + byAnalyst + " sectors): " + FigureCredits.author(p)), text);
        assertEquals(FigureCredits.counted(p, p.sectors()), text.replaceAll("\\s+", " "),
                "the counted line, whole");
        assertTrue(figure.sourceLine().length() > 2000, "the line of names would have needed many lines");
    }

    @Test
    void aLineThatFitsKeepsTheNamesOfTheSectorsEachSourcePlaced() throws Exception {
        Project sample = ExportFixtures.sample();
        FigureRenderer figure = new FigureRenderer(sample, ExportFixtures.request(sample, ExportRequest.Format.PNG));
        assertEquals(figure.sourceLine(), String.join(" ", figure.drawnSourceLines()).replaceAll("\\s+", " "));
        assertTrue(figure.sourceLine().contains("internet services"), figure.sourceLine());
    }

    @Test
    void theAnalystsOwnLineIsCutWhenTooLongButNeverReplaced() throws Exception {
        Project p = crowded(ExportFixtures.sample(), 40);
        String own = "Sources: " + "my own long wording of who placed what, ".repeat(60);
        FigureRenderer figure = new FigureRenderer(p, ExportFixtures.request(p, ExportRequest.Format.PNG).withSourceLine(own));
        List<String> drawn = figure.drawnSourceLines();
        assertEquals(3, drawn.size());
        assertTrue(drawn.get(0).startsWith("Sources: my own long wording"), drawn.get(0));
        assertTrue(drawn.get(2).endsWith("\u2026"), "the analyst's words, cut: " + drawn.get(2));
    }

    @Test
    void theCountedLineSaysOneSectorInTheSingular() throws Exception {
        Project sample = ExportFixtures.sample();
        Sector analysts = sample.sectors().stream().filter(s -> !PlacementCredit.of(sample, s).byReport()).findFirst()
                .orElseThrow();
        List<Sector> shown = new ArrayList<>(sample.sectors().stream()
                .filter(s -> PlacementCredit.of(sample, s).byReport()).toList());
        shown.add(analysts);
        String line = FigureCredits.counted(sample, shown);
        assertTrue(line.endsWith("; other placements (1 sector): " + FigureCredits.author(sample) + "."), line);
        assertFalse(line.contains(FigureCredits.inSentence(analysts.name())), "counts, not names: " + line);
    }
}
