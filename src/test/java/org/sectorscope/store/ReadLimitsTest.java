package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;

/**
 * What a file may expand to in memory is bounded, not only its bytes (issue 12, point 7): the number of
 * JSON tokens, and the unknown content kept for the session. Each bound is refused with a one-line
 * message; just under it the file reads and keeps everything.
 */
class ReadLimitsTest {
    /** A valid project (the small one, written canonically) with {@code junk} added as a last top-level field. */
    private static byte[] withField(String name, String json) {
        String project = new String(ProjectWriter.toBytes(TestProjects.small()), StandardCharsets.UTF_8).stripTrailing();
        return (project.substring(0, project.length() - 1) + ",\n  \"" + name + "\": " + json + "\n}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String repeat(String item, int times) {
        StringBuilder sb = new StringBuilder(item.length() * times + 2).append('[');
        for (int i = 0; i < times; i++) {
            sb.append(i == 0 ? "" : ",").append(item);
        }
        return sb.append(']').toString();
    }

    @Test
    void aDocumentOfMoreThanFourMillionTokensIsRefusedQuicklyAndIsNotRepaired() {
        // 2.1 million empty objects: 6 MB of text, and 4.2 million tokens.
        byte[] bomb = withField("junk", repeat("{}", 2_100_000));
        ProjectFileException refused = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ProjectFileException.class, () -> ProjectReader.parse(bomb, "bomb.sectorscope.json")));
        assertEquals("bomb.sectorscope.json: the JSON has more than 4,000,000 tokens (each key, value, bracket and"
                + " brace counts one), too many to open safely", refused.getMessage());
        assertEquals(Optional.empty(), assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ProjectRepair.attempt(bomb, "bomb.sectorscope.json")), "over a limit is never repaired");
    }

    @Test
    void unknownFieldsAreKeptUpToHalfAMillionValues() throws Exception {
        // The list and its 499,998 numbers, and a null: 500,000 values.
        byte[] atLimit = withField("fromANewerVersion", repeat("0", 499_998) + ",\n  \"alsoNew\": null");
        Project read = ProjectReader.parse(atLimit, "at-limit.sectorscope.json");
        assertEquals(499_998, ((List<?>) read.extras().fields().get("fromANewerVersion")).size());
        assertTrue(read.extras().fields().containsKey("alsoNew"));

        byte[] over = withField("fromANewerVersion", repeat("0", 499_999) + ",\n  \"alsoNew\": null");
        ProjectFileException refused = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(over, "over.sectorscope.json"));
        assertTrue(refused.getMessage().startsWith("over.sectorscope.json: holds 500,001 values in fields this version"
                + " of Sectorscope does not know; at most 500,000 are kept"), refused.getMessage());
    }

    @Test
    void unknownFieldsAreKeptUpToSixteenMillionCharacters() {
        String million = '"' + "x".repeat(1_000_000) + '"';
        byte[] over = withField("notes2", repeat(million, 17));
        ProjectFileException refused = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(over, "long.sectorscope.json"));
        assertTrue(refused.getMessage().startsWith("long.sectorscope.json: holds 17,000,006 characters in fields this"
                + " version of Sectorscope does not know; at most 16,000,000 are kept"), refused.getMessage());
    }

    @Test
    void unknownContentIsCountedInEveryObjectNotOnlyAtTheTop() {
        // 300,000 values under one sector and 300,000 under an option: each within the limit, together over.
        String project = new String(ProjectWriter.toBytes(TestProjects.small()), StandardCharsets.UTF_8);
        String many = repeat("1", 299_999);
        String json = project.replaceFirst("\"id\": \"" + TestProjects.SOLAR + "\"",
                        "\"id\": \"" + TestProjects.SOLAR + "\", \"later\": " + many)
                .replaceFirst("\"id\": \"" + TestProjects.SUBSIDY + "\"",
                        "\"id\": \"" + TestProjects.SUBSIDY + "\", \"later\": " + many);
        ProjectFileException refused = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(json.getBytes(StandardCharsets.UTF_8), "spread.sectorscope.json"));
        // Each unknown value is counted once it is read whole: 2 x (the list + 299,999 numbers).
        assertTrue(refused.getMessage().contains("holds 600,000 values in fields this version of Sectorscope does not"
                + " know"), refused.getMessage());
    }
}
