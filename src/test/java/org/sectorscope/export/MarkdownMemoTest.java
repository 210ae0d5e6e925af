package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Sector;

/** The memo's structure (a section per quadrant, then on-line and unplaced sectors) and its escaping. */
class MarkdownMemoTest {
    @Test
    void aSectionPerQuadrantInLetterOrderEachSectorUnderItsOwn() {
        Project p = ExportFixtures.small();
        String md = memo(p);
        assertTrue(md.startsWith("# Small test project\n\n*Four sectors, one per quadrant*\n\n"), md);
        assertEquals(List.of("## A) Win-Win", "## B) Destructive Victory", "## C) Harmless Failure", "## D) Lose-Lose"),
                md.lines().filter(l -> l.startsWith("## ")).toList());
        for (Sector s : p.sectors()) {
            String heading = "## " + MarkdownMemo.escape(p.quadrantOf(s).orElseThrow().label());
            int section = md.indexOf(heading);
            int sector = md.indexOf("### " + MarkdownMemo.escape(s.name()));
            int next = md.indexOf("\n## ", section + 1);
            assertTrue(section >= 0 && sector > section && (next < 0 || sector < next), s.name() + "\n" + md);
        }
        assertTrue(md.contains("x -0.6, y 0.5; placed by the source: The report calls it a success."), md);
        assertTrue(md.contains("> \u201CChinese firms dominate every stage of the supply chain.\u201D"
                + " (Scott Kennedy, ch. 1, p. 12; graded B2)"), md);
        assertTrue(md.contains("> Cheaper panels helped buyers everywhere. (graded C3)"), "a note is not quoted\n" + md);
        assertTrue(md.endsWith("---\n\nSource: Test fixture.\n"), md);
    }

    @Test
    void atMostThreeItemsStrongestGradeFirst() {
        Project small = ExportFixtures.small();
        Evidence e = small.sectors().get(0).evidence().get(0);
        List<Evidence> items = List.of(item(e, "e1", Reliability.C, 1), item(e, "e2", Reliability.A, 3),
                item(e, "e3", Reliability.F, 6), item(e, "e4", Reliability.A, 2), item(e, "e5", Reliability.B, 1));
        Project p = small.withSector(small.sectors().get(0).id(), s -> s.withEvidence(items));
        assertEquals(List.of("e4", "e2", "e5"),
                MarkdownMemo.strongest(p.sectors().get(0)).stream().map(Evidence::id).toList());
        String md = memo(p);
        assertEquals(3, md.lines().filter(l -> l.startsWith("> ") && l.contains("quote e")).count(), md);
        assertFalse(md.contains("quote e3"), md);
        assertTrue(md.indexOf("quote e4") < md.indexOf("quote e2") && md.indexOf("quote e2") < md.indexOf("quote e5"));
    }

    @Test
    void sectorsOnALineAndUnplacedOnesHaveTheirOwnSections() {
        Project small = ExportFixtures.small();
        Project p = small.withSector(small.sectors().get(0).id(), s -> s.withPosition(new Position(0.02, 0.5)))
                .withSector(small.sectors().get(1).id(), s -> s.withPosition(null));
        String md = memo(p);
        int onLine = md.indexOf("## " + MarkdownMemo.ON_LINE);
        int unplaced = md.indexOf("## " + MarkdownMemo.UNPLACED);
        assertTrue(onLine > md.indexOf("## D)") && unplaced > onLine, md);
        String solar = md.substring(onLine, unplaced);
        assertTrue(solar.contains("### Solar PV\n\nx 0.02, y 0.5 (on the A/C line, in C) Harmless Failure by its signs)"),
                solar);
        assertTrue(md.substring(unplaced).contains("### Semiconductors\n\nthe analyst's reading: "), md);
        assertTrue(md.substring(md.indexOf("## A)"), md.indexOf("## B)")).contains("No sectors."), md);
    }

    @Test
    void namesCannotMakeMarkup() {
        assertEquals("\\# \\*bold\\* \\_u\\_ \\[link\\](x) \\<b\\> \\&amp; \\`c\\` a \\| b \\~ \\!", MarkdownMemo.escape(
                "# *bold* _u_ [link](x) <b> &amp; `c` a | b ~ !"));
        assertEquals("\\- item", MarkdownMemo.escape("- item"));
        assertEquals("12\\. list", MarkdownMemo.escape("12. list"));
        assertEquals("a - b 1. c", MarkdownMemo.escape("a - b 1. c"), "only where markup could start");
        assertEquals("one two three", MarkdownMemo.escape("one\ntwo\r\n\tthree"), "one line");
        assertEquals("\u05E9\u05DC\u05D5\u05DD \uD83D\uDE00 \\]\\]\\>", MarkdownMemo.escape("\u05E9\u05DC\u05D5\u05DD \uD83D\uDE00 ]]>"));
        assertEquals("back\\\\slash", MarkdownMemo.escape("back\\slash"));

        Project small = ExportFixtures.small();
        String hostile = "# Heading\n- item <script>&[x](y)";
        Project p = small.withSector(small.sectors().get(0).id(), s -> s.withName(hostile));
        String md = memo(p);
        assertTrue(md.contains("### \\# Heading - item \\<script\\>\\&\\[x\\](y)\n"), md);
        assertFalse(md.lines().anyMatch(l -> l.startsWith("- ") || l.startsWith("# Heading")), md);
    }

    private static Evidence item(Evidence e, String id, Reliability r, int credibility) {
        return new Evidence(id, "quote " + id, null, null, null, r, credibility, e.bearing(), List.of(), null, null);
    }

    private static String memo(Project p) {
        return MarkdownMemo.text(p, ExportFixtures.request(p, ExportRequest.Format.MD));
    }
}
