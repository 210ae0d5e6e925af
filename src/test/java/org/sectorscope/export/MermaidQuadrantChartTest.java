package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Axis;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.TestProjects;

/** The Mermaid text: quadrants by where they sit, points mapped to [0, 1], the selection, and names that cannot break it. */
class MermaidQuadrantChartTest {
    /** A line Mermaid reads as a point: a quoted name, two coordinates as its lexer takes them, a colour. */
    private static final Pattern POINT = Pattern.compile(
            " {4}\"([^\"]*)\": \\[(0|1|0\\.\\d+), (0|1|0\\.\\d+)\\] color: #[0-9a-f]{6}");
    private static final Pattern ENTITY = Pattern.compile("#(\\d+);");

    @Test
    void theSmallProjectLineByLine() {
        Project p = ExportFixtures.small();
        List<String> lines = chart(p).lines().toList();
        assertEquals("%%{init: {\"quadrantChart\": {\"chartWidth\": 1200, \"chartHeight\": 800}, \"themeVariables\":"
                + " {\"quadrant1Fill\": \"#DCE6F2\", \"quadrant2Fill\": \"#DCEBD5\", \"quadrant3Fill\": \"#F6E3C6\","
                + " \"quadrant4Fill\": \"#F2D7D5\"}}}%%", lines.get(0), "the request's size; C, A, B, D's colours");
        assertEquals(List.of("quadrantChart", "    title Small test project"), lines.subList(1, 3));
        assertEquals("    accDescr: Four sectors, one per quadrant. Sectoral outcomes. x#58; Innovation outcomes in China,"
                + " Success to Failure. y#58; Effect on the global sector, Destructive to Constructive. Source#58; Test"
                + " fixture.", lines.get(3));
        assertEquals(List.of("    x-axis \"Success\" --> \"Failure\"", "    y-axis \"Destructive\" --> \"Constructive\"",
                "    quadrant-1 \"C) Harmless Failure\"", "    quadrant-2 \"A) Win-Win\"",
                "    quadrant-3 \"B) Destructive Victory\"", "    quadrant-4 \"D) Lose-Lose\"",
                "    \"Solar PV\": [0.2, 0.75] color: #9b2c2c", "    \"Semiconductors\": [0.3, 0.15] color: #9b2c2c",
                "    \"Biotech\": [0.75, 0.8] color: #2f855a", "    \"Commercial aircraft\": [0.85, 0.35] color: #9b2c2c"),
                lines.subList(4, lines.size()));
    }

    /** Mermaid's quadrant-1 is top right, 2 top left, 3 bottom left, 4 bottom right, whatever the letters say. */
    @Test
    void quadrantsGoWhereTheFrameworkPutsThemNotByLetter() {
        Framework turned = new Framework("Turned", new Axis("Across", "West", "East"), new Axis("Up", "South", "North"),
                List.of(new Quadrant(Side.HIGH, Side.HIGH, "A", "North-east", "#111111"),
                        new Quadrant(Side.HIGH, Side.LOW, "B", "South-east", "#222222"),
                        new Quadrant(Side.LOW, Side.LOW, "C", "South-west", "#333333"),
                        new Quadrant(Side.LOW, Side.HIGH, "D", "North-west", "#444444")));
        Project p = ExportFixtures.small().withFramework(turned);
        String text = MermaidQuadrantChart.text(p, ExportFixtures.request(p, ExportRequest.Format.MERMAID).withSize(900, 600));
        assertTrue(text.contains("    x-axis \"West\" --> \"East\"\n    y-axis \"South\" --> \"North\"\n"
                + "    quadrant-1 \"A) North-east\"\n    quadrant-2 \"D) North-west\"\n    quadrant-3 \"C) South-west\"\n"
                + "    quadrant-4 \"B) South-east\"\n"), text);
        assertTrue(text.startsWith("%%{init: {\"quadrantChart\": {\"chartWidth\": 900, \"chartHeight\": 600},"
                + " \"themeVariables\": {\"quadrant1Fill\": \"#111111\", \"quadrant2Fill\": \"#444444\","
                + " \"quadrant3Fill\": \"#333333\", \"quadrant4Fill\": \"#222222\"}}}%%\n"), text);
    }

