package org.sectorscope.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.sectorscope.model.Project;

/**
 * The policy options as a figure: the OPTIONS view (every option in rank order by criteria, scores on the
 * options pane's colours, weights as shares, totals and ranks) or the COMPARE view (2-4 options side by
 * side with rationales). Title, caption, table, notes, then the source line and date; the figure is the
 * request's width (wider if the criteria need it) and as tall as its content.
 */
public final class OptionsMatrixRenderer implements Figure {
    private static final double PAD = TitleBlock.PAD;
    private static final Font CAPTION = ExportFonts.bold(15);
    private static final Font NOTE = ExportFonts.regular(11);
    private static final double MIN_TABLE = 520;

    private final ExportRequest request;
    private final TitleBlock title;
    private final MatrixContent content;
    private final List<String> noteLines = new ArrayList<>();
    private final FooterBlock footer;
    private final int width;
    private final int height;
    private final double captionTop;
    private final double tableTop;
    private final double notesTop;
    private final double footerTop;

    private OptionsMatrixRenderer(ExportRequest request, boolean withTitle, MatrixContent content) {
        this.request = request;
        this.content = content;
        this.width = (int) Math.ceil(Math.max(request.width(), content.table().width() + 2 * PAD));
        this.title = new TitleBlock(withTitle ? request.title() : null, request.subtitle(), width);
        this.footer = new FooterBlock(request.sourceLine(), request.date(), width);
        for (String note : content.notes()) {
            noteLines.addAll(Typesetter.wrap(note, NOTE, width - 2 * PAD));
        }
        captionTop = title.height() + 18;
        tableTop = captionTop + Typesetter.lineHeight(CAPTION) + 8;
        notesTop = tableTop + content.table().height() + 12;
        footerTop = notesTop + noteLines.size() * Typesetter.lineHeight(NOTE) + 16;
        this.height = (int) Math.ceil(footerTop + footer.height() + PAD);
    }

    /** Every option of the project, ranked by weighted total. */
    public static OptionsMatrixRenderer options(Project project, ExportRequest request) {
        return options(project, request, true);
    }

    static OptionsMatrixRenderer options(Project project, ExportRequest request, boolean withTitle) {
        return new OptionsMatrixRenderer(request, withTitle, OptionsMatrixTable.build(project, available(request)));
    }

    /**
     * The request's {@code compareOptionIds} side by side, in rank order.
     *
     * @throws IllegalArgumentException worded for the analyst, when they are not 2-4 distinct options
     */
    public static OptionsMatrixRenderer compare(Project project, ExportRequest request) {
        return compare(project, request, true);
    }

    static OptionsMatrixRenderer compare(Project project, ExportRequest request, boolean withTitle) {
        return new OptionsMatrixRenderer(request, withTitle,
                CompareMatrixTable.build(project, request.compareOptionIds(), available(request)));
    }

