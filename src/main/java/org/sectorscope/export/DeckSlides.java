package org.sectorscope.export;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.sectorscope.logic.BriefingDeck;
import org.sectorscope.logic.BriefingDeck.EvidenceBrief;
import org.sectorscope.logic.BriefingDeck.SectorBrief;
import org.sectorscope.logic.BriefingDeck.SectorList;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;

/**
 * The briefing deck laid out on slides of one size: the cover, the figure's slide (drawn by the writers),
 * the sector lists, the options ({@link DeckTables}), what would change the ranking and the sources, each
 * section continued on further slides as it needs ({@link DeckFlow}). Every slide but the cover and the
 * figure gets a footer with the project's title and its number.
 */
final class DeckSlides {
    static final Font COVER_TITLE = ExportFonts.bold(34);
    static final Font COVER_SUBTITLE = ExportFonts.regular(20);
    static final Font COVER_AUTHOR = ExportFonts.regular(16);
    static final Font COVER_DATE = ExportFonts.regular(14);
    static final Font INTRO = ExportFonts.regular(11);
    static final Font NAME = ExportFonts.bold(14);
    static final Font DETAIL = ExportFonts.regular(10);
    static final Font RATIONALE = ExportFonts.regular(12);
    static final Font QUOTE = ExportFonts.regular(11);
    static final Font MORE = ExportFonts.regular(9);
    static final Font HEADING = ExportFonts.bold(14);
    static final Font ITEM = ExportFonts.regular(12);
    static final Font SMALL = ExportFonts.regular(11);
    /** How far evidence sits in from its sector's name. */
    static final double QUOTE_INDENT = 14;

    private DeckSlides() {
    }

    /** What the writers report as done once the deck is laid out; writing its slides takes it to 0.85. */
    static final double LAID_OUT = 0.15;
    private static final double WRITTEN = 0.85;

    /** Writes one slide, reporting its own progress from 0 to 1. */
    interface SlideWriter {
        void write(DeckSlide slide, DoubleConsumer progress) throws IOException;
    }

    /** The request's deck laid out on slides of the request's size, reported as 0 to {@link #LAID_OUT}. */
    static List<DeckSlide> of(Project project, ExportRequest request, DoubleConsumer progress) {
        BriefingDeck deck = BriefingDeck.of(project, request.date());
        progress.accept(LAID_OUT / 3);
        List<DeckSlide> slides = of(project, deck, request.title(), PptxExporter.slideSize(request));
        progress.accept(LAID_OUT);
        return slides;
    }

    /** Each slide through {@code writer}, in order, each its share of the progress after the layout. */
    static void each(List<DeckSlide> slides, DoubleConsumer progress, SlideWriter writer) throws IOException {
        for (int i = 0; i < slides.size(); i++) {
            double from = LAID_OUT + (WRITTEN - LAID_OUT) * i / slides.size();
            double to = LAID_OUT + (WRITTEN - LAID_OUT) * (i + 1) / slides.size();
            writer.write(slides.get(i), Progress.range(progress, from, to));
            progress.accept(to);
        }
    }

    /** The slides of {@code deck}; {@code figureTitle} is the figure slide's title. */
    static List<DeckSlide> of(Project project, BriefingDeck deck, String figureTitle, Dimension size) {
        DeckFlow flow = new DeckFlow(size);
        if (deck.cover() != null) {
            flow.slide(cover(project, deck.cover(), size));
        }
        if (deck.figure()) {
            flow.slide(new DeckSlide(DeckFlow.title(figureTitle, false, flow.width()), true, List.of(), null));
        }
        for (SectorList list : deck.quadrants()) {
            sectors(flow, list);
        }
        if (deck.options() != null) {
            DeckTables.options(flow, deck.options());
        }
        if (deck.swaps() != null) {
            swaps(flow, deck.swaps());
        }
        if (deck.sources() != null) {
            sources(flow, deck.sources());
        }
        return numbered(flow.slides(), project.info().title(), flow.width(), size);
    }

