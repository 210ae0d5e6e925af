package org.sectorscope.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.Project;
import org.sectorscope.store.ProjectFileException;
import org.sectorscope.store.ProjectStore;

/**
 * The sample's chapter page ranges are derived from the report text, never typed in from memory.
 *
 * <p>Page breaks in the plain text (converted from the PDF): a line that starts with exactly one space
 * and then a non-space character opens a page (" ▪ " list items excepted); a run of three or more blank
 * lines is a break too, and on three pages the footer sits right there ("26  |  China’s Uneven…",
 * "40  |  China’s Uneven…", "Kennedy  |  51"). The footers number the pages.
 *
 * <p>The text leaves two points open, and every combination fits the three footers exactly (26 to 40 is
 * 14 pages, 40 to 51 is 11), because both points only decide which page a footer or a stray line joins:
 * <ul>
 *   <li>is a footer the last line of the page before the break (where it is printed), or the first line
 *       of the page after it (where a master-page item lands when the text follows drawing order)?</li>
 *   <li>is line 398, " https://www.globalinnovationindex.org; and …", a page of its own (a full-page
 *       Figure 2.1), or the stray source line of Figure 2.1 on Chapter 2's first page, after footnote 8?</li>
 * </ul>
 * Only two combinations open Chapter 1 on page 1 with the two Preface pages before it as front matter;
 * the other two put Chapter 1 on page 0, or the Preface on pages 0 and 1. Those two readings agree on
 * Chapter 1 and disagree by one page from Chapter 2's last page on. The sample uses the drawing-order
 * reading throughout, the one its evidence pages (26, 40 and 51, the text after each footer) already
 * follow; should the printed report show the other, every range from Chapter 2 on and those three
 * pages move one page later together.
 */
class ChapterPagesTest {
    /** Opens a page: one space, then anything but a space or the list bullet. */
    private static final Pattern PAGE_OPENER = Pattern.compile("^ [^ \u25AA]");
    private static final Pattern FOOTER = Pattern.compile("^(\\d+) +\\| +\\S.*|^\\S.* +\\| +(\\d+)\\s*$");
    private static final Pattern CHAPTER = Pattern.compile("^ ?(\\d{1,2})\\. \\S");
    private static final Map<Integer, Integer> FOOTERS = Map.of(1077, 26, 1634, 40, 2044, 51);

    /** One way to settle the two open points. */
    record Reading(String name, boolean footerEndsItsPage, boolean oneLinePageIsAPage) {
    }

    static final Reading AS_PRINTED = new Reading("footer ends its page, line 398 is a page", true, true);
    static final Reading DRAWING_ORDER = new Reading("footer opens the next page, line 398 is a stray line", false, false);
    static final List<Reading> ALL = List.of(AS_PRINTED, DRAWING_ORDER,
            new Reading("footer ends its page, line 398 is a stray line", true, false),
            new Reading("footer opens the next page, line 398 is a page", false, true));

    private static List<String> lines;
    private static String missing;
    private static Project sample;

    @BeforeAll
    static void load() throws IOException, ProjectFileException {
        sample = ProjectStore.load(SampleProjectTest.SAMPLE);
        String property = System.getProperty("sectorscope.reportText");
        Path report = property == null ? null : Path.of(property);
        if (report != null && Files.isRegularFile(report)) {
            lines = Files.readString(report, StandardCharsets.UTF_8).lines().toList();
        } else {
            missing = "the report text is not beside this checkout (" + property + "); skipping the page-range check";
        }
    }

    private static void needText() {
        Assumptions.assumeTrue(lines != null, missing);
    }

    @Test
    void everyReadingReproducesTheThreeFooters() {
        needText();
        for (Reading r : ALL) {
            Pages pages = Pages.of(lines, r);
            for (var footer : FOOTERS.entrySet()) {
                int line = footer.getKey();
                assertTrue(FOOTER.matcher(lines.get(line - 1)).matches(), "line " + line + " is a footer");
                assertEquals(footer.getValue(), pages.number(line), r.name() + ": footer on line " + line);
            }
            assertEquals(FOOTERS.size(), lines.stream().filter(l -> FOOTER.matcher(l).matches()).count(),
                    "the text shows exactly three footers");
        }
    }

