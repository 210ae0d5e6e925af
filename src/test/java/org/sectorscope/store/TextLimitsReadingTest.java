package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.model.Text;

/**
 * Issue 12, point 8 (one long text froze the window) and point 13 (characters XML forbids reached the
 * exports; a save turned a lone surrogate into "?"): the reader refuses both, naming the text; the
 * repair offers a copy with the text cut or the character replaced, each fix listed; CSV rows are refused.
 */
class TextLimitsReadingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration BOUND = Duration.ofSeconds(60); // a guard against hanging, not a speed target

    private static byte[] withSectorName(String name) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ProjectWriter.toText(TestProjects.small()));
        ((ObjectNode) root.at("/sectors/1")).put("name", name);
        return JSON.writeValueAsBytes(root);
    }

    @Test
    void aMillionCharacterNameIsRefusedNamingItAndRepairedByCuttingIt() throws Exception {
        byte[] file = withSectorName("x".repeat(1_000_000));
        assertTrue(file.length > 1_000_000, "a valid file of about 1 MB, as in the report");
        ProjectFileException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(ProjectFileException.class, () -> ProjectReader.parse(file, "long.json")));
        assertEquals("long.json: sectors[1]: the name of sector sector-chips is 1,000,000 characters long; a name"
                + " may have at most 200", e.getMessage());

        RepairedProject repaired = assertTimeoutPreemptively(BOUND,
                () -> ProjectRepair.attempt(file, "long.json").orElseThrow());
        Sector chips = repaired.project().sector(TestProjects.CHIPS).orElseThrow();
        assertEquals(200, chips.name().length());
        assertTrue(chips.name().endsWith("\u2026"), chips.name().substring(190));
        assertEquals(List.of("sectors[1].name: cut from 1,000,000 to 200 characters, the most it may have"),
                repaired.fixes());
    }

    @Test
    void eachCharacterXmlForbidsIsRefusedNamingItAndRepairedAsTheReplacementCharacter() throws Exception {
        for (String bad : List.of("\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "\u0001")) {
            String code = String.format("U+%04X", (int) bad.charAt(0));
            byte[] file = withSectorName("Semi" + bad + "conductors");
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.parse(file, "x"));
            assertTrue(e.problem().startsWith("sectors[1]: the name of sector sector-chips contains ")
                    && e.problem().contains(code + " at character 5, which XML, and so every export, cannot hold"),
                    e.problem());

            RepairedProject repaired = ProjectRepair.attempt(file, "x").orElseThrow();
            assertEquals("Semi\uFFFDconductors", repaired.project().sector(TestProjects.CHIPS).orElseThrow().name());
            assertEquals(1, repaired.fixes().size(), repaired.fixes()::toString);
            assertTrue(repaired.fixes().get(0).startsWith("sectors[1].name: replaced a character XML forbids ("),
                    repaired.fixes().get(0));
        }
    }

    @Test
    void aLoneSurrogateWrittenAsAJsonEscapeIsRefusedToo() throws Exception {
        String text = ProjectWriter.toText(TestProjects.small()).replace("\"Semiconductors\"", "\"Semi\\ud800\"");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(text.getBytes(StandardCharsets.UTF_8), "x"));
        assertTrue(e.problem().contains("a lone surrogate U+D800"), e.problem());
    }

    @Test
    void unknownContentKeepsEvenALoneSurrogateThroughASave() throws Exception {
        // Unknown content never reaches an export; a save must keep it exactly, not turn it into "?".
        String text = ProjectWriter.toText(TestProjects.small()).replaceFirst("\\{", "{\"x-note\": \"odd \\\\ud800 text\",");
        Project p = ProjectReader.parse(text.getBytes(StandardCharsets.UTF_8), "x");
        byte[] saved = ProjectWriter.toBytes(p);
        String written = new String(saved, StandardCharsets.UTF_8);
        int at = written.indexOf("\"x-note\"");
        assertTrue(at >= 0, written);
        assertEquals("\"x-note\": \"odd \\uD800 text\"", written.substring(at, written.indexOf('\n', at)).replaceAll(",$", ""));
        Project again = ProjectReader.parse(saved, "x");
        assertArrayEquals(saved, ProjectWriter.toBytes(again));
        assertEquals("odd \uD800 text", JSON.readTree(saved).get("x-note").textValue());
    }

    @Test
    void csvRowsWithATextOverItsLimitOrAForbiddenCharacterAreRefusedNamingTheColumn() throws Exception {
        String header = "sector,quote,note,reliability,credibility,tags\r\n";
        String csv = header
                + "Semiconductors,ok,,B,2,\r\n"
                + "Semiconductors,\"bad \uFFFF quote\",,B,2,\r\n"
                + "Semiconductors,q," + "n".repeat(20_001) + ",B,2,\r\n"
                + "Semiconductors,q,,B,2," + "t".repeat(201) + "\r\n";
        EvidenceImport result = EvidenceCsvReader.read(new StringReader(csv), TestProjects.small(), "2026-12-02");
        assertEquals(1, result.validRows().size());
        List<String> errors = result.invalidRows().stream().map(EvidenceImportRow::error).toList();
        assertEquals(List.of(
                "the quote contains U+FFFF at character 5, which XML, and so every export, cannot hold",
                "the note is 20,001 characters long; a long text may have at most 20,000",
                "a tag is 201 characters long; a name may have at most 200"), errors);
    }

    @Test
    void theRepairedCopyOfAHostileFileHasNoForbiddenCharacterLeft() throws Exception {
        String hostile = "\uFFFE\uFFFF\uD800\u0001".repeat(10);
        RepairedProject repaired = ProjectRepair.attempt(withSectorName(hostile), "x").orElseThrow();
        String name = repaired.project().sector(TestProjects.CHIPS).orElseThrow().name();
        assertEquals(-1, Text.firstForbidden(name));
        assertEquals("\uFFFD".repeat(40), name);
        assertTrue(repaired.fixes().get(0).contains("40 characters"), repaired.fixes().get(0));
    }
}
