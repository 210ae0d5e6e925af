package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Project;
import org.sectorscope.model.TextLimit;
import org.sectorscope.model.TestProjects;

/** Every broken or hostile input gives a ProjectFileException naming the file and the problem. */
class BrokenInputTest {
    private static final String NAME = "broken.sectorscope.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String smallText() {
        return ProjectWriter.toText(TestProjects.small());
    }

    private static ProjectFileException fails(byte[] bytes) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bytes, NAME));
        assertTrue(e.getMessage().startsWith(NAME + ": "), e.getMessage());
        assertEquals(NAME, e.file());
        return e;
    }

    private static ProjectFileException fails(String text) {
        return fails(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Edits the tree of TestProjects.small() and expects the result to be refused. */
    private static ProjectFileException failsAfter(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(smallText());
        edit.accept(root);
        return fails(ProjectJson.WRITER.writeValueAsString(root) + "\n");
    }

    private static ObjectNode obj(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static void assertProblem(String expected, ProjectFileException e) {
        assertEquals(expected, e.problem(), e.getMessage());
        assertEquals(NAME + ": " + expected, e.getMessage());
    }

    private static void assertLocated(ProjectFileException e, int line, int column) {
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().endsWith(" (line " + line + ", column " + column + ")"), e.getMessage());
    }

    // ---- not JSON at all ----------------------------------------------------------------------

    @Test
    void emptyFile() {
        assertProblem("the file is empty", fails(new byte[0]));
    }

    @Test
    void whitespaceOnly() {
        assertProblem("the file is empty", fails(" \n\t\r\n  "));
        assertProblem("the file is empty", fails(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}));
    }

    @Test
    void truncatedJsonNamesTheEnd() {
        String text = smallText();
        String cut = text.substring(0, text.indexOf("\"project\": {") + "\"project\": {".length());
        ProjectFileException e = fails(cut);
        assertTrue(e.problem().startsWith("the file ends too early (truncated?)"), e.getMessage());
        // "{", format, schemaVersion, then `  "project": {` (14 characters) on line 4
        assertLocated(e, 4, 15);
    }

    @Test
    void truncatedInsideAStringNamesTheEnd() {
        String text = smallText();
        int at = text.indexOf("Chinese firms dominate") + 7;
        String cut = text.substring(0, at);
        int line = (int) cut.chars().filter(c -> c == '\n').count() + 1;
        int column = cut.length() - cut.lastIndexOf('\n');
        ProjectFileException e = fails(cut);
        assertTrue(e.problem().startsWith("the file ends too early (truncated?)"), e.getMessage());
        assertLocated(e, line, column);
    }

    @Test
    void syntaxErrorNamesItsLine() {
        String text = smallText().replace("\"credibility\": 3,\n          \"axis\": \"y\",\n          \"toward\": \"high\"",
                "\"credibility\": 3,,\n          \"axis\": \"y\",\n          \"toward\": \"high\"");
        int offset = text.indexOf(",,") + 1;
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        ProjectFileException e = fails(text);
        assertTrue(e.problem().startsWith("invalid JSON: Unexpected character (','"), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        int column = offset - text.lastIndexOf('\n', offset);
        assertEquals(column, e.column(), "the column of the bad character: " + e.getMessage());
    }

    @Test
    void binaryBytesWithNul() {
        byte[] bytes = {'{', '"', 'a', 0, 0, 1, (byte) 0xFF, '}'};
        ProjectFileException e = fails(bytes);
        assertTrue(e.problem().startsWith("is not a text file (it contains a NUL byte at offset 3"), e.getMessage());
    }

    @Test
    void utf16WithByteOrderMark() {
        byte[] be = smallText().getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        assertEquals((byte) 0xFE, be[0]);
        assertProblem("is UTF-16 text; project files must be UTF-8", fails(be));
        byte[] le = ("\uFEFF" + smallText()).getBytes(StandardCharsets.UTF_16LE);
        assertProblem("is UTF-16 text; project files must be UTF-8", fails(le));
    }

    @Test
    void utf16WithoutByteOrderMarkIsCaughtByItsNulBytes() {
        ProjectFileException e = fails(smallText().getBytes(StandardCharsets.UTF_16LE));
        assertTrue(e.problem().startsWith("is not a text file (it contains a NUL byte at offset 1"), e.getMessage());
    }

    @Test
    void invalidUtf8() {
        byte[] good = smallText().getBytes(StandardCharsets.UTF_8);
        int at = smallText().indexOf("Solar PV");
        good[at] = (byte) 0xC3;
        good[at + 1] = (byte) 0x28; // 0xC3 must be followed by a continuation byte
        ProjectFileException e = fails(good);
        assertProblem("is not valid UTF-8 text (bad byte near offset " + at + ")", e);
        byte[] lone = {'{', '"', (byte) 0xFF, '"', '}'};
        assertProblem("is not valid UTF-8 text (bad byte near offset 2)", fails(lone));
    }

    @Test
    void topLevelIsNotAnObject() {
        String expected = "is not a Sectorscope project (the top level is not a JSON object)";
        assertProblem(expected, fails("[" + smallText() + "]"));
        assertProblem(expected, fails("42"));
        assertProblem(expected, fails("\"sectorscope-project\""));
        assertProblem(expected, fails("null"));
    }

    @Test
    void trailingContentAfterTheDocument() {
        String text = smallText();
        int lines = (int) text.chars().filter(c -> c == '\n').count();
        ProjectFileException e = fails(text + "{}\n");
        assertTrue(e.problem().startsWith("invalid JSON: Trailing token"), e.getMessage());
        assertEquals(lines + 1, e.line());
        ProjectFileException garbage = fails(text + "x");
        assertTrue(garbage.problem().startsWith("invalid JSON: Unrecognized token 'x'"), garbage.getMessage());
        assertEquals(lines + 1, garbage.line());
    }

    @Test
    void duplicateKeysAreRejected() {
        String text = smallText().replace("\"name\": \"Solar PV\",", "\"name\": \"Solar PV\",\n      \"name\": \"Other\",");
        int line = (int) text.substring(0, text.indexOf("\"name\": \"Other\"")).chars().filter(c -> c == '\n').count() + 1;
        ProjectFileException e = fails(text);
        assertTrue(e.problem().startsWith("invalid JSON: Duplicate field 'name'"), e.getMessage());
        assertEquals(line, e.line());
        assertTrue(e.column() > 0);
    }

    // ---- header -------------------------------------------------------------------------------

    @Test
    void wrongFormat() throws Exception {
        String expected = "is not a Sectorscope project (\"format\" must be \"sectorscope-project\")";
        assertProblem(expected, failsAfter(r -> r.put("format", "sectorscope")));
        assertProblem(expected, failsAfter(r -> r.remove("format")));
        assertProblem(expected, failsAfter(r -> r.put("format", 1)));
        assertProblem(expected, fails("{\"name\": \"a package.json\"}"));
    }

    @Test
    void newerSchemaVersion() throws Exception {
        ProjectFileException e = failsAfter(r -> r.put("schemaVersion", 3));
        assertProblem("was written by a newer Sectorscope (schema version 3; this version reads up to 2)", e);
    }

    @Test
    void schemaVersionNotAWholeNumber() throws Exception {
        String expected = "\"schemaVersion\" is missing or not a whole number";
        assertProblem(expected, failsAfter(r -> r.put("schemaVersion", "1")));
        assertProblem(expected, failsAfter(r -> r.put("schemaVersion", 1.0)));
        assertProblem(expected, failsAfter(r -> r.remove("schemaVersion")));
        assertProblem("has an invalid schemaVersion 0", failsAfter(r -> r.put("schemaVersion", 0)));
    }

    // ---- structure ----------------------------------------------------------------------------

    @Test
    void missingRequiredFieldsNameTheirPath() throws Exception {
        assertProblem("sectors[0].position.x: is missing", failsAfter(r -> obj(r, "/sectors/0/position").remove("x")));
        assertProblem("sectors[2].position.y: is missing", failsAfter(r -> obj(r, "/sectors/2/position").remove("y")));
        assertProblem("sectors[3].name: is missing", failsAfter(r -> obj(r, "/sectors/3").remove("name")));
        assertProblem("project.title: is missing", failsAfter(r -> obj(r, "/project").remove("title")));
        assertProblem("project: is missing", failsAfter(r -> r.remove("project")));
        assertProblem("framework: is missing", failsAfter(r -> r.remove("framework")));
        assertProblem("framework.quadrants[2].letter: is missing",
                failsAfter(r -> obj(r, "/framework/quadrants/2").remove("letter")));
        assertProblem("framework.yAxis.lowLabel: is missing", failsAfter(r -> obj(r, "/framework/yAxis").remove("lowLabel")));
        assertProblem("sectors[1].evidence[0].credibility: is missing",
                failsAfter(r -> obj(r, "/sectors/1/evidence/0").remove("credibility")));
        assertProblem("sectors[1].evidence[1].reliability: is missing",
                failsAfter(r -> obj(r, "/sectors/1/evidence/1").remove("reliability")));
        assertProblem("criteria[1].weight: is missing", failsAfter(r -> obj(r, "/criteria/1").remove("weight")));
        assertProblem("options[0].scores[1].criterionId: is missing",
                failsAfter(r -> obj(r, "/options/0/scores/1").remove("criterionId")));
        assertProblem("options[1].scores[0].value: is missing",
                failsAfter(r -> obj(r, "/options/1/scores/0").remove("value")));
        assertProblem("sources[1].id: is missing", failsAfter(r -> obj(r, "/sources/1").remove("id")));
    }

    @Test
    void nullListElement() throws Exception {
        assertProblem("sectors[1]: must be an object, found null",
                failsAfter(r -> ((ArrayNode) r.get("sectors")).set(1, r.nullNode())));
    }

    @Test
    void wrongTypesNameThePathAndPlace() throws Exception {
        ProjectFileException x = failsAfter(r -> obj(r, "/sectors/0/position").put("x", "-0.6"));
        assertTrue(x.getMessage().startsWith(NAME + ": sectors[0].position.x: expected a number (line "), x.getMessage());
        assertTrue(x.line() > 0 && x.column() > 0);

        ProjectFileException cred = failsAfter(r -> obj(r, "/sectors/0/evidence/0").put("credibility", "2"));
        assertEquals("sectors[0].evidence[0].credibility: expected a whole number", cred.problem());
        ProjectFileException credFloat = failsAfter(r -> obj(r, "/sectors/0/evidence/0").put("credibility", 2.5));
        assertEquals("sectors[0].evidence[0].credibility: expected a whole number", credFloat.problem());
        ProjectFileException name = failsAfter(r -> obj(r, "/sectors/2").put("name", 5));
        assertEquals("sectors[2].name: expected text", name.problem());
        ProjectFileException list = failsAfter(r -> r.putObject("sectors"));
        assertEquals("sectors: expected a list", list.problem());
        ProjectFileException tags = failsAfter(r -> obj(r, "/sectors/0/evidence/0").put("tags", "supply-chain"));
        assertEquals("sectors[0].evidence[0].tags: expected a list", tags.problem());
        ProjectFileException weight = failsAfter(r -> obj(r, "/criteria/0").put("weight", true));
        assertEquals("criteria[0].weight: expected a number", weight.problem());
    }

    @Test
    void gradesOutsideTheirSets() throws Exception {
        assertProblem("sectors[0].evidence[0]: credibility must be 1-6, found 7",
                failsAfter(r -> obj(r, "/sectors/0/evidence/0").put("credibility", 7)));
        assertProblem("sectors[0].evidence[1]: reliability must be one of A-F, found \"G\"",
                failsAfter(r -> obj(r, "/sectors/0/evidence/1").put("reliability", "G")));
        assertProblem("options[0].scores[0]: a score must be 1-5, found 6",
                failsAfter(r -> obj(r, "/options/0/scores/0").put("value", 6)));
        assertProblem("sectors[0].evidence[0]: expected \"x\", \"y\" or \"none\", found \"z\"",
                failsAfter(r -> obj(r, "/sectors/0/evidence/0").put("axis", "z")));
        assertProblem("sectors[0].evidence[0]: evidence bearing on the x-axis needs a direction",
                failsAfter(r -> obj(r, "/sectors/0/evidence/0").remove("toward")));
        assertProblem("sectors[0].placement: placement basis must be \"report\" or \"analyst\", found \"guess\"",
                failsAfter(r -> obj(r, "/sectors/0/placement").put("basis", "guess")));
        assertProblem("criteria[2]: criterion crit-cost: weight must be a number from 0 to 1000000, found -1.0",
                failsAfter(r -> obj(r, "/criteria/2").put("weight", -1)));
        ProjectFileException color = failsAfter(r -> obj(r, "/framework/quadrants/0").put("color", "red"));
        assertProblem("framework.quadrants[0]: quadrant A: colour must be #RRGGBB, found red", color);
    }

    @Test
    void positionOutOfRange() throws Exception {
        assertProblem("sectors[0].position: x must be a number from -1 to 1, found 5.0",
                failsAfter(r -> obj(r, "/sectors/0/position").put("x", 5)));
        assertProblem("sectors[3].position: y must be a number from -1 to 1, found -1.0000001",
                failsAfter(r -> obj(r, "/sectors/3/position").put("y", -1.0000001)));
        ProjectFileException huge = fails(smallText().replace("\"x\": -0.6", "\"x\": 1e400"));
        assertProblem("sectors[0].position: x must be a number from -1 to 1, found Infinity", huge);
    }

    @Test
    void frameworkWithThreeQuadrantsOrDuplicateCells() throws Exception {
        assertProblem("framework: a framework needs exactly 4 quadrants, found 3",
                failsAfter(r -> ((ArrayNode) r.at("/framework/quadrants")).remove(3)));
        assertProblem("framework: two quadrants cover x=low, y=high",
                failsAfter(r -> obj(r, "/framework/quadrants/2").put("x", "low")));
    }

    @Test
    void nestingDeeperThan64() {
        String text = smallText();
        String base = text.substring(0, text.lastIndexOf('}'));
        // the top-level object is level 1, so 63 nested arrays reach exactly 64 levels
        String ok = base + ",\n  \"deep\": " + "[".repeat(63) + "]".repeat(63) + "\n}\n";
        try {
            ProjectReader.parse(ok.getBytes(StandardCharsets.UTF_8), NAME);
        } catch (ProjectFileException e) {
            throw new AssertionError("64 levels are allowed: " + e.getMessage(), e);
        }
        String deep = base + ",\n  \"deep\": " + "[".repeat(64) + "]".repeat(64) + "\n}\n";
        ProjectFileException e = fails(deep);
        assertTrue(e.problem().equals("the JSON is nested more than 64 levels deep"),
                e.getMessage());
        ProjectFileException veryDeep = fails("[".repeat(100_000));
        assertEquals("the JSON is nested more than 64 levels deep", veryDeep.problem());
    }

    @Test
    void textsLongerThanTheirLimitAreRefusedNamingTheTextAndTheLimit() throws Exception {
        String text = smallText();
        String most = "a".repeat(TextLimit.PROSE.max());
        Project p = ProjectReader.parse(text.replace("\"Context only.\"", "\"" + most + "\"")
                .getBytes(StandardCharsets.UTF_8), NAME);
        assertEquals(20_000, p.sector(TestProjects.CHIPS).orElseThrow().evidence().get(1).note().length());

        assertEquals("sectors[1].evidence[1]: the note of evidence ev-chips-2 is 20,001 characters long; a long"
                + " text may have at most 20,000", fails(text.replace("\"Context only.\"", "\"" + most + "b\"")).problem());
        // Over the parser's own limit the text is not even read whole.
        String million = "a".repeat(ProjectFormat.MAX_STRING_LENGTH);
        assertEquals("a text value is longer than 1,000,000 characters",
                fails(text.replace("\"Context only.\"", "\"" + million + "b\"")).problem());
    }

    // ---- integrity ----------------------------------------------------------------------------

    @Test
    void duplicateIds() throws Exception {
        assertProblem("sectors: id \"sector-solar\" is used more than once",
                failsAfter(r -> obj(r, "/sectors/2").put("id", TestProjects.SOLAR)));
        assertProblem("evidence: id \"ev-solar-1\" is used more than once",
                failsAfter(r -> obj(r, "/sectors/2/evidence/0").put("id", "ev-solar-1")));
        // the second source's old id is then dangling in one evidence item: one more problem
        assertProblem("sources: id \"src-kennedy\" is used more than once (and 1 more problem)",
                failsAfter(r -> obj(r, "/sources/1").put("id", TestProjects.KENNEDY)));
        assertProblem("options[0].scores[2]: criterion \"crit-growth\" is scored twice",
                failsAfter(r -> obj(r, "/options/0/scores/2").put("criterionId", TestProjects.GROWTH)));
    }

    @Test
    void danglingReferences() throws Exception {
        assertProblem("sectors[0].evidence[0].sourceId: no source with id \"ghost\"",
                failsAfter(r -> obj(r, "/sectors/0/evidence/0").put("sourceId", "ghost")));
        assertProblem("sectors[0].placement.sourceId: no source with id \"ghost\"",
                failsAfter(r -> obj(r, "/sectors/0/placement").put("sourceId", "ghost")));
        assertProblem("options[1].scores[0].criterionId: no criterion with id \"ghost\"",
                failsAfter(r -> obj(r, "/options/1/scores/0").put("criterionId", "ghost")));
        assertProblem("options[0].targets.sectors: no sector with id \"ghost\"",
                failsAfter(r -> ((ArrayNode) r.at("/options/0/targets/sectors")).add("ghost")));
        assertProblem("options[1].targets.quadrants: no quadrant with id \"Z\"",
                failsAfter(r -> ((ArrayNode) r.at("/options/1/targets/quadrants")).set(0, "Z")));
        assertProblem("options[0].sourceId: no source with id \"ghost\"",
                failsAfter(r -> obj(r, "/options/0").put("sourceId", "ghost")));
    }

    @Test
    void severalProblemsAreCounted() throws Exception {
        ProjectFileException e = failsAfter(r -> {
            obj(r, "/sectors/0/evidence/0").put("sourceId", "ghost1");
            obj(r, "/sectors/1/evidence/0").put("sourceId", "ghost2");
            obj(r, "/options/0").put("sourceId", "ghost3");
        });
        assertProblem("sectors[0].evidence[0].sourceId: no source with id \"ghost1\" (and 2 more problems)", e);
    }

    @Test
    void nullInsideTargetListsNamesThePath() throws Exception {
        ProjectFileException e = failsAfter(r -> ((ArrayNode) r.at("/options/0/targets/sectors")).set(0, r.nullNode()));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertTrue(e.problem().startsWith("options[0].targets"), e.getMessage());
    }

    @Test
    void nullInsideTagsSaysWhatIsWrong() throws Exception {
        ProjectFileException e = failsAfter(r -> ((ArrayNode) r.at("/sectors/0/evidence/0/tags")).set(0, r.nullNode()));
        assertFalse(e.getMessage().endsWith(": null"), e.getMessage());
        assertEquals("sectors[0].evidence[0]: the tags of evidence ev-solar-1 must not contain null", e.problem());
    }

    // ---- files --------------------------------------------------------------------------------

    @Test
    void fileLargerThanTheLimit(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.sectorscope.json");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(ProjectFormat.MAX_FILE_BYTES + 1); // sparse: instant, takes no disk space
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.read(big));
        assertEquals(big.toString(), e.file());
        assertTrue(e.problem().startsWith("is too large ("), e.getMessage());
        assertEquals("is too large (67,108,865 bytes; project files are at most 67,108,864 bytes, 64 MB)", e.problem());
    }

    @Test
    void fileExactlyAtTheLimitIsReadAndThenJudgedOnContent(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("limit.sectorscope.json");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(ProjectFormat.MAX_FILE_BYTES); // all NUL bytes
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.read(big));
        assertTrue(e.problem().startsWith("is not a text file (it contains a NUL byte at offset 0"), e.getMessage());
    }

    @Test
    void directory(@TempDir Path dir) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.read(dir));
        assertEquals(dir + ": is a folder, not a project file", e.getMessage());
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.sectorscope.json");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectStore.load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void readNamesTheFileInSyntaxErrors(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.sectorscope.json");
        Files.writeString(file, "{\n  \"format\": \"sectorscope-project\",\n  \"schemaVersion\": 1\n  \"project\": {}\n}\n");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.read(file));
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().startsWith(file + ": invalid JSON: Unexpected character ('\"'"), e.getMessage());
        assertEquals(4, e.line());
        assertEquals(3, e.column(), "the '\"' that should have been preceded by a comma");
    }
}