    @Test
    void onlyTwoReadingsOpenChapterOneOnPageOne() {
        needText();
        for (Reading r : ALL) {
            Pages pages = Pages.of(lines, r);
            int chapterOne = pages.number(chapterLines().get(0));
            boolean kept = r == AS_PRINTED || r == DRAWING_ORDER;
            assertEquals(kept, chapterOne == 1, r.name() + " opens Chapter 1 on page " + chapterOne);
            assertEquals(chapterOne - 2, pages.number(1), r.name() + ": the Preface has two pages before Chapter 1");
        }
    }

    @Test
    void everyChapterOpensAPageSoItsPredecessorEndsOnThePageBefore() {
        needText();
        List<Integer> chapters = chapterLines();
        assertEquals(11, chapters.size());
        for (Reading r : List.of(AS_PRINTED, DRAWING_ORDER)) {
            Pages pages = Pages.of(lines, r);
            for (int line : chapters) {
                assertTrue(pages.opensPage(line), r.name() + ": chapter heading on line " + line + " opens a page");
            }
        }
    }

    @Test
    void theTwoReadingsGiveTheseRanges() {
        needText();
        assertEquals(List.of("1-7", "8-12", "13-16", "17-21", "22-29", "30-33", "34-37", "38-42", "43-47",
                "48-51", "52-54"), List.copyOf(ranges(AS_PRINTED).values()));
        assertEquals(List.of("1-7", "8-11", "12-15", "16-20", "21-28", "29-32", "33-36", "37-41", "42-46",
                "47-50", "51-53"), List.copyOf(ranges(DRAWING_ORDER).values()));
    }

    /**
     * The sample follows one reading for the whole file: the drawing-order one, because its evidence
     * pages (26, 40, 51) number the text after each footer that way. So a quote's page always falls in
     * its chapter's range; under the other reading every range from Chapter 2 on is one page later.
     */
    @Test
    void theSampleCarriesTheDrawingOrderRangesAndItsQuotesFallInsideThem() {
        needText();
        Map<String, String> drawn = ranges(DRAWING_ORDER);
        Map<String, String> actual = new LinkedHashMap<>();
        for (String id : drawn.keySet()) {
            actual.put(id, sample.source(id).orElseThrow(() -> new AssertionError("no source " + id)).pages());
        }
        assertEquals(drawn, actual);
        assertEquals(null, sample.source("preface").orElseThrow().pages(), "the Preface is front matter before page 1");
        int checked = 0;
        for (var sector : sample.sectors()) {
            for (var e : sector.evidence()) {
                if (e.page() == null || e.sourceId() == null) {
                    continue;
                }
                String[] range = sample.source(e.sourceId()).orElseThrow().pages().split("-");
                int page = Integer.parseInt(e.page());
                assertTrue(page >= Integer.parseInt(range[0]) && page <= Integer.parseInt(range[1]),
                        e.id() + " on page " + page + " lies outside " + e.sourceId() + " (" + range[0] + "-" + range[1] + ")");
                checked++;
            }
        }
        assertEquals(3, checked, "the three evidence items with a page");
    }

    /**
     * A placement's locator "p. N" is the page its quote starts on, under the reading the sample follows;
     * the robotics placement (Kennedy, Chapter 1) is on a page both readings agree on.
     */
    @Test
    void placementLocatorsGiveThePageTheirQuoteStartsOn() {
        needText();
        Pages drawn = Pages.of(lines, DRAWING_ORDER);
        Pages printed = Pages.of(lines, AS_PRINTED);
        int checked = 0;
        for (var sector : sample.sectors()) {
            var placement = sector.placement();
            if (placement.locator() == null || !placement.locator().startsWith("p. ")) {
                continue;
            }
            assertTrue(placement.quote() != null, sector.id() + ": a page locator comes with the quote found there");
            int line = lineOf(placement.quote());
            int page = Integer.parseInt(placement.locator().substring(3));
            assertEquals(drawn.number(line), page, sector.id() + ": quote on line " + line);
            String[] range = sample.source(placement.sourceId()).orElseThrow().pages().split("-");
            assertTrue(page >= Integer.parseInt(range[0]) && page <= Integer.parseInt(range[1]), sector.id());
            if (sector.id().equals("robotics")) {
                assertEquals(7, page);
                assertEquals(page, printed.number(line), "both readings put Kennedy's Category B sentence on p. 7");
            }
            checked++;
        }
        assertTrue(checked >= 1, "the robotics placement carries a page");
    }