    private static double available(ExportRequest request) {
        return Math.max(MIN_TABLE, request.width() - 2 * PAD);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /**
     * Where the score of {@code optionId} on {@code criterionId} is drawn, in figure units; empty when the
     * table has no such cell.
     */
    public Optional<Rectangle2D> scoreCell(String optionId, String criterionId) {
        MatrixContent.CellAt at = content.scoreCells().get(MatrixContent.key(optionId, criterionId));
        if (at == null) {
            return Optional.empty();
        }
        Rectangle2D c = content.table().cell(at.row(), at.column());
        return Optional.of(new Rectangle2D.Double(PAD + c.getX(), tableTop + c.getY(), c.getWidth(), c.getHeight()));
    }

    /**
     * This figure cut between table rows into pages at most {@code maxHeight} tall: the first page has the
     * title, every page the caption and the table's header rows, the last the notes and the source line.
     * Just this figure when it fits. A row taller than a page gets a page of its own, taller than asked.
     */
    @Override
    public List<Figure> pages(double maxHeight) {
        if (height <= maxHeight) {
            return List.of(this);
        }
        MatrixTable table = content.table();
        double continuedTop = PAD + Typesetter.lineHeight(CAPTION) + 8;
        List<Page> pages = new ArrayList<>();
        int from = table.headerRows();
        double top = tableTop;
        while (from < table.rowCount()) {
            int to = from + 1; // at least one row, however tall
            while (to < table.rowCount() && top + table.height(from, to + 1) + PAD <= maxHeight) {
                to++;
            }
            pages.add(new Page(pages.isEmpty(), top, from, to, false));
            from = to;
            top = continuedTop;
        }
        if (pages.isEmpty()) {
            return List.of(this); // no rows to split between
        }
        Page last = pages.get(pages.size() - 1);
        Page lastWithTail = new Page(last.first, last.tableTop, last.from, last.to, true);
        if (lastWithTail.height() <= maxHeight) {
            pages.set(pages.size() - 1, lastWithTail);
        } else {
            pages.add(new Page(false, PAD - 12, 0, 0, true)); // the notes and source line alone
        }
        return List.copyOf(pages);
    }

    /** Under the table: the gap, the notes, the gap, the source line and the bottom margin. */
    private double tailHeight() {
        return 12 + noteLines.size() * Typesetter.lineHeight(NOTE) + 16 + footer.height() + PAD;
    }

    /**
     * One page of the figure: the body rows {@code from} to {@code to} (none when equal) under the header
     * rows, with the table's top at {@code tableTop}; then the notes and source line when {@code tail}.
     */
    private final class Page implements Figure {
        private final boolean first;
        private final double tableTop;
        private final int from;
        private final int to;
        private final boolean tail;
        private final double tableBottom;
        private final int pageHeight;

        Page(boolean first, double tableTop, int from, int to, boolean tail) {
            this.first = first;
            this.tableTop = tableTop;
            this.from = from;
            this.to = to;
            this.tail = tail;
            this.tableBottom = tableTop + (from < to ? content.table().height(from, to) : 0);
            this.pageHeight = (int) Math.ceil(tableBottom + (tail ? tailHeight() : PAD));
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public int height() {
            return pageHeight;
        }

        @Override
        public void paint(Graphics2D graphics, DoubleConsumer progress) {
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                Figures.prepare(g, request, width, pageHeight);
                if (first) {
                    title.paint(g);
                }
                if (from < to) {
                    String caption = first ? content.caption() : content.caption() + " (continued)";
                    TextPainter.left(g, caption, CAPTION, Palette.INK, PAD,
                            tableTop - 8 - Typesetter.lineHeight(CAPTION) + Typesetter.ascent(CAPTION));
                    content.table().paint(g, PAD, tableTop, from, to);
                }
                if (tail) {
                    double notes = tableBottom + 12;
                    paintTail(g, notes, notes + noteLines.size() * Typesetter.lineHeight(NOTE) + 16);
                }
                progress.accept(1);
            } finally {
                g.dispose();
            }
        }
    }

    private void paintTail(Graphics2D g, double notesTop, double footerTop) {
        double y = notesTop;
        for (String line : noteLines) {
            TextPainter.left(g, line, NOTE, Palette.MUTED, PAD, y + Typesetter.ascent(NOTE));
            y += Typesetter.lineHeight(NOTE);
        }
        footer.paint(g, footerTop);
    }

    @Override
    public void paint(Graphics2D graphics, DoubleConsumer progress) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            Figures.prepare(g, request, width, height);
            title.paint(g);
            TextPainter.left(g, content.caption(), CAPTION, Palette.INK, PAD, captionTop + Typesetter.ascent(CAPTION));
            progress.accept(0.2);
            content.table().paint(g, PAD, tableTop);
            progress.accept(0.8);
            paintTail(g, notesTop, footerTop);
            progress.accept(1);
        } finally {
            g.dispose();
        }
    }
}