    /** Title, subtitle, a band of the quadrants' colours, author and date, left-aligned, centred from top to bottom. */
    private static DeckSlide cover(Project project, BriefingDeck.Cover cover, Dimension size) {
        double x = 2 * PptxExporter.MARGIN;
        double width = size.width - 2 * x;
        List<DeckSlide.Para> top = new ArrayList<>();
        top.add(new DeckSlide.Para(cover.title(), COVER_TITLE, Palette.INK, 3));
        if (cover.subtitle() != null) {
            top.add(new DeckSlide.Para(cover.subtitle(), COVER_SUBTITLE, Palette.MUTED, 2).after(8));
        }
        List<DeckSlide.Para> bottom = new ArrayList<>();
        if (cover.author() != null) {
            bottom.add(new DeckSlide.Para(cover.author(), COVER_AUTHOR, Palette.INK, 2));
        }
        if (cover.date() != null) {
            bottom.add(new DeckSlide.Para(FooterBlock.formatDate(cover.date()), COVER_DATE, Palette.MUTED, 1)
                    .after(bottom.isEmpty() ? 0 : 4));
        }
        List<DeckSlide.Laid> upper = DeckSlide.lay(top, width);
        List<DeckSlide.Laid> lower = DeckSlide.lay(bottom, width);
        double band = 8;
        double gap = 22;
        double total = DeckSlide.height(upper) + gap + band + (lower.isEmpty() ? 0 : gap + DeckSlide.height(lower));
        double y = Math.max(PptxExporter.MARGIN, (size.height - total) / 2);
        List<DeckSlide.Item> items = new ArrayList<>();
        items.add(new DeckSlide.Text(new Rectangle2D.Double(x, y, width, DeckSlide.height(upper)), upper));
        y += DeckSlide.height(upper) + gap;
        List<Quadrant> quadrants = project.framework().quadrants().stream()
                .sorted(Comparator.comparing(Quadrant::letter)).toList();
        for (int i = 0; i < quadrants.size(); i++) {
            items.add(new DeckSlide.Band(new Rectangle2D.Double(x + i * 56, y, 52, band),
                    Palette.hex(quadrants.get(i).color())));
        }
        y += band + gap;
        if (!lower.isEmpty()) {
            items.add(new DeckSlide.Text(new Rectangle2D.Double(x, y, width, DeckSlide.height(lower)), lower));
        }
        return new DeckSlide(null, false, items, null);
    }

    /** A sector list: what the list is, then each sector as a block. */
    private static void sectors(DeckFlow flow, SectorList list) {
        Quadrant q = list.quadrant();
        flow.section(list.heading(), q == null ? Palette.LINE : Palette.hex(q.color()));
        flow.block(List.of(new DeckSlide.Para(list.description(), INTRO, Palette.MUTED, 3)));
        if (list.sectors().isEmpty()) {
            flow.block(List.of(new DeckSlide.Para("No sectors are placed in this quadrant.", ITEM, Palette.MUTED, 1)));
        }
        for (SectorBrief s : list.sectors()) {
            flow.block(sector(s));
        }
    }

