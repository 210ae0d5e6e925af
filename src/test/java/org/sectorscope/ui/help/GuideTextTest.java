package org.sectorscope.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sectorscope.ui.help.GuideText.Block;
import org.sectorscope.ui.help.GuideText.Bullets;
import org.sectorscope.ui.help.GuideText.Code;
import org.sectorscope.ui.help.GuideText.Heading;
import org.sectorscope.ui.help.GuideText.Paragraph;
import org.sectorscope.ui.help.GuideText.Span;
import org.sectorscope.ui.help.GuideText.Style;
import org.sectorscope.ui.help.GuideText.Table;

/** The user guide reads the README's Markdown as headings, paragraphs, lists, tables and code. */
class GuideTextTest {
    @Test
    void blocksOfEachKind() {
        List<Block> blocks = GuideText.parse(List.of(
                "## Using it", "", "One line", "and the next.", "",
                "- first item", "  continued", "- second", "",
                "| to | do |", "| --- | --- |", "| pipe | `a|b` and a\\|b |",
                "```sh", "mvn verify", "  indented", "```",
                "<!-- a comment", "over lines -->", "![picture](docs/x.png)", "Last."));
        assertEquals(new Heading(2, List.of(plain("Using it"))), blocks.get(0));
        assertEquals(new Paragraph(List.of(plain("One line and the next."))), blocks.get(1));
        assertEquals(new Bullets(List.of(List.of(plain("first item continued")), List.of(plain("second")))),
                blocks.get(2));
        Table table = (Table) blocks.get(3);
        assertEquals(List.of(List.of(plain("to")), List.of(plain("do"))), table.header());
        assertEquals(List.of(List.of(List.of(plain("pipe")), List.of(new Span("a|b", Style.CODE), plain(" and a|b")))),
                table.rows());
        assertEquals(new Code("mvn verify\n  indented"), blocks.get(4));
        assertEquals(new Paragraph(List.of(plain("Last."))), blocks.get(5));
        assertEquals(6, blocks.size());
    }

    @Test
    void inlineMarks() {
        assertEquals(List.of(new Span("Save", Style.STRONG), plain(" or "), new Span("Cancel", Style.EMPHASIS),
                plain(": "), new Span("--force", Style.CODE), plain(", see "), plain("the ADR"), plain(".")),
                GuideText.spans("**Save** or *Cancel*: `--force`, see [the ADR](docs/a.md)."));
        // A lone asterisk or a product of two names is not emphasis.
        assertEquals(List.of(plain("2 * 3 and reliability x credibility")),
                GuideText.spans("2 * 3 and reliability x credibility"));
    }

    @Test
    void theReadmesUsageSectionReadsWithNoMarkupLeft() throws IOException {
        List<Block> guide = GuideText.section(Files.readString(Path.of("README.md")), UserGuideView.FIRST_HEADING);
        assertEquals(new Heading(2, List.of(plain("Using the window"))), guide.get(0));
        List<String> headings = guide.stream().filter(b -> b instanceof Heading)
                .map(b -> text(((Heading) b).text())).toList();
        assertTrue(headings.containsAll(List.of("Working on the canvas", "Working with evidence",
                "Working with policy options", "Exporting for a briefing")), headings.toString());
        assertFalse(headings.contains("Project files"), "the guide ends where the next ## section starts");
        long tables = guide.stream().filter(b -> b instanceof Table).count();
        assertTrue(tables >= 6, "tables: " + tables);
        for (Block b : guide) {
            if (b instanceof Table t) {
                for (List<List<Span>> row : t.rows()) {
                    assertEquals(t.header().size(), row.size(), "a row of " + text(t.header().get(0)) + ": " + row);
                }
            }
            if (b instanceof Paragraph p) {
                String text = text(p.text());
                assertFalse(text.contains("**") || text.startsWith("|") || text.contains("](") || text.contains("<!--"),
                        text);
            }
        }
    }

    private static Span plain(String text) {
        return new Span(text, Style.PLAIN);
    }

    private static String text(List<Span> spans) {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }
}
