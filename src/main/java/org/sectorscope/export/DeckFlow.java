package org.sectorscope.export;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Pours a section of the deck onto as many slides as it needs: blocks of paragraphs that stay together
 * (a sector with its evidence) and tables whose rows go on where the last slide ended, under their header
 * rows again. Nothing runs off a slide: what does not fit goes on a further slide titled
 * "HEADING (continued)". A block is bounded by its paragraphs' line limits, so one always fits a slide.
 */
final class DeckFlow {
    /** The slide title's box: the same as the figure slide's ({@link PptxExporter#title}). */
    static final double TITLE_TOP = 14;
    static final double TITLE_HEIGHT = 52;
    /** Where the body starts, under the title and its coloured rule. */
    static final double BODY_TOP = 80;
    /** Room kept under the body for the footer. */
    static final double FOOTER_ROOM = 34;
    static final double RULE_HEIGHT = 4;
    /** Between two blocks. */
    static final double GAP = 10;

    private final Dimension size;
    private final List<DeckSlide> slides = new ArrayList<>();
    private String heading;
    private Color rule;
    private List<DeckSlide.Item> items;
    private String title;
    private double y;

    DeckFlow(Dimension size) {
        this.size = size;
    }

    double left() {
        return PptxExporter.MARGIN;
    }

    /** The body's width: the slide's less its margins. */
    double width() {
        return size.width - 2 * PptxExporter.MARGIN;
    }

    private double bottom() {
        return size.height - FOOTER_ROOM;
    }

    /** Starts a section on a slide of its own, titled {@code heading}, with a rule of {@code ruleColour} under it. */
    void section(String heading, Color ruleColour) {
        close();
        this.heading = heading;
        this.rule = ruleColour;
        open(false);
    }

    /** A slide made elsewhere (the cover, the figure), kept in its place. */
    void slide(DeckSlide slide) {
        close();
        slides.add(slide);
    }

    /** The paragraphs as one block, on this slide if they fit below what it holds, else on a further one. */
    void block(List<DeckSlide.Para> paras) {
        List<DeckSlide.Laid> laid = DeckSlide.lay(paras, width());
        double h = DeckSlide.height(laid);
        double gap = y > BODY_TOP ? GAP : 0;
        if (y + gap + h > bottom() && y > BODY_TOP) {
            continued();
            gap = 0;
        }
        items.add(new DeckSlide.Text(new Rectangle2D.Double(left(), y + gap, width(), h), laid));
        y += gap + h;
    }

    /** The table's rows in order, as many a slide as fit, the header rows heading each share. */
    void table(MatrixTable table) {
        int from = table.headerRows();
        while (from < table.rowCount()) {
            double gap = y > BODY_TOP ? GAP : 0;
            int to = from;
            while (to < table.rowCount() && y + gap + table.height(from, to + 1) <= bottom()) {
                to++;
            }
            if (to == from && y > BODY_TOP) {
                continued(); // not one row fits under what this slide holds
                continue;
            }
            to = Math.max(to, from + 1); // a row taller than a whole slide still goes somewhere
            items.add(new DeckSlide.Table(table, from, to, left(), y + gap));
            y += gap + table.height(from, to);
            from = to;
            if (from < table.rowCount()) {
                continued();
            }
        }
        if (table.rowCount() == table.headerRows()) {
            items.add(new DeckSlide.Table(table, from, from, left(), y));
            y += table.height(from, from);
        }
    }

    /** Every slide so far, the last one closed. */
    List<DeckSlide> slides() {
        close();
        return List.copyOf(slides);
    }

    private void continued() {
        close();
        open(true);
    }

    private void open(boolean continued) {
        items = new ArrayList<>();
        if (rule != null) {
            items.add(new DeckSlide.Band(new Rectangle2D.Double(left(), BODY_TOP - 10, width(), RULE_HEIGHT), rule));
        }
        y = BODY_TOP;
        title = title(heading, continued, width());
    }

    /** The heading on one line of the title's width; " (continued)" always shows, the heading is cut first. */
    static String title(String heading, boolean continued, double width) {
        String more = continued ? " (continued)" : "";
        double room = width - 2 * DeckPptx.INSET - Typesetter.width(more, DeckSlide.TITLE);
        return Typesetter.ellipsize(Typesetter.clean(heading), DeckSlide.TITLE, room) + more;
    }

    private void close() {
        if (items != null) {
            slides.add(new DeckSlide(title, false, items, null));
            items = null;
        }
    }
}
