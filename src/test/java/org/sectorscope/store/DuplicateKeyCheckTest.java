package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.TestProjects;

/** A key given twice in one object is refused wherever it is, as the parser's own strict check refused it. */
class DuplicateKeyCheckTest {
    private static String project() {
        return ProjectWriter.toText(TestProjects.random(5, 3));
    }

    /** The project with {@code "extra": value} added at its top level, as content of a newer version. */
    private static byte[] withExtra(String value) {
        String text = project();
        return text.replaceFirst("\\{", "{\"extra\": " + value + ",").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDuplicateDeepInUnknownContentIsRefusedWithTheParsersWords() {
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(withExtra("{\"a\": [1, {\"b\": {\"c\": 1, \"c\": 2}}]}"), "p"));
        assertEquals("invalid JSON: Duplicate field 'c'", e.problem());
    }

    @Test
    void anObjectOfManyKeysIsCheckedToo() {
        String many = IntStream.range(0, 40).mapToObj(i -> "\"k" + i + "\": " + i).collect(Collectors.joining(", "));
        assertDoesNotThrow(() -> ProjectReader.parse(withExtra("{" + many + "}"), "p"));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(withExtra("{" + many + ", \"k33\": 0}"), "p"));
        assertEquals("invalid JSON: Duplicate field 'k33'", e.problem());
        e = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(withExtra("{" + many + ", \"k3\": 0}"), "p"));
        assertEquals("invalid JSON: Duplicate field 'k3'", e.problem());
    }

    @Test
    void theSameKeyInSiblingAndNestedObjectsIsNoDuplicate() {
        assertDoesNotThrow(() -> ProjectReader.parse(withExtra("[{\"a\": 1}, {\"a\": 2, \"b\": {\"a\": 3}}]"), "p"));
    }

    @Test
    void aKnownKeyGivenTwiceIsRefused() {
        String text = project().replaceFirst("\"name\": ", "\"name\": \"twice\", \"name\": ");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectReader.parse(text.getBytes(StandardCharsets.UTF_8), "p"));
        assertEquals("invalid JSON: Duplicate field 'name'", e.problem());
    }

    @Test
    void skippingAValueStillChecksWhatItSkips() throws Exception {
        byte[] json = "{\"skip\": {\"x\": 1, \"x\": 2}, \"after\": 1}".getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = new DuplicateKeyCheck(ProjectJson.MAPPER.createParser(json))) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            assertEquals("skip", p.nextFieldName());
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            com.fasterxml.jackson.core.JsonParseException e = assertThrows(
                    com.fasterxml.jackson.core.JsonParseException.class, p::skipChildren);
            assertEquals("Duplicate field 'x'", e.getOriginalMessage());
        }
    }
}
