package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.sectorscope.logic.BriefingDeck;
import org.sectorscope.logic.BriefingOptions;
import org.sectorscope.logic.OptionRanking;
import org.sectorscope.model.Criterion;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Targets;
import org.sectorscope.model.TestProjects;

/** The PPTX deck read back with POI: its slides, titles, native text and tables, sizes and sections. */
class BriefingDeckPptxTest {
    static XMLSlideShow read(Project p, ExportRequest r) throws IOException {
        return new XMLSlideShow(new ByteArrayInputStream(ExportFixtures.bytes(p, r)));
    }

    static ExportRequest deck(Project p) {
        return ExportFixtures.request(p, ExportRequest.Format.DECK);
    }

    /** The titles the layout gives the deck's slides, null for the cover. */
    static List<String> laidOutTitles(Project p, ExportRequest r) {
        return DeckSlides.of(p, BriefingDeck.of(p, r.date()), r.title(), PptxExporter.slideSize(r)).stream()
                .map(DeckSlide::title).toList();
    }

    static List<String> titles(XMLSlideShow show) {
        return show.getSlides().stream().map(XSLFSlide::getTitle).toList();
    }

    /** Every text of a slide: its text boxes' and its tables' cells', one per line. */
    static String text(XSLFSlide slide) {
        List<String> out = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
                out.add(t.getText());
            } else if (shape instanceof XSLFTable t) {
                t.getRows().forEach(row -> row.getCells().forEach(c -> out.add(c.getText())));
            }
        }
        return String.join("\n", out);
    }

    private static List<XSLFTable> tables(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTable.class::isInstance).map(XSLFTable.class::cast).toList();
    }

    @Test
    void theSampleDeckHoldsEverySectionInOrderOnSlidesOfItsOwn() throws Exception {
        Project p = ExportFixtures.sample();
        ExportRequest r = deck(p);
        try (XMLSlideShow show = read(p, r)) {
            assertEquals(new Dimension(960, 540), show.getPageSize());
            List<String> titles = titles(show);
            assertEquals(laidOutTitles(p, r), titles);
            assertNull(titles.get(0), "the cover has no slide title");
            assertEquals(p.info().title(), titles.get(1), "the figure's slide");
            List<String> expected = List.of("A) Win-Win", "B) Destructive Victory", "C) Harmless Failure",
                    "D) Lose-Lose", BriefingDeck.ON_LINE, "Policy options, ranked by weighted score",
                    "The top options compared", "What would change the ranking", "Sources");
            List<String> firsts = titles.stream().skip(2).filter(t -> !t.endsWith("(continued)")).toList();
            assertEquals(expected, firsts);
            String cover = text(show.getSlides().get(0));
            assertTrue(cover.contains(p.info().title()) && cover.contains(p.info().subtitle())
                    && cover.contains(p.info().author()) && cover.contains("29 November 2026"), cover);
            String all = show.getSlides().stream().map(BriefingDeckPptxTest::text).collect(Collectors.joining("\n"));
            for (Sector s : p.sectors()) {
                assertTrue(all.contains(s.name()), s.name());
            }
            assertTrue(all.contains("placed by the report (Kennedy, Figure 1.2, CSIS 2020)"), "credited to the report");
            assertTrue(all.contains("Rationale: "));
            assertTrue(all.contains("; graded B2 \u2014 \u201C"), "quotes with their source and grade");
        }
    }

    @Test
    void theOptionsMatrixIsANativeTableOfRanksScoresWeightsAndTotals() throws Exception {
        Project p = ExportFixtures.sample();
        try (XMLSlideShow show = read(p, deck(p))) {
            List<XSLFTable> pieces = show.getSlides().stream()
                    .filter(s -> s.getTitle() != null && s.getTitle().startsWith("Policy options, ranked"))
                    .flatMap(s -> tables(s).stream()).toList();
            assertFalse(pieces.isEmpty());
            List<Criterion> criteria = p.criteria();
            List<OptionRanking.RankedOption> ranked = OptionRanking.rank(p);
            int row = 0;
            for (XSLFTable table : pieces) {
                assertEquals(criteria.size() + 3, table.getNumberOfColumns());
                assertEquals("Rank", table.getCell(0, 0).getText(), "each piece under its header row");
                assertEquals("Total", table.getCell(0, criteria.size() + 2).getText());
                for (int c = 0; c < criteria.size(); c++) {
                    String head = table.getCell(0, c + 2).getText();
                    String share = Math.round(OptionRanking.normalisedWeight(criteria, criteria.get(c)) * 100) + "%";
                    assertTrue(head.endsWith("\n" + share), head);
                }
                for (int r = 1; r < table.getNumberOfRows(); r++, row++) {
                    OptionRanking.RankedOption o = ranked.get(row);
                    assertEquals(Integer.toString(o.rank()), table.getCell(r, 0).getText());
                    assertTrue(table.getCell(r, 1).getText().startsWith(o.option().name()), table.getCell(r, 1).getText());
                    for (int c = 0; c < criteria.size(); c++) {
                        String score = o.option().score(criteria.get(c).id()).map(Score::value).map(String::valueOf)
                                .orElse("\u2013");
                        assertEquals(score, table.getCell(r, c + 2).getText());
                    }
                    assertEquals(DeckTables.total(o.total()), table.getCell(r, criteria.size() + 2).getText());
                }
            }
            assertEquals(ranked.size(), row, "every option, once");
            XSLFTable compared = show.getSlides().stream().filter(s -> "The top options compared".equals(s.getTitle()))
                    .flatMap(s -> tables(s).stream()).findFirst().orElseThrow();
            assertEquals(BriefingOptions.TOP_OPTIONS + 1, compared.getNumberOfColumns());
            assertTrue(compared.getCell(0, 1).getText().endsWith(ranked.get(0).option().name()));
            int totals = compared.getNumberOfRows() - 2;
            assertEquals("Weighted total", compared.getCell(totals, 0).getText());
            assertEquals(DeckTables.total(ranked.get(0).total()), compared.getCell(totals, 1).getText());
            assertEquals("the best", compared.getCell(totals + 1, 1).getText());
        }
    }

    @Test
    void aFourByThreeRequestGetsFourByThreeSlides() throws Exception {
        Project p = ExportFixtures.small();
        ExportRequest r = SizePreset.SLIDE_4_3.apply(deck(p), ExportRequest.DEFAULT_DPI);
        try (XMLSlideShow show = read(p, r)) {
            assertEquals(new Dimension(720, 540), show.getPageSize());
            assertEquals(laidOutTitles(p, r), titles(show));
        }
    }

    @Test
    void onlyTheChosenSectionsGoIn() throws Exception {
        Project p = ExportFixtures.small().withDeck(DeckSections.of(List.of(DeckSection.TITLE, DeckSection.SOURCES)));
        try (XMLSlideShow show = read(p, deck(p))) {
            assertEquals(java.util.Arrays.asList(null, "Sources"), titles(show));
        }
        Project figureOnly = ExportFixtures.small().withDeck(DeckSections.of(List.of(DeckSection.FIGURE)));
        try (XMLSlideShow show = read(figureOnly, deck(figureOnly))) {
            assertEquals(List.of(TestProjects.TITLE), titles(show));
            assertTrue(show.getSlides().get(0).getShapes().size() > 1, "the figure slide holds the figure");
        }
    }

    @Test
    void aLongQuadrantAndALongTableContinueOnFurtherSlidesAndNothingRunsOffOne() throws Exception {
        Project p = crowded(60, 40);
        ExportRequest r = deck(p);
        try (XMLSlideShow show = read(p, r)) {
            List<String> titles = titles(show);
            assertTrue(titles.contains("A) Win-Win (continued)"), titles.toString());
            assertTrue(titles.contains("Policy options, ranked by weighted score (continued)"), titles.toString());
            String all = show.getSlides().stream().map(BriefingDeckPptxTest::text).collect(Collectors.joining("\n"));
            for (Sector s : p.sectors()) {
                assertTrue(all.contains(s.name() + "\n"), s.name());
            }
            for (PolicyOption o : p.options()) {
                assertTrue(all.contains(o.name()), o.name());
            }
            double bottom = show.getPageSize().height - DeckFlow.FOOTER_ROOM + 0.5;
            for (XSLFSlide slide : show.getSlides().subList(2, show.getSlides().size())) { // the deck's own slides
                for (XSLFShape shape : slide.getShapes()) {
                    Rectangle2D box = shape.getAnchor();
                    boolean footer = shape instanceof XSLFTextShape t && t.getText().contains(" of ")
                            && box.getY() > bottom;
                    assertTrue(footer || box.getMaxY() <= bottom, slide.getTitle() + ": " + box);
                    assertTrue(box.getMaxX() <= show.getPageSize().width, slide.getTitle() + ": " + box);
                }
            }
            long pieces = show.getSlides().stream().flatMap(s -> tables(s).stream())
                    .filter(t -> t.getCell(0, 0).getText().equals("Rank")).count();
            assertTrue(pieces >= 2, "the matrix's header heads each piece");
        }
    }

    @Test
    void anEmptyProjectMakesADeckThatSaysWhatItLacks() throws Exception {
        Project empty = Project.empty("Nothing yet");
        try (XMLSlideShow show = read(empty, deck(empty))) {
            List<String> titles = titles(show);
            assertEquals(java.util.Arrays.asList(null, "Nothing yet", "A) Win-Win", "B) Destructive Victory",
                    "C) Harmless Failure", "D) Lose-Lose", "Policy options, ranked by weighted score",
                    "The top options compared", "What would change the ranking", "Sources"), titles);
            String all = show.getSlides().stream().map(BriefingDeckPptxTest::text).collect(Collectors.joining("\n"));
            for (String said : List.of("No sectors are placed in this quadrant.", "The project has no policy options yet.",
                    "There are fewer than two policy options: nothing to compare.",
                    "The project has fewer than two policy options", "The project names no sources.",
                    "No sector is placed yet.")) {
                assertTrue(all.contains(said), said);
            }
        }
    }

    /** The small project with {@code sectors} in A, each with three evidence items, and {@code options} options. */
    static Project crowded(int sectors, int options) {
        Project small = ExportFixtures.small();
        Sector solar = small.sector(TestProjects.SOLAR).orElseThrow();
        List<Sector> list = new ArrayList<>(small.sectors());
        for (int i = 0; i < sectors; i++) {
            double x = -0.1 - 0.85 * i / sectors;
            String suffix = "-" + i;
            list.add(new Sector("sector-extra-" + i, "Extra sector " + i, null, null, new Position(x, 0.5),
                    solar.placement(), solar.evidence().stream().map(e -> new Evidence(e.id() + suffix, e.quote(),
                            e.note(), e.sourceId(), e.page(), e.reliability(), e.credibility(), e.bearing(), e.tags(),
                            e.added(), Extras.NONE)).toList(), Extras.NONE));
        }
        List<PolicyOption> opts = new ArrayList<>(small.options());
        IntStream.range(0, options).forEach(i -> opts.add(new PolicyOption("opt-extra-" + i, "Extra option " + i, null,
                null, Targets.NONE, null, List.of(new Score(TestProjects.GROWTH, 1 + i % 5, null, Extras.NONE)),
                Extras.NONE)));
        return small.withSectors(list).withOptions(opts);
    }
}