    @Test
    void positionsMapFromMinusOneToOneOntoZeroToOneWithYUp() {
        assertEquals("0", MermaidQuadrantChart.coordinate(-1));
        assertEquals("1", MermaidQuadrantChart.coordinate(1));
        assertEquals("0.5", MermaidQuadrantChart.coordinate(0), "on a dividing line: on Mermaid's");
        assertEquals("0.49995", MermaidQuadrantChart.coordinate(-0.0001), "just off the line stays off it");
        assertEquals("0.50005", MermaidQuadrantChart.coordinate(0.0001));
        assertEquals("0.05", MermaidQuadrantChart.coordinate(-0.9));
        assertEquals("0.99995", MermaidQuadrantChart.coordinate(0.9999));

        Project small = ExportFixtures.small();
        Project p = small.withSector(TestProjects.SOLAR, s -> s.withPosition(new Position(0, 0)))
                .withSector(TestProjects.CHIPS, s -> s.withPosition(new Position(-1, 1)))
                .withSector(TestProjects.BIOTECH, s -> s.withPosition(new Position(1, -1)))
                .withSector(TestProjects.AIRCRAFT, s -> s.withPosition(new Position(-0.0001, 0.05)));
        assertEquals(List.of("Solar PV [0.5, 0.5]", "Semiconductors [0, 1]", "Biotech [1, 0]",
                "Commercial aircraft [0.49995, 0.525]"), points(chart(p)));
    }

    @Test
    void onlyTheSectorsTheRequestIncludesPlacedOnesInProjectOrder() {
        Project small = ExportFixtures.small();
        Project p = small.withSector(TestProjects.BIOTECH, s -> s.withPosition(null));
        ExportRequest r = ExportFixtures.request(p, ExportRequest.Format.MERMAID)
                .withSectorIds(List.of(TestProjects.AIRCRAFT, TestProjects.BIOTECH, "no-such-sector", TestProjects.CHIPS));
        assertEquals(List.of("Semiconductors [0.3, 0.15]", "Commercial aircraft [0.85, 0.35]"),
                points(MermaidQuadrantChart.text(p, r)), "unplaced and unknown ids skipped");
        assertEquals(3, points(chart(p)).size(), "every placed sector by default");
    }

    @Test
    void twoSectorsOfOneNameAreTwoPoints() {
        Project small = ExportFixtures.small();
        Project p = small.withSector(TestProjects.CHIPS, s -> s.withName("Solar PV"));
        assertEquals(List.of("Solar PV [0.2, 0.75]", "Solar PV [0.3, 0.15]", "Biotech [0.75, 0.8]",
                "Commercial aircraft [0.85, 0.35]"), points(chart(p)));
    }

    @Test
    void syntaxInANameIsWrittenAsMermaidEntities() {
        assertEquals("A) Win-Win", MermaidQuadrantChart.escape("A) Win-Win"), "safe in quotes as it is");
        assertEquals("#34;quoted#34; #35;35; 100#37;#37;{init} #96;md#96; a#58; b --#62; c #60;b#62; #38; x#61;1",
                MermaidQuadrantChart.escape("\"quoted\" #35; 100%%{init} `md` a: b --> c <b> & x=1"));
        assertEquals("#64258;\u00B0 #182;\u00DF nb#160;sp", MermaidQuadrantChart.escape("\uFB02\u00B0 \u00B6\u00DF nb\u00A0sp"),
                "the markers of Mermaid's entity decoding, and what its sanitiser turns into &nbsp;");
        assertEquals("one two   three", MermaidQuadrantChart.escape("one\ntwo\r\n\tthree\u2028"), "each break a space");
        assertEquals("A\uFFFDB \uFFFD", MermaidQuadrantChart.escape("A\u0001B \uD800"), "nothing XML forbids");
        assertEquals("\" \"", MermaidQuadrantChart.quoted("  "), "Mermaid refuses an empty string");
        String rtl = "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD \uD83D\uDE80 \uD83D\uDC69\u200D\uD83D\uDCBB";
        assertEquals(rtl, MermaidQuadrantChart.escape(rtl), "RTL and emoji as they are");
    }