    /**
     * Name; driver, where and whose placement; the rationale on one line; the strongest evidence, each item's
     * grade and source first and its quote cut to two lines; how many items are left out.
     */
    static List<DeckSlide.Para> sector(SectorBrief s) {
        List<DeckSlide.Para> paras = new ArrayList<>();
        paras.add(new DeckSlide.Para(s.name(), NAME, Palette.INK, 2));
        String details = (s.driver().isBlank() ? "" : s.driver() + " \u00B7 ") + s.where() + " \u00B7 " + s.credit();
        paras.add(new DeckSlide.Para(details, DETAIL, Palette.MUTED, 2).after(1));
        paras.add(s.rationale().isEmpty()
                ? new DeckSlide.Para("No rationale given.", RATIONALE, Palette.MUTED, 1).after(3)
                : new DeckSlide.Para("Rationale: " + s.rationale(), RATIONALE, Palette.INK, 1).after(3));
        for (EvidenceBrief e : s.evidence()) {
            String body = e.quoted() ? "\u201C" + e.text() + "\u201D" : e.text() + " (a note)";
            paras.add(new DeckSlide.Para(e.citation() + " \u2014 " + body, QUOTE, Palette.INK, 2).after(3)
                    .indented(QUOTE_INDENT));
        }
        int more = s.evidenceCount() - s.evidence().size();
        if (s.evidenceCount() == 0) {
            paras.add(new DeckSlide.Para("No evidence recorded.", MORE, Palette.MUTED, 1).after(3)
                    .indented(QUOTE_INDENT));
        } else if (more > 0) {
            paras.add(new DeckSlide.Para(String.format(Locale.ROOT, "and %,d more evidence %s", more,
                    more == 1 ? "item" : "items"), MORE, Palette.MUTED, 1).after(2).indented(QUOTE_INDENT));
        }
        return paras;
    }

    private static void swaps(DeckFlow flow, BriefingDeck.Swaps swaps) {
        flow.section("What would change the ranking", Palette.LINE);
        flow.block(List.of(new DeckSlide.Para(swaps.note(), INTRO, Palette.MUTED, 3)));
        for (String sentence : swaps.sentences()) {
            flow.block(List.of(new DeckSlide.Para("\u2022 " + sentence, ITEM, Palette.INK, 3)));
        }
    }

    private static void sources(DeckFlow flow, BriefingDeck.Sources sources) {
        flow.section("Sources", Palette.LINE);
        flow.block(List.of(new DeckSlide.Para("Works cited", HEADING, Palette.INK, 1)));
        if (sources.works().isEmpty()) {
            flow.block(List.of(new DeckSlide.Para("The project names no sources.", SMALL, Palette.MUTED, 1)));
        }
        for (String work : sources.works()) {
            flow.block(List.of(new DeckSlide.Para("\u2022 " + work, SMALL, Palette.INK, 3)));
        }
        flow.block(List.of(new DeckSlide.Para("Who placed the sectors", HEADING, Palette.INK, 1)));
        if (sources.placements().isEmpty()) {
            flow.block(List.of(new DeckSlide.Para("No sector is placed yet.", SMALL, Palette.MUTED, 1)));
        }
        for (String line : sources.placements()) {
            flow.block(List.of(new DeckSlide.Para("\u2022 " + line, SMALL, Palette.INK, 3)));
        }
        if (sources.sourceLine() != null) {
            flow.block(List.of(new DeckSlide.Para("The figure's source line: " + sources.sourceLine(), SMALL,
                    Palette.MUTED, 3)));
        }
    }

    /** Each slide but the cover and the figure with a footer: "TITLE · 3 of 12". */
    private static List<DeckSlide> numbered(List<DeckSlide> slides, String title, double width, Dimension size) {
        List<DeckSlide> out = new ArrayList<>(slides.size());
        String count = String.format(Locale.ROOT, " of %,d", slides.size());
        for (int i = 0; i < slides.size(); i++) {
            DeckSlide s = slides.get(i);
            if (s.title() == null || s.figure()) {
                out.add(s);
                continue;
            }
            String number = String.format(Locale.ROOT, " \u00B7 %,d", i + 1) + count;
            String name = Typesetter.ellipsize(Typesetter.clean(title), DeckSlide.FOOTER,
                    width - Typesetter.width(number, DeckSlide.FOOTER) - 2);
            out.add(s.withFooter(name + number));
        }
        return out;
    }

    /** Where the footer's line goes: along the bottom margin, the body's width. */
    static Rectangle2D footerBox(Dimension size) {
        double h = Typesetter.lineHeight(DeckSlide.FOOTER);
        return new Rectangle2D.Double(PptxExporter.MARGIN, size.height - DeckFlow.FOOTER_ROOM / 2 - h / 2,
                size.width - 2 * PptxExporter.MARGIN, h);
    }
}
