package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sectorscope.model.TestProjects;

/**
 * What file-format.md ("Format versions") and the schema's description promise for each schemaVersion,
 * with the reader's real chain (current version 1): so the docs cannot drift from the code again.
 */
class SchemaVersionRulesTest {
    private static final String NAME = "v.sectorscope.json";
    private static final String CURRENT = new String(ProjectWriter.toBytes(TestProjects.small()),
            StandardCharsets.UTF_8);

    /** The small project with {@code version} as its schemaVersion (JSON text); null leaves the key out. */
    private static byte[] withVersion(String version) {
        String line = "\"schemaVersion\": " + ProjectFormat.SCHEMA_VERSION + ",";
        assertTrue(CURRENT.contains(line), CURRENT);
        return CURRENT.replace(line, version == null ? "" : "\"schemaVersion\": " + version + ",")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCurrentVersionIsReadAsItIs() throws Exception {
        LoadedProject loaded = ProjectReader.open(withVersion(String.valueOf(ProjectFormat.SCHEMA_VERSION)), NAME);
        assertEquals(ProjectFormat.SCHEMA_VERSION, loaded.fileVersion());
        assertFalse(loaded.readOnly());
        assertEquals("", loaded.notice());
    }

    @Test
    void aNewerFileOpensReadOnlyForTheUserButIsRefusedByEveryOtherReader() throws Exception {
        LoadedProject loaded = ProjectReader.open(withVersion("3"), NAME);
        assertTrue(loaded.readOnly());
        assertEquals(TestProjects.small(), loaded.project());
        assertTrue(loaded.notice().contains("It is open read-only so it is never overwritten"), loaded.notice());
        // validate, list, export, a PNG's embedded project and recovery copies read through parse or read.
        ProjectFileException refused = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(withVersion("3"), NAME));
        assertEquals("was written by a newer Sectorscope (schema version 3; this version reads up to 2)",
                refused.problem());
    }

    @Test
    void aNewerFileThisVersionCannotReadIsRefusedEvenForTheUser() {
        byte[] bytes = new String(withVersion("3"), StandardCharsets.UTF_8)
                .replace("\"sectors\": [", "\"sectors\": 7, \"was\": [").getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectReader.open(bytes, NAME));
        assertTrue(e.problem().startsWith("was written by a newer Sectorscope (schema version 3; this version reads"
                + " up to 2) and this version cannot read it: "), e.problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0          | has an invalid schemaVersion 0",
        "-3         | has an invalid schemaVersion -3",
        "2147483648 | has an invalid schemaVersion 2147483648",
        "1.0        | \"schemaVersion\" is missing or not a whole number",
        "'\"1\"'    | \"schemaVersion\" is missing or not a whole number",
        "null       | \"schemaVersion\" is missing or not a whole number",
    })
    void aVersionThatIsNotAWholeNumberFromOneIsRefusedByEveryReader(String version, String problem) {
        for (boolean forTheUser : new boolean[] {true, false}) {
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> {
                if (forTheUser) {
                    ProjectReader.open(withVersion(version), NAME);
                } else {
                    ProjectReader.parse(withVersion(version), NAME);
                }
            });
            assertEquals(problem, e.problem(), version);
        }
    }

    @Test
    void aMissingVersionIsRefused() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectReader.open(withVersion(null), NAME));
        assertEquals("\"schemaVersion\" is missing or not a whole number", e.problem());
    }
}
