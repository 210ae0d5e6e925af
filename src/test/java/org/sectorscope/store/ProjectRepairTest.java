package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;
import org.sectorscope.model.Targets;
import org.sectorscope.model.TestProjects;

/**
 * A refused file with one defect injected into the canonical form of {@link TestProjects#small()}: the
 * repaired copy is exactly the expected project, every fix is named, and the file is never changed.
 */
class ProjectRepairTest {
    private static final String FILE_NAME = "broken" + ProjectFormat.FILE_SUFFIX;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Project SMALL = TestProjects.small();
    private static final Instant BACKUP_TIME = Instant.parse("2026-11-29T10:15:30Z");
    private static final String BACKUP_FIX = "the file cannot be repaired; this is the backup copy (" + FILE_NAME
            + ".bak, saved 2026-11-29 10:15:30 UTC)";

    @TempDir
    Path dir;

    private static String smallText() {
        return ProjectWriter.toText(SMALL);
    }

    /** The small project's canonical text with its tree edited as {@code edit} says. */
    private static String brokenAfter(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(smallText());
        edit.accept(root);
        return ProjectJson.WRITER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode obj(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private Path write(String text) throws Exception {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] bytes) throws Exception {
        Path file = dir.resolve(FILE_NAME);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T03:04:05Z")));
        return file;
    }

    /** Runs the repair on a file and checks the file is untouched (bytes and time). */
    private static Optional<RepairedProject> attemptOnFile(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);
        FileTime time = Files.getLastModifiedTime(file);
        Optional<RepairedProject> result = ProjectRepair.attempt(file);
        assertArrayEquals(before, Files.readAllBytes(file), "the original file must never change");
        assertEquals(time, Files.getLastModifiedTime(file), "the original file must never be rewritten");
        return result;
    }

