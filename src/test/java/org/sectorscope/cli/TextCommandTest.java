package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/** {@code sectorscope text FILE}: one fact a line, so one changed field is one changed line. */
class TextCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        outBytes.reset();
        return new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(args);
    }

    private List<String> textOf(Project p, String name) throws Exception {
        Path file = dir.resolve(name);
        ProjectStore.save(p, file);
        assertEquals(Cli.OK, run("text", file.toString()));
        return outBytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aSectorLineGivesQuadrantPositionBasisAndEvidence() throws Exception {
        List<String> lines = textOf(TestProjects.small(), "a.sectorscope.json");
        assertTrue(lines.get(0).startsWith("project " + TestProjects.PROJECT_ID + ": "), lines.get(0));
        String chips = lines.stream().filter(l -> l.startsWith("sector " + TestProjects.CHIPS + ": ")).findFirst()
                .orElseThrow();
        assertTrue(chips.matches("sector sector-chips: Semiconductors \\| B \\| x -?[0-9.]+ \\| y -?[0-9.]+ \\| "
                + "(report|analyst) \\| \\d+ evidence.*"), chips);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("evidence " + TestProjects.CHIPS + "/")), "evidence lines");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("score ")), "score lines");
        assertTrue(lines.get(lines.size() - 1).startsWith("teamwork: 0 editions"), lines.toString());
    }

    @Test
    void movingOneSectorChangesExactlyOneLine() throws Exception {
        List<String> before = textOf(TestProjects.small(), "a.sectorscope.json");
        List<String> after = textOf(TestProjects.small().withSector(TestProjects.CHIPS,
                s -> s.withPosition(new Position(0.3, -0.7))), "b.sectorscope.json");
        assertEquals(before.size(), after.size());
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(after.get(i));
            }
        }
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).startsWith("sector sector-chips: Semiconductors | D | x 0.3 | y -0.7"),
                changed.get(0));
    }

    @Test
    void anUnreadableFileIsExitOne() {
        assertEquals(Cli.INVALID, run("text", dir.resolve("missing.sectorscope.json").toString()));
    }

    @Test
    void anEditAnywhereInALongQuoteOrASummaryShows() throws Exception {
        List<String> before = textOf(TestProjects.small(), "a.sectorscope.json");
        Project edited = TestProjects.small().withSector(TestProjects.SOLAR, s -> {
            Evidence e = s.evidence().get(0);
            Evidence longer = new Evidence(e.id(), "x".repeat(300) + " the end", e.note(), e.sourceId(), e.page(),
                    e.reliability(), e.credibility(), e.bearing(), e.tags(), e.added(), e.extras());
            return s.withEvidence(List.of(longer, s.evidence().get(1))).withSummary("A new summary");
        });
        List<String> after = textOf(edited, "b.sectorscope.json");
        assertTrue(after.stream().anyMatch(l -> l.startsWith("evidence " + TestProjects.SOLAR + "/")
                && l.contains("x".repeat(300) + " the end")), after.toString());
        assertTrue(after.contains("summary " + TestProjects.SOLAR + ": A new summary"), after.toString());
        assertEquals(2, after.stream().filter(l -> !before.contains(l)).count(), "only those two lines differ");
    }
}
