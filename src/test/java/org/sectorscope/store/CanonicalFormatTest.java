package org.sectorscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;
import org.sectorscope.model.TestProjects;

class CanonicalFormatTest {
    private static final Pattern INDENT = Pattern.compile("^( *)");

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    @Test
    void startsWithTheHeaderInOrder() {
        String text = ProjectWriter.toText(TestProjects.small());
        assertTrue(text.startsWith("{\n  \"format\": \"sectorscope-project\",\n  \"schemaVersion\": 2,\n  \"project\": {\n"
                + "    \"id\": \"project-small\",\n    \"title\": \"Small test project\",\n"), text.substring(0, 200));
    }

    @Test
    void lfOnlyWithOneFinalNewline() {
        for (long seed = 0; seed < 20; seed++) {
            String text = ProjectWriter.toText(TestProjects.random(seed, 5));
            assertFalse(text.contains("\r"), "no CR");
            assertTrue(text.endsWith("}\n"));
            assertFalse(text.endsWith("\n\n"));
            assertEquals('{', text.charAt(0));
        }
    }

    @Test
    void twoSpaceIndentAndKeyColonSpaceValue() {
        String text = ProjectWriter.toText(TestProjects.random(3, 6));
        int depth = 0;
        for (String line : lines(text)) {
            if (line.isEmpty()) {
                continue; // only the end after the final newline
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("}") || trimmed.startsWith("]")) {
                depth--;
            }
            Matcher m = INDENT.matcher(line);
            assertTrue(m.find());
            assertEquals(2 * depth, m.group(1).length(), "indent of: " + line);
            if (trimmed.endsWith("{") || trimmed.endsWith("[")) {
                depth++;
            }
            if (trimmed.startsWith("\"") && trimmed.matches("\"(?:[^\"\\\\]|\\\\.)*\":.*")) {
                assertTrue(trimmed.matches("\"(?:[^\"\\\\]|\\\\.)*\": \\S.*"), "`\"key\": value` in: " + line);
                assertFalse(trimmed.matches("\"(?:[^\"\\\\]|\\\\.)*\" :.*"), "no space before colon: " + line);
            }
        }
        assertEquals(0, depth);
    }

    @Test
    void oneArrayElementPerLineAndEmptyArraysCompact() {
        Project empty = Project.empty("E").withInfo(new ProjectInfo("p", "E", null, null, null, Extras.NONE));
        String text = ProjectWriter.toText(empty);
        assertTrue(text.contains("\n  \"sources\": [],\n  \"sectors\": [],\n  \"criteria\": [],\n  \"options\": []\n}\n"),
                text);
        String small = ProjectWriter.toText(TestProjects.small());
        assertTrue(small.contains("\"tags\": [\n            \"capacity\",\n            \"prices\"\n          ]"), small);
    }

    @Test
    void noNullValuesAndEmptyOptionalStringsOmitted() {
        Project p = TestProjects.small();
        ProjectInfo info = new ProjectInfo("p", "T", "", null, "", Extras.NONE);
        Source src = new Source("s1", "A", "T", "", null, "", null, "", null, null, Extras.NONE);
        Evidence ev = new Evidence("e1", "", "note", null, "", Reliability.B, 2, null, List.of(), "", Extras.NONE);
        Sector sector = new Sector("sec", "N", "", "", new Position(0.5, 0.5), null, List.of(ev), Extras.NONE);
        PolicyOption option = new PolicyOption("o1", "O", "", null, null, "", List.of(), Extras.NONE);
        Project q = new Project(info, p.framework(), List.of(src), List.of(sector), List.of(), List.of(option),
                Extras.NONE);
        String text = ProjectWriter.toText(q);
        assertFalse(text.contains("null"), text);
        assertFalse(text.contains("\"\""), "no empty strings: " + text);
        for (String key : List.of("subtitle", "notes", "container", "date", "chapter", "quote", "page", "added",
                "driver", "summary", "description", "intendedEffect", "tags", "scores", "rationale")) {
            assertFalse(text.contains("\"" + key + "\""), key + " should be omitted: " + text);
        }
        assertTrue(text.contains("\"note\": \"note\""));
        assertTrue(text.contains("\"placement\": {\n        \"basis\": \"analyst\"\n      }"), text);
        assertTrue(text.contains("\"axis\": \"none\""), "axis is always written");
        assertFalse(text.contains("\"toward\""));
    }

    @Test
    void numbersAreWrittenPlainly() {
        String text = ProjectWriter.toText(TestProjects.small());
        assertTrue(text.contains("\"x\": -0.6,\n        \"y\": 0.5\n"), text);
        assertTrue(text.contains("\"weight\": 2.0"));
        assertTrue(text.contains("\"credibility\": 2,"));
        assertTrue(text.contains("\"value\": 4,"));
    }

    @Test
    void nonAsciiIsWrittenAsUtf8NotEscaped() {
        Project p = TestProjects.small().withSector(TestProjects.SOLAR, s -> s.withName("Solar \u4e2d\u56fd \u00e9"));
        String text = ProjectWriter.toText(p);
        assertTrue(text.contains("\"name\": \"Solar \u4e2d\u56fd \u00e9\""), "UTF-8 text, not \\u escapes");
        assertTrue(new String(ProjectWriter.toBytes(p), StandardCharsets.UTF_8).equals(text));
    }
}
