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
        int[] at = content.scoreCells().get(MatrixContent.key(optionId, criterionId));
        if (at == null) {
            return Optional.empty();
        }
        Rectangle2D c = content.table().cell(at[0], at[1]);
        return Optional.of(new Rectangle2D.Double(PAD + c.getX(), tableTop + c.getY(), c.getWidth(), c.getHeight()));
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
            double y = notesTop;
            for (String line : noteLines) {
                TextPainter.left(g, line, NOTE, Palette.MUTED, PAD, y + Typesetter.ascent(NOTE));
                y += Typesetter.lineHeight(NOTE);
            }
            footer.paint(g, footerTop);
            progress.accept(1);
        } finally {
            g.dispose();
        }
    }
}