    @Test
    void aLongTextIsCutWithAnEllipsisNeverInsideAPair() {
        String emoji = "\uD83D\uDE80";
        String cut = MermaidQuadrantChart.escape("x".repeat(MermaidQuadrantChart.MAX_TEXT - 2) + emoji.repeat(1000));
        assertEquals("x".repeat(MermaidQuadrantChart.MAX_TEXT - 2) + emoji + "\u2026", cut);
        assertEquals(MermaidQuadrantChart.MAX_TEXT, cut.codePointCount(0, cut.length()));
        String exact = "y".repeat(MermaidQuadrantChart.MAX_TEXT);
        assertEquals(exact, MermaidQuadrantChart.escape(exact), "no cut at the limit");
    }

    /** Every line of a hostile project's chart has the shape Mermaid parses, and every name reads back. */
    @Test
    void hostileNamesKeepEveryLineInShapeAndReadBack() {
        Project small = ExportFixtures.small();
        List<String> names = List.of("\"]: [0.1, 0.2] color: #000000\n    quadrant-1 \"pwned",
                "%%{init: {\"theme\": \"dark\"}}%% style: #fff; classDef x fill:#f00;",
                "\uFB02\u00B0\u00B060\u00B6\u00DF & #60; <script>alert(1)</script> ]]>", "");
        List<Sector> sectors = new ArrayList<>(small.sectors());
        for (int i = 0; i < sectors.size(); i++) {
            sectors.set(i, sectors.get(i).withName(names.get(i)));
        }
        Project p = small.withSectors(sectors).withFramework(new Framework("F", new Axis("X", "", "%%"),
                new Axis("Y", "-->", ":"), List.of(new Quadrant(Side.LOW, Side.HIGH, "A", "\"q\"", "#DCEBD5"),
                        new Quadrant(Side.LOW, Side.LOW, "B", "`b`", "#F6E3C6"),
                        new Quadrant(Side.HIGH, Side.HIGH, "C", "<c>", "#DCE6F2"),
                        new Quadrant(Side.HIGH, Side.LOW, "D", "d\nd", "#F2D7D5"))));
        String text = chart(p);
        List<String> lines = text.lines().toList();
        assertEquals(4 + 2 + 4 + 4, lines.size(), text);
        assertTrue(lines.get(0).startsWith("%%{init: ") && lines.get(1).equals("quadrantChart"), text);
        for (String line : lines.subList(1, lines.size())) {
            assertFalse(line.contains("%"), "no comment or directive: " + line);
            assertFalse(line.matches(".*#(?!\\d+;)(?![0-9a-f]{6}$).*"), "a # is an entity or the colour: " + line);
        }
        assertEquals("    x-axis \" \" --> \"#37;#37;\"", lines.get(4));
        assertEquals("    y-axis \"--#62;\" --> \"#58;\"", lines.get(5));
        assertEquals(List.of("C) <c>", "A) \"q\"", "B) `b`", "D) d d"), lines.subList(6, 10).stream()
                .map(l -> decode(l.substring(l.indexOf('"') + 1, l.length() - 1))).toList());
        List<String> shown = new ArrayList<>();
        for (String line : lines.subList(10, lines.size())) {
            Matcher m = POINT.matcher(line);
            assertTrue(m.matches(), line);
            shown.add(decode(m.group(1)));
        }
        assertEquals(List.of(names.get(0).replace('\n', ' '), names.get(1), names.get(2), " "), shown);
    }

    private static String chart(Project p) {
        return MermaidQuadrantChart.text(p, ExportFixtures.request(p, ExportRequest.Format.MERMAID));
    }

    /** "NAME [x, y]" of each point line, the name decoded. */
    private static List<String> points(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = POINT.matcher(line);
            if (m.matches()) {
                out.add(decode(m.group(1)) + " [" + m.group(2) + ", " + m.group(3) + "]");
            }
        }
        return out;
    }

    /** What Mermaid shows for a quoted text: each "#NN;" the character NN. */
    static String decode(String escaped) {
        return ENTITY.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement(
                Character.toString(Integer.parseInt(m.group(1)))));
    }
}
