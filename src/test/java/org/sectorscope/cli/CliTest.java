package org.sectorscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        Cli cli = new Cli(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        return cli.run(args);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    private List<String> errLines() {
        return err().lines().toList();
    }

    private Path save(String name, Project p) throws Exception {
        Path file = dir.resolve(name);
        ProjectStore.save(p, file);
        return file;
    }

    private static String summary(Project p) {
        int evidence = p.sectors().stream().mapToInt(s -> s.evidence().size()).sum();
        return p.sectors().size() + " sectors, " + evidence + " evidence items, " + p.options().size() + " policy options";
    }

    private void assertNoStackTrace(String text) {
        assertFalse(text.contains("at org."), text);
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.contains("\tat "), text);
    }

    @Test
    void validateGoodFile() throws Exception {
        Path file = save("small.sectorscope.json", TestProjects.small());
        assertEquals(Cli.OK, run("validate", file.toString()));
        assertEquals("OK " + file + ": 4 sectors, 5 evidence items, 2 policy options\n", out());
        assertEquals("", err());
    }

    @Test
    void validateAndListTheSample() throws Exception {
        Path sample = Path.of("sample-data", "china-uneven-high-tech-drive.sectorscope.json");
        // The sample is part of the repository: its absence is a failure, never a skip.
        assertTrue(Files.isRegularFile(sample), "the sample project " + sample + " is missing");
        // counted from the JSON itself, not through the reader under test
        JsonNode doc = new ObjectMapper().readTree(
                sample.toFile());
        int sectors = doc.get("sectors").size();
        int evidence = 0;
        for (JsonNode s : doc.get("sectors")) {
            evidence += s.has("evidence") ? s.get("evidence").size() : 0;
        }
        assertEquals(Cli.OK, run("validate", sample.toString()));
        assertEquals("OK " + sample + ": " + sectors + " sectors, " + evidence + " evidence items, "
                + doc.get("options").size() + " policy options\n", out());
        outBytes.reset();
        assertEquals(Cli.OK, run("list", sample.toString()));
        List<String> lines = out().lines().toList();
        assertEquals(sectors, lines.size());
        for (int i = 0; i < sectors; i++) {
            JsonNode s = doc.get("sectors").get(i);
            String[] cols = lines.get(i).split("\t", -1);
            assertEquals(3, cols.length, lines.get(i));
            assertEquals(s.get("name").asText(), cols[1]);
            assertEquals(String.valueOf(s.has("evidence") ? s.get("evidence").size() : 0), cols[2]);
            double x = s.get("position").get("x").asDouble();
            double y = s.get("position").get("y").asDouble();
            // Within 0.05 of a line, that distance included, a sector is on it and named by both quadrants.
            TreeSet<String> letters = new TreeSet<>();
            for (double sx : Math.abs(x) <= 0.05 ? new double[] {-1, 1} : new double[] {x}) {
                for (double sy : Math.abs(y) <= 0.05 ? new double[] {-1, 1} : new double[] {y}) {
                    letters.add(sx < 0 ? (sy < 0 ? "B" : "A") : (sy < 0 ? "D" : "C"));
                }
            }
            assertEquals(String.join("/", letters), cols[0], s.get("name").asText());
        }
    }

    @Test
    void validateRandomFilesReportsTheirCounts() throws Exception {
        for (long seed = 0; seed < 5; seed++) {
            outBytes.reset();
            Project p = TestProjects.random(seed, (int) seed * 2 + 1);
            Path file = save("r" + seed + ".sectorscope.json", p);
            assertEquals(Cli.OK, run("validate", file.toString()));
            assertEquals(List.of("OK " + file + ": " + summary(p)), out().lines().toList());
        }
    }

    @Test
    void validateSyntaxErrorGivesLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.sectorscope.json");
        Files.writeString(file, "{\n  \"format\": \"sectorscope-project\",\n  \"schemaVersion\": 1\n  \"project\": {}\n}\n");
        assertEquals(Cli.INVALID, run("validate", file.toString()));
        assertEquals("", out());
        assertEquals(1, errLines().size(), err());
        String line = errLines().get(0);
        assertTrue(line.startsWith("error: " + file + ": invalid JSON: "), line);
        assertTrue(line.endsWith(" (line 4, column 3)"), line);
        assertNoStackTrace(err());
    }

    @Test
    void validateSemanticErrorNamesThePath() throws Exception {
        Path good = save("x.sectorscope.json", TestProjects.small());
        Path bad = dir.resolve("cred.sectorscope.json");
        Files.writeString(bad, Files.readString(good).replace("\"credibility\": 2", "\"credibility\": 7"));
        assertEquals(Cli.INVALID, run("validate", bad.toString()));
        assertEquals(List.of("error: " + bad + ": sectors[0].evidence[0]: credibility must be 1-6, found 7"), errLines());
        assertNoStackTrace(err());
    }

    @Test
    void validateKeepsTheNameAsTyped() throws Exception {
        save("typed.sectorscope.json", TestProjects.small());
        String typed = dir + "/./typed.sectorscope.json";
        assertEquals(Cli.OK, run("validate", typed));
        assertTrue(out().startsWith("OK " + typed + ": "), out());
    }

    @Test
    void validateMixedGoodAndBad() throws Exception {
        Path good = save("good.sectorscope.json", TestProjects.small());
        Path bad = dir.resolve("truncated.sectorscope.json");
        String text = Files.readString(good);
        Files.writeString(bad, text.substring(0, text.length() / 2));
        Path alsoGood = save("also.sectorscope.json", TestProjects.random(3, 2));
        assertEquals(Cli.INVALID, run("validate", good.toString(), bad.toString(), alsoGood.toString()));
        assertEquals(List.of("OK " + good + ": " + summary(TestProjects.small()),
                "OK " + alsoGood + ": " + summary(TestProjects.random(3, 2))), out().lines().toList());
        assertEquals(1, errLines().size(), err());
        assertTrue(errLines().get(0).startsWith("error: " + bad + ": the file ends too early (truncated?)"), err());
        assertTrue(errLines().get(0).matches(".* \\(line \\d+, column \\d+\\)"), err());
        assertNoStackTrace(err());
    }

    @Test
    void validateMissingFile() {
        Path missing = dir.resolve("missing.sectorscope.json");
        assertEquals(Cli.INVALID, run("validate", missing.toString()));
        assertEquals(List.of("error: " + missing + ": no such file"), errLines());
        assertEquals("", out());
    }

    @Test
    void validateFolderAndEmptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.sectorscope.json"));
        assertEquals(Cli.INVALID, run("validate", dir.toString(), empty.toString()));
        assertEquals(List.of("error: " + dir + ": is a folder, not a project file",
                "error: " + empty + ": the file is empty"), errLines());
    }

    @Test
    void validateInvalidPath() {
        assertEquals(Cli.INVALID, run("validate", "bad\u0000name.json"));
        assertEquals(1, errLines().size(), err());
        // The NUL is shown as an escape, never written raw to the terminal.
        assertTrue(errLines().get(0).startsWith("error: bad\\u0000name.json: not a valid path"), err());
        assertNoStackTrace(err());
    }

    @Test
    void validateWithNoFileIsAUsageError() {
        assertEquals(Cli.USAGE, run("validate"));
        assertEquals(List.of("error: validate needs at least one FILE", "Run 'sectorscope --help' for usage."), errLines());
        assertEquals("", out());
    }

    @Test
    void listPrintsTabSeparatedLinesInSectorOrder() throws Exception {
        Path file = save("small.sectorscope.json", TestProjects.small());
        assertEquals(Cli.OK, run("list", file.toString()));
        assertEquals(List.of("A\tSolar PV\t2", "B\tSemiconductors\t2", "C\tBiotech\t1", "D\tCommercial aircraft\t0"),
                out().lines().toList());
        assertEquals("", err());
    }

    @Test
    void listFollowsTheFile() throws Exception {
        Project p = TestProjects.random(11, 6);
        Path file = save("r.sectorscope.json", p);
        assertEquals(Cli.OK, run("list", file.toString()));
        List<String> expected = p.sectors().stream()
                .map((Sector s) -> PlotLocation.of(p.framework(), s.position()).letters() + "\t" + s.name()
                        + "\t" + s.evidence().size()).toList();
        assertEquals(String.join("\n", expected) + (expected.isEmpty() ? "" : "\n"), out());
    }

    @Test
    void listNamesASectorOnALineByBothQuadrantsAsEveryPaneDoes() throws Exception {
        Project p = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withPosition(new Position(-0.6, 0.05)));
        Path file = save("line.sectorscope.json", p);
        assertEquals(Cli.OK, run("list", file.toString()));
        assertEquals("A/B\tSolar PV\t2", out().lines().findFirst().orElseThrow(), "0.05 is on the line");
    }

    @Test
    void listErrors() throws Exception {
        assertEquals(Cli.USAGE, run("list"));
        assertEquals(Cli.USAGE, run("list", "a", "b"));
        assertEquals("error: list needs exactly one FILE", errLines().get(0));
        errBytes.reset();
        Path missing = dir.resolve("nope.json");
        assertEquals(Cli.INVALID, run("list", missing.toString()));
        assertEquals(List.of("error: " + missing + ": no such file"), errLines());
        assertEquals("", out());
    }

    @Test
    void help() {
        for (String flag : List.of("--help", "-h", "help")) {
            outBytes.reset();
            assertEquals(Cli.OK, run(flag));
            assertTrue(out().startsWith("Usage:\n"), out());
            assertTrue(out().contains("sectorscope validate FILE..."), out());
            assertTrue(out().contains("sectorscope list FILE"), out());
            assertEquals("", err());
        }
    }

    @Test
    void helpDescribesExport() {
        assertEquals(Cli.OK, run("--help"));
        for (String part : List.of("sectorscope export FILE --format png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck --out PATH",
                "--view canvas|options", "--scale N", "--background white|transparent", "--page fit|letter|a4",
                "--force")) {
            assertTrue(out().contains(part), part + " in\n" + out());
        }
        assertTrue(Cli.handles(new String[] {"export", "figure.sectorscope.json", "--format", "png", "--out", "f.png"}));
    }

    @Test
    void exportWithNoArgumentsIsAUsageError() {
        assertEquals(Cli.USAGE, run("export"));
        assertEquals(List.of("error: export needs a project FILE: sectorscope export FILE --format png|svg|pdf|pptx|xlsx|md|mermaid|csv|deck"
                + " --out PATH"), errLines());
        assertEquals("", out());
    }

    @Test
    void version() {
        assertEquals(Cli.OK, run("--version"));
        String line = out();
        assertTrue(line.startsWith("Sectorscope "), line);
        assertTrue(line.endsWith("\n"));
        assertEquals(1, line.lines().count());
        assertFalse(line.contains("${"), "the version is filtered in at build time: " + line);
        outBytes.reset();
        assertEquals(Cli.OK, run("-V"));
        assertEquals(line, out());
    }

    @Test
    void unknownCommandOrOption() {
        assertEquals(Cli.USAGE, run("frobnicate"));
        assertEquals(List.of("error: unknown command or option 'frobnicate'", "Run 'sectorscope --help' for usage."),
                errLines());
        errBytes.reset();
        assertEquals(Cli.USAGE, run("--frobnicate"));
        assertEquals("error: unknown command or option '--frobnicate'", errLines().get(0));
        errBytes.reset();
        assertEquals(Cli.USAGE, run());
        assertEquals("error: no command given", errLines().get(0));
        assertEquals("", out());
    }

    @Test
    void handlesDecidesBetweenCommandLineAndWindow() {
        assertTrue(Cli.handles(new String[] {"validate", "x"}));
        assertTrue(Cli.handles(new String[] {"--anything"}));
        assertTrue(Cli.handles(new String[] {"list"}));
        assertFalse(Cli.handles(new String[] {}));
        assertFalse(Cli.handles(new String[] {"project.sectorscope.json"}));
    }
}