    /** The 1-based line on which {@code quote} starts, matching as the verbatim check does (whitespace, quotes). */
    private static int lineOf(String quote) {
        StringBuilder text = new StringBuilder();
        List<Integer> lineAt = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String n = SampleProjectTest.normalise(lines.get(i));
            if (n.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
                lineAt.add(i + 1);
            }
            for (int k = 0; k < n.length(); k++) {
                text.append(n.charAt(k));
                lineAt.add(i + 1);
            }
        }
        int at = text.indexOf(SampleProjectTest.normalise(quote));
        assertTrue(at >= 0, "quote not in the text: " + quote);
        assertEquals(-1, text.indexOf(SampleProjectTest.normalise(quote), at + 1), "quote occurs once: " + quote);
        return lineAt.get(at);
    }

    /** Chapter source id ("ch01") to its page range, derived under one reading. */
    private static Map<String, String> ranges(Reading r) {
        Pages pages = Pages.of(lines, r);
        List<Integer> chapters = chapterLines();
        Map<String, String> ranges = new LinkedHashMap<>();
        for (int i = 0; i < chapters.size(); i++) {
            int first = pages.number(chapters.get(i));
            int last = i + 1 < chapters.size() ? pages.number(chapters.get(i + 1)) - 1 : pages.lastTextPage();
            ranges.put(String.format("ch%02d", i + 1), first + "-" + last);
        }
        return ranges;
    }

    /** 1-based lines of the chapter headings " 1. Touching the Elephant…" … "11. For Cooperative…", in order. */
    private static List<Integer> chapterLines() {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = CHAPTER.matcher(lines.get(i));
            if (m.find() && Integer.parseInt(m.group(1)) == found.size() + 1) {
                found.add(i + 1);
            }
        }
        return found;
    }

    /** The pages of the text under one reading: where each starts, numbered by the first footer. */
    record Pages(List<String> lines, List<Integer> starts, int offset) {
        static Pages of(List<String> lines, Reading r) {
            List<Integer> starts = new ArrayList<>(List.of(1));
            int blanks = 0;
            boolean afterFooter = false;
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    blanks++;
                    continue;
                }
                boolean footer = FOOTER.matcher(line).matches();
                boolean opens = footer
                        ? blanks >= 3 && !r.footerEndsItsPage()
                        : PAGE_OPENER.matcher(line).find() || blanks >= 3 || afterFooter && r.footerEndsItsPage();
                if (opens) {
                    starts.add(i + 1);
                }
                blanks = 0;
                afterFooter = footer;
            }
            if (!r.oneLinePageIsAPage()) {
                starts = withoutOneLinePages(starts, lines);
            }
            Pages unnumbered = new Pages(lines, List.copyOf(starts), 0);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FOOTER.matcher(lines.get(i));
                if (m.matches()) {
                    int printed = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                    return new Pages(lines, List.copyOf(starts), printed - unnumbered.number(i + 1));
                }
            }
            throw new AssertionError("the text shows no page footer");
        }

        /** A "page" holding a single line is a stray line of the page before (line 398). */
        private static List<Integer> withoutOneLinePages(List<Integer> starts, List<String> lines) {
            List<Integer> kept = new ArrayList<>();
            for (int k = 0; k < starts.size(); k++) {
                int end = k + 1 < starts.size() ? starts.get(k + 1) - 1 : lines.size();
                long text = lines.subList(starts.get(k) - 1, end).stream().filter(l -> !l.isBlank()).count();
                if (text > 1) {
                    kept.add(starts.get(k));
                }
            }
            return kept;
        }

        private int index(int line) {
            int k = 0;
            while (k + 1 < starts.size() && starts.get(k + 1) <= line) {
                k++;
            }
            return k;
        }

        /** The printed number of the page holding a 1-based line. */
        int number(int line) {
            return index(line) + offset;
        }

        /** Whether the line is the first text on its page, a footer aside. */
        boolean opensPage(int line) {
            for (int i = starts.get(index(line)); i < line; i++) {
                String before = lines.get(i - 1);
                if (!before.isBlank() && !FOOTER.matcher(before).matches()) {
                    return false;
                }
            }
            return true;
        }

        /** The page the text ends on; it must be a partial page, so the last chapter ends there too. */
        int lastTextPage() {
            int lastText = lines.size();
            while (lines.get(lastText - 1).isBlank()) {
                lastText--;
            }
            int last = starts.size() - 1;
            int lastLength = lastText - starts.get(last) + 1;
            int before = starts.get(last) - starts.get(last - 1);
            assertTrue(lastLength < before, "the text ends on a partial page: " + lastLength + " lines against " + before);
            return number(lastText);
        }
    }
}