    /** The file must be refused by the strict reader, and repaired; the copy must load and save cleanly. */
    private RepairedProject repaired(String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bytes, FILE_NAME),
                "the injected defect must make the strict reader refuse the file");
        Optional<RepairedProject> result = attemptOnFile(write(bytes));
        assertTrue(result.isPresent(), "expected a repair");
        RepairedProject r = result.get();
        assertEquals(r.project(), ProjectReader.parse(ProjectWriter.toBytes(r.project()), "copy"),
                "the repaired copy must save and read back strictly");
        RepairedProject fromBytes = ProjectRepair.attempt(bytes, FILE_NAME).orElseThrow();
        assertEquals(r.fixes().size(), fromBytes.fixes().size(), "the bytes variant repairs the same way");
        return r;
    }

    private void assertRepair(String text, Project expected, String... fixes) throws Exception {
        RepairedProject r = repaired(text);
        assertEquals(List.of(fixes), r.fixes());
        assertEquals(expected, r.project());
        assertEquals(expected, ProjectRepair.attempt(text.getBytes(StandardCharsets.UTF_8), FILE_NAME)
                .orElseThrow().project());
    }

    private void assertNoRepair(byte[] bytes) throws Exception {
        assertEquals(Optional.empty(), attemptOnFile(write(bytes)));
        assertEquals(Optional.empty(), ProjectRepair.attempt(bytes, FILE_NAME));
    }

    private void assertNoRepair(String text) throws Exception {
        assertNoRepair(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBackup(byte[] bytes) throws Exception {
        Path bak = dir.resolve(FILE_NAME + ".bak");
        Files.write(bak, bytes);
        Files.setLastModifiedTime(bak, FileTime.from(BACKUP_TIME));
        return bak;
    }

    // ---- expected projects ---------------------------------------------------------------------

    private static Project withEvidence(Project p, String sectorId, int index, UnaryOperator<Evidence> edit) {
        return p.withSector(sectorId, s -> {
            List<Evidence> evidence = new ArrayList<>(s.evidence());
            evidence.set(index, edit.apply(evidence.get(index)));
            return s.withEvidence(evidence);
        });
    }

    private static Evidence withSource(Evidence e, String sourceId) {
        return new Evidence(e.id(), e.quote(), e.note(), sourceId, e.page(), e.reliability(), e.credibility(),
                e.bearing(), e.tags(), e.added(), e.extras());
    }

    private static Evidence withGrade(Evidence e, Reliability reliability, int credibility) {
        return new Evidence(e.id(), e.quote(), e.note(), e.sourceId(), e.page(), reliability, credibility,
                e.bearing(), e.tags(), e.added(), e.extras());
    }

    private static Evidence withId(Evidence e, String id) {
        return new Evidence(id, e.quote(), e.note(), e.sourceId(), e.page(), e.reliability(), e.credibility(),
                e.bearing(), e.tags(), e.added(), e.extras());
    }

    private static Project withOption(Project p, int index, UnaryOperator<PolicyOption> edit) {
        List<PolicyOption> options = new ArrayList<>(p.options());
        options.set(index, edit.apply(options.get(index)));
        return p.withOptions(options);
    }

    private static PolicyOption with(PolicyOption o, String sourceId, Targets targets, List<Score> scores) {
        return new PolicyOption(o.id(), o.name(), o.description(), sourceId, targets, o.intendedEffect(), scores,
                o.extras());
    }

    private static Sector withPlacement(Sector s, Placement p) {
        return new Sector(s.id(), s.name(), s.driver(), s.summary(), s.position(), p, s.evidence(), s.history(),
                s.extras(), s.positionExtras());
    }

    private static Sector withId(Sector s, String id) {
        return new Sector(id, s.name(), s.driver(), s.summary(), s.position(), s.placement(), s.evidence(), s.history(),
                s.extras(), s.positionExtras());
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    // ---- content after the document ------------------------------------------------------------

    @Test
    void contentAfterTheDocumentIsIgnored() throws Exception {
        String text = smallText();
        int next = lines(text) + 1;
        assertRepair(text + "x", SMALL,
                "content after the end of the JSON document (from line " + next + ", column 1) was ignored");
        assertRepair(text + "{}\n", SMALL,
                "content after the end of the JSON document (from line " + next + ", column 1) was ignored");
        assertRepair(text.stripTrailing() + "  }garbage\n", SMALL,
                "content after the end of the JSON document (from line " + (next - 1) + ", column 4) was ignored");
        // a second, half-written copy of the document after the first, as a crashed append leaves it
        assertRepair(text + text.substring(0, text.length() / 2), SMALL,
                "content after the end of the JSON document (from line " + next + ", column 1) was ignored");
    }

    @Test
    void unknownFieldsKeepTheirDigitsThroughARepair() throws Exception {
        String text = brokenAfter(r -> r.put("x-rate", new BigDecimal("1.50")));
        assertTrue(text.contains("\"x-rate\": 1.50"), text);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("x-rate", new BigDecimal("1.50"));
        Project expected = new Project(SMALL.info(), SMALL.framework(), SMALL.sources(), SMALL.sectors(),
                SMALL.criteria(), SMALL.options(), Extras.of(extras));
        assertRepair(text + "]", expected, "content after the end of the JSON document (from line "
                + (lines(text) + 1) + ", column 1) was ignored");
        assertEquals("1.50", ((BigDecimal) repaired(text + "]").project().extras().fields().get("x-rate"))
                .toPlainString());
    }

    // ---- duplicate keys ------------------------------------------------------------------------

    @Test
    void duplicateKeysKeepTheLastValue() throws Exception {
        String text = smallText().replace("\"name\": \"Solar PV\",", "\"name\": \"Solar PV\",\n      \"name\": \"Other\",");
        assertRepair(text, SMALL.withSector(TestProjects.SOLAR, s -> s.withName("Other")),
                "sectors[0]: the key \"name\" appears more than once; the last one was kept");
    }

    @Test
    void duplicateKeysAreNamedWhereverTheyAre() throws Exception {
        String text = smallText().replace("\"schemaVersion\": 2,", "\"schemaVersion\": 2,\n  \"schemaVersion\": 2,")
                .replace("\"credibility\": 2,", "\"credibility\": 5,\n          \"credibility\": 2,");
        assertRepair(text, SMALL,
                "the top level: the key \"schemaVersion\" appears more than once; the last one was kept",
                "sectors[0].evidence[0]: the key \"credibility\" appears more than once; the last one was kept");
    }

    // ---- dangling references -------------------------------------------------------------------

    @Test
    void citationOfAMissingSourceIsRemoved() throws Exception {
        assertRepair(brokenAfter(r -> obj(r, "/sectors/1/evidence/0").put("sourceId", "ch99")),
                withEvidence(SMALL, TestProjects.CHIPS, 0, e -> withSource(e, null)),
                "sectors[1].evidence[0]: source \"ch99\" does not exist; the citation was removed");
    }

    @Test
    void placementOnAMissingSourceLosesTheReference() throws Exception {
        assertRepair(brokenAfter(r -> obj(r, "/sectors/0/placement").put("sourceId", "ghost")),
                SMALL.withSector(TestProjects.SOLAR, s -> withPlacement(s, new Placement(Placement.Basis.REPORT, null,
                        "The report calls it a success.", Extras.NONE))),
                "sectors[0].placement: source \"ghost\" does not exist; the reference was removed");
    }

    @Test
    void optionOnAMissingSourceLosesTheReference() throws Exception {
        assertRepair(brokenAfter(r -> obj(r, "/options/0").put("sourceId", "ghost")),
                withOption(SMALL, 0, o -> with(o, null, o.targets(), o.scores())),
                "options[0]: source \"ghost\" does not exist; the reference was removed");
    }

    @Test
    void targetsThatDoNotExistAreRemoved() throws Exception {
        String text = brokenAfter(r -> {
            ((ArrayNode) r.at("/options/0/targets/sectors")).insert(0, "ghost");
            ((ArrayNode) r.at("/options/1/targets/quadrants")).set(0, "Z");
        });
        Project expected = withOption(SMALL, 1, o -> with(o, o.sourceId(),
                new Targets(List.of(), List.of(), Extras.NONE), o.scores()));
        assertRepair(text, expected,
                "options[0].targets.sectors: sector \"ghost\" does not exist; it was removed from the targets",
                "options[1].targets.quadrants: quadrant \"Z\" does not exist; it was removed from the targets");
    }

    @Test
    void scoreOnAMissingCriterionIsRemoved() throws Exception {
        assertRepair(brokenAfter(r -> obj(r, "/options/1/scores/0").put("criterionId", "ghost")),
                withOption(SMALL, 1, o -> with(o, o.sourceId(), o.targets(), o.scores().subList(1, 2))),
                "options[1].scores[0]: criterion \"ghost\" does not exist; the score was removed");
    }

    @Test
    void scoreEvidenceThatDoesNotExistIsAlreadyTolerated() throws Exception {
        String text = brokenAfter(r -> obj(r, "/options/0/scores/0").putArray("evidence").add("ev-gone"));
        assertEquals(Optional.empty(), ProjectRepair.attempt(text.getBytes(StandardCharsets.UTF_8), FILE_NAME),
                "a file the strict reader accepts has nothing to repair");
    }

    @Test
    void aCriterionScoredTwiceKeepsTheFirstScore() throws Exception {
        assertRepair(brokenAfter(r -> obj(r, "/options/0/scores/2").put("criterionId", TestProjects.GROWTH)),
                withOption(SMALL, 0, o -> with(o, o.sourceId(), o.targets(), o.scores().subList(0, 2))),
                "options[0].scores[2]: criterion \"crit-growth\" is already scored in options[0].scores[0]; the first"
                        + " score was kept and this one was removed");
    }

    // ---- duplicate ids -------------------------------------------------------------------------

    @Test
    void aDuplicateSectorIdGetsAFreshOne() throws Exception {
        RepairedProject r = repaired(brokenAfter(r2 -> obj(r2, "/sectors/2").put("id", TestProjects.SOLAR)));
        String fresh = r.project().sectors().get(2).id();
        assertTrue(fresh.matches("sector-[0-9a-f]{8}"), fresh);
        assertEquals(List.of("sectors[2]: the id \"sector-solar\" is already used by sectors[0]; this one was given"
                + " the new id \"" + fresh + "\""), r.fixes());
        List<Sector> sectors = new ArrayList<>(SMALL.sectors());
        sectors.set(2, withId(sectors.get(2), fresh));
        assertEquals(SMALL.withSectors(sectors), r.project());
    }

    @Test
    void aDuplicateEvidenceIdGetsAFreshOne() throws Exception {
        RepairedProject r = repaired(brokenAfter(r2 -> obj(r2, "/sectors/2/evidence/0").put("id", "ev-solar-1")));
        String fresh = r.project().sectors().get(2).evidence().get(0).id();
        assertTrue(fresh.matches("ev-[0-9a-f]{8}"), fresh);
        assertEquals(List.of("sectors[2].evidence[0]: the id \"ev-solar-1\" is already used by sectors[0].evidence[0];"
                + " this one was given the new id \"" + fresh + "\""), r.fixes());
        assertEquals(withEvidence(SMALL, TestProjects.BIOTECH, 0, e -> withId(e, fresh)), r.project());
    }

    @Test
    void referencesToADuplicateIdStayWithTheFirst() throws Exception {
        // the second source takes the first one's id: it gets a fresh id, and the citation of its old id,
        // which now leads nowhere, is removed; citations of the shared id stay with the first source
        RepairedProject r = repaired(brokenAfter(r2 -> obj(r2, "/sources/1").put("id", TestProjects.KENNEDY)));
        String fresh = r.project().sources().get(1).id();
        assertTrue(fresh.matches("src-[0-9a-f]{8}"), fresh);
        assertEquals(List.of(
                "sources[1]: the id \"src-kennedy\" is already used by sources[0]; this one was given the new id \""
                        + fresh + "\"",
                "sectors[1].evidence[0]: source \"src-naughton\" does not exist; the citation was removed"), r.fixes());
        Source s = SMALL.sources().get(1);
        Project expected = withEvidence(SMALL, TestProjects.CHIPS, 0, e -> withSource(e, null))
                .withSources(List.of(SMALL.sources().get(0), new Source(fresh, s.author(), s.title(), s.container(),
                        s.publisher(), s.date(), s.url(), s.chapter(), s.pages(), s.file(), s.extras())));
        assertEquals(expected, r.project());
        assertEquals(TestProjects.KENNEDY, r.project().sectors().get(0).evidence().get(0).sourceId());
    }

    @Test
    void duplicateCriterionAndOptionIds() throws Exception {
        RepairedProject r = repaired(brokenAfter(root -> {
            obj(root, "/criteria/2").put("id", TestProjects.SECURITY);
            obj(root, "/options/1").put("id", TestProjects.SUBSIDY);
        }));
        String crit = r.project().criteria().get(2).id();
        String opt = r.project().options().get(1).id();
        assertTrue(crit.matches("crit-[0-9a-f]{8}") && opt.matches("opt-[0-9a-f]{8}"), crit + " " + opt);
        // options[0] scored crit-cost, which no longer exists; its crit-security score stays with the first
        assertEquals(List.of(
                "criteria[2]: the id \"crit-security\" is already used by criteria[1]; this one was given the new id \""
                        + crit + "\"",
                "options[1]: the id \"opt-subsidy\" is already used by options[0]; this one was given the new id \""
                        + opt + "\"",
                "options[0].scores[2]: criterion \"crit-cost\" does not exist; the score was removed"), r.fixes());
    }

    // ---- positions -----------------------------------------------------------------------------

    @Test
    void positionsOutOfRangeAreClamped() throws Exception {
        String text = brokenAfter(r -> {
            obj(r, "/sectors/0/position").put("x", 5);
            obj(r, "/sectors/3/position").put("y", -1.0000001);
        });
        Project expected = SMALL.withSector(TestProjects.SOLAR, s -> s.withPosition(new Position(1, 0.5)))
                .withSector(TestProjects.AIRCRAFT, s -> s.withPosition(new Position(0.7, -1)));
        assertRepair(text, expected,
                "sectors[0].position: x 5 is outside -1 to 1; it was clamped to 1",
                "sectors[3].position: y -1.0000001 is outside -1 to 1; it was clamped to -1");
    }

    @Test
    void nonFinitePositionsLeaveTheSectorUnplaced() throws Exception {
        Project unplaced = SMALL.withSector(TestProjects.SOLAR, s -> s.withPosition(null));
        assertRepair(brokenAfter(r -> obj(r, "/sectors/0/position").put("x", "NaN")), unplaced,
                "sectors[0].position: x \"NaN\" is not a finite number; the sector was left unplaced");
        assertRepair(brokenAfter(r -> obj(r, "/sectors/0/position").put("y", "-Infinity")), unplaced,
                "sectors[0].position: y \"-Infinity\" is not a finite number; the sector was left unplaced");
        assertRepair(smallText().replace("\"x\": -0.6", "\"x\": 1e400"), unplaced,
                "sectors[0].position: x 1E+400 is not a finite number; the sector was left unplaced");
    }

    @Test
    void historyPositionsAreClampedOrTheEntryDropped() throws Exception {
        PlacementChange first = new PlacementChange("move-1", "2026-01-01T00:00:00Z", null, new Position(-0.6, 0.5),
                null, "A", null, Extras.NONE);
        PlacementChange second = new PlacementChange("move-2", "2026-01-02T00:00:00Z", new Position(-0.6, 0.5),
                new Position(0.5, 0.5), "A", "C", "because", Extras.NONE);
        Project base = SMALL.withSector(TestProjects.SOLAR, s -> s.withHistory(List.of(first, second)));
        ObjectNode root = (ObjectNode) JSON.readTree(ProjectWriter.toText(base));
        obj(root, "/sectors/0/history/0/to").put("x", -3);
        obj(root, "/sectors/0/history/1/from").put("y", "Infinity");
        String text = ProjectJson.WRITER.writeValueAsString(root) + "\n";
        PlacementChange clamped = new PlacementChange("move-1", "2026-01-01T00:00:00Z", null, new Position(-1, 0.5),
                null, "A", null, Extras.NONE);
        assertRepair(text, SMALL.withSector(TestProjects.SOLAR, s -> s.withHistory(List.of(clamped))),
                "sectors[0].history[0].to: x -3 is outside -1 to 1; it was clamped to -1",
                "sectors[0].history[1]: from.y \"Infinity\" is not a finite number; the history entry was removed");
    }

    // ---- grades --------------------------------------------------------------------------------

    @Test
    void gradesOutsideTheirSetsBecomeCannotBeJudged() throws Exception {
        String text = brokenAfter(r -> {
            obj(r, "/sectors/0/evidence/0").put("credibility", 7);
            obj(r, "/sectors/0/evidence/1").put("reliability", "G");
            obj(r, "/sectors/2/evidence/0").put("credibility", 0);
            obj(r, "/sectors/2/evidence/0").put("reliability", "b");
        });
        Project expected = withEvidence(SMALL, TestProjects.SOLAR, 0, e -> withGrade(e, e.reliability(), 6));
        expected = withEvidence(expected, TestProjects.SOLAR, 1, e -> withGrade(e, Reliability.F, e.credibility()));
        expected = withEvidence(expected, TestProjects.BIOTECH, 0, e -> withGrade(e, Reliability.F, 6));
        assertRepair(text, expected,
                "sectors[0].evidence[0]: credibility 7 is not one of 1-6; it was set to 6 (cannot be judged)",
                "sectors[0].evidence[1]: reliability \"G\" is not one of A-F; it was set to F (cannot be judged)",
                "sectors[2].evidence[0]: reliability \"b\" is not one of A-F; it was set to F (cannot be judged)",
                "sectors[2].evidence[0]: credibility 0 is not one of 1-6; it was set to 6 (cannot be judged)");
    }

    // ---- several at once -----------------------------------------------------------------------

    @Test
    void severalDefectsAreAllFixedAndListedInOrder() throws Exception {
        String text = brokenAfter(r -> {
            obj(r, "/sectors/0/evidence/0").put("sourceId", "ghost1");
            obj(r, "/sectors/1/evidence/0").put("sourceId", "ghost2");
            obj(r, "/options/0").put("sourceId", "ghost3");
            obj(r, "/sectors/1/position").put("x", -2.5);
        }) + "\u00a0trailing";
        Project expected = withEvidence(SMALL, TestProjects.SOLAR, 0, e -> withSource(e, null));
        expected = withEvidence(expected, TestProjects.CHIPS, 0, e -> withSource(e, null));
        expected = withOption(expected, 0, o -> with(o, null, o.targets(), o.scores()))
                .withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(-1, -0.7)));
        assertRepair(text, expected,
                "content after the end of the JSON document (from line " + (lines(text) + 1) + ", column 1) was ignored",
                "sectors[1].position: x -2.5 is outside -1 to 1; it was clamped to -1",
                "sectors[0].evidence[0]: source \"ghost1\" does not exist; the citation was removed",
                "sectors[1].evidence[0]: source \"ghost2\" does not exist; the citation was removed",
                "options[0]: source \"ghost3\" does not exist; the reference was removed");
    }

    // ---- not repairable ------------------------------------------------------------------------

    @Test
    void aFileThatReadsCleanlyHasNothingToRepair() throws Exception {
        assertNoRepair(smallText());
    }

    @Test
    void truncatedFilesAreNotRepaired() throws Exception {
        String text = smallText();
        assertNoRepair(text.substring(0, text.length() / 2));
        assertNoRepair(text.substring(0, text.indexOf("Chinese firms dominate") + 7));
        assertNoRepair(text.substring(0, text.lastIndexOf('}')));
    }

    @Test
    void textThatIsNotJsonOrNotAProjectIsNotRepaired() throws Exception {
        assertNoRepair("hello");
        assertNoRepair("");
        assertNoRepair(" \n ");
        assertNoRepair("[" + smallText() + "]");
        assertNoRepair("42");
        assertNoRepair("{\"name\": \"a package.json\"}");
        assertNoRepair(smallText().replace("\"credibility\": 3,", "\"credibility\": 3,,"));
        assertNoRepair(smallText().replace("\"x\": -0.6", "\"x\": NaN"));
        assertNoRepair(brokenAfter(r -> r.put("format", "sectorscope")));
        assertNoRepair(brokenAfter(r -> r.remove("format")));
    }

    @Test
    void schemaVersionsThatAreNewerOrInvalidAreNotRepaired() throws Exception {
        assertNoRepair(brokenAfter(r -> r.put("schemaVersion", 3)));
        assertNoRepair(brokenAfter(r -> r.put("schemaVersion", 3)) + "trailing");
        assertNoRepair(brokenAfter(r -> r.put("schemaVersion", 0)));
        assertNoRepair(brokenAfter(r -> r.put("schemaVersion", "1")));
        assertNoRepair(brokenAfter(r -> r.put("schemaVersion", 1.0)));
        assertNoRepair(brokenAfter(r -> r.remove("schemaVersion")));
    }

    @Test
    void binaryAndUtf16ContentIsNotRepaired() throws Exception {
        assertNoRepair(new byte[] {'{', '"', 'a', 0, 0, 1, (byte) 0xFF, '}'});
        assertNoRepair((smallText() + "x").getBytes(StandardCharsets.UTF_16));
        assertNoRepair((smallText() + "x").getBytes(StandardCharsets.UTF_16LE));
        byte[] padded = Arrays.copyOf(smallText().getBytes(StandardCharsets.UTF_8), smallText().length() + 16);
        assertNoRepair(padded); // NUL bytes after the document are binary content, not text
        byte[] bad = (smallText() + "x").getBytes(StandardCharsets.UTF_8);
        bad[bad.length - 1] = (byte) 0xFF;
        assertNoRepair(bad);
    }

    @Test
    void limitsOfTheFormatStillApply() throws Exception {
        String text = smallText();
        String base = text.substring(0, text.lastIndexOf('}'));
        assertNoRepair(base + ",\n  \"deep\": " + "[".repeat(64) + "]".repeat(64) + "\n}\nx");
        assertNoRepair("[".repeat(100_000));
        assertNoRepair("{".repeat(100_000));
        String million = "a".repeat(ProjectFormat.MAX_STRING_LENGTH);
        assertNoRepair(text.replace("\"Context only.\"", "\"" + million + "b\"") + "x");
        assertNoRepair(text.replace("\"x\": -0.6", "\"x\": 1" + "0".repeat(200)) + "x");
    }

    @Test
    void defectsNoRepairAddressesAreNotRepaired() throws Exception {
        assertNoRepair(brokenAfter(r -> obj(r, "/sectors/3").remove("name")));
        assertNoRepair(brokenAfter(r -> obj(r, "/options/0/scores/0").put("value", 6)));
        assertNoRepair(brokenAfter(r -> obj(r, "/sectors/0/position").put("x", "-0.6")));
        assertNoRepair(brokenAfter(r -> obj(r, "/sectors/0/evidence/0").remove("reliability")));
        // a repairable defect does not make an unrepairable one in the same file acceptable
        assertNoRepair(brokenAfter(r -> {
            obj(r, "/sectors/0/evidence/0").put("sourceId", "ghost");
            obj(r, "/criteria/0").put("weight", -1);
        }));
    }

    // ---- the backup ----------------------------------------------------------------------------

    @Test
    void aTruncatedFileWithAGoodBackupOffersTheBackup() throws Exception {
        String text = smallText();
        Path file = write(text.substring(0, text.length() / 2));
        Path bak = writeBackup(ProjectWriter.toBytes(SMALL));
        byte[] bakBefore = Files.readAllBytes(bak);
        RepairedProject r = attemptOnFile(file).orElseThrow();
        assertEquals(SMALL, r.project());
        assertEquals(List.of(BACKUP_FIX), r.fixes());
        assertArrayEquals(bakBefore, Files.readAllBytes(bak), "the backup must never change");
        assertEquals(FileTime.from(BACKUP_TIME), Files.getLastModifiedTime(bak));
        // bytes carry no backup
        assertEquals(Optional.empty(), ProjectRepair.attempt(Files.readAllBytes(file), FILE_NAME));
    }

    @Test
    void anyUnrepairableRefusedFileFallsBackToAGoodBackup() throws Exception {
        writeBackup(ProjectWriter.toBytes(SMALL));
        for (String text : List.of("hello", brokenAfter(r -> r.put("schemaVersion", 3)),
                brokenAfter(r -> obj(r, "/sectors/3").remove("name")), "[".repeat(100_000))) {
            RepairedProject r = attemptOnFile(write(text)).orElseThrow(() -> new AssertionError(text));
            assertEquals(SMALL, r.project());
            assertEquals(List.of(BACKUP_FIX), r.fixes());
        }
        RepairedProject binary = attemptOnFile(write(new byte[] {'{', 0, '}'})).orElseThrow();
        assertEquals(List.of(BACKUP_FIX), binary.fixes());
    }

    @Test
    void aBackupThatDoesNotLoadCleanlyIsNotOffered() throws Exception {
        String text = smallText();
        Path file = write(text.substring(0, text.length() / 2));
        writeBackup(text.substring(0, text.length() / 3).getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), attemptOnFile(file));
        // a backup that would itself need a repair is not offered either
        writeBackup((text + "x").getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), attemptOnFile(file));
    }

    @Test
    void aRepairableFileIsRepairedRatherThanReplacedByItsBackup() throws Exception {
        Project older = SMALL.withSector(TestProjects.SOLAR, s -> s.withName("Older"));
        writeBackup(ProjectWriter.toBytes(older));
        RepairedProject r = attemptOnFile(write(smallText() + "x")).orElseThrow();
        assertEquals(SMALL, r.project());
        assertNotEquals(List.of(BACKUP_FIX), r.fixes());
    }

    @Test
    void aFileThatReadsCleanlyIsNotReplacedByItsBackup() throws Exception {
        writeBackup(ProjectWriter.toBytes(SMALL.withSector(TestProjects.SOLAR, s -> s.withName("Older"))));
        assertEquals(Optional.empty(), attemptOnFile(write(smallText())));
    }

    // ---- files ---------------------------------------------------------------------------------

    @Test
    void aFileOfTwoHundredMegabytesIsNeverReadIntoMemory() throws Exception {
        Path huge = dir.resolve(FILE_NAME);
        try {
            // a real file, written in a stream: a project whose title is 200 MB of spaces, then garbage
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge))) {
                out.write("{\"format\": \"sectorscope-project\", \"schemaVersion\": 1, \"project\": {\"id\": \"p\", \"title\": \""
                        .getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 200; i++) {
                    out.write(spaces);
                }
                out.write("\"}}x".getBytes(StandardCharsets.UTF_8));
            }
            assertTrue(Files.size(huge) > 200L * 1024 * 1024);
            assertEquals(Optional.empty(), assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> ProjectRepair.attempt(huge)));
            // with a good backup beside it, the backup is offered, still without reading the file
            writeBackup(ProjectWriter.toBytes(SMALL));
            RepairedProject r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ProjectRepair.attempt(huge))
                    .orElseThrow();
            assertEquals(List.of(BACKUP_FIX), r.fixes());
        } finally {
            Files.deleteIfExists(huge);
        }
    }

    @Test
    void aSparseFileOverTheLimitIsNotRepaired() throws Exception {
        Path big = dir.resolve(FILE_NAME);
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(ProjectFormat.MAX_FILE_BYTES + 1);
        }
        try {
            assertEquals(Optional.empty(), assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> ProjectRepair.attempt(big)));
        } finally {
            Files.deleteIfExists(big);
        }
    }

    @Test
    void aFileThatCannotBeReadIsAProjectFileException() {
        Path missing = dir.resolve("nope" + ProjectFormat.FILE_SUFFIX);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectRepair.attempt(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        ProjectFileException folder = assertThrows(ProjectFileException.class, () -> ProjectRepair.attempt(dir));
        assertEquals(dir + ": is a folder, not a project file", folder.getMessage());
    }

    @Test
    void theBytesVariantNeverThrows() {
        assertEquals(Optional.empty(), ProjectRepair.attempt(null, FILE_NAME));
        assertEquals(Optional.empty(), ProjectRepair.attempt(new byte[0], FILE_NAME));
        assertEquals(Optional.empty(), ProjectRepair.attempt(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                FILE_NAME));
    }

    @Test
    void aByteOrderMarkIsAcceptedAsTheStrictReaderDoes() throws Exception {
        byte[] body = (smallText() + "x").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        RepairedProject r = ProjectRepair.attempt(bytes, FILE_NAME).orElseThrow();
        assertEquals(SMALL, r.project());
        assertEquals(List.of("content after the end of the JSON document (from line " + (lines(smallText()) + 1)
                + ", column 1) was ignored"), r.fixes());
    }
}
