package org.sectorscope.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The line under a figure: the source line at the left (wrapped), the date at the right. */
final class FooterBlock {
    private static final Font FONT = ExportFonts.regular(11);
    private static final int MAX_LINES = 3;

    private final List<String> source;
    private final String date;
    private final double width;
    private final double height;

    FooterBlock(String sourceLine, LocalDate date, double width) {
        this(sourceLine, null, date, width);
    }

    /**
     * {@code shorter}, when not null, gives the same as {@code sourceLine} in fewer words (how many sectors each
     * source placed rather than their names): it stands in when the line would be cut, so no source is lost.
     * It is made only then.
     */
    FooterBlock(String sourceLine, Supplier<String> shorter, LocalDate date, double width) {
        this.width = width;
        this.date = FigureDates.format(date);
        double dateW = this.date.isEmpty() ? 0 : Typesetter.width(this.date, FONT) + 24;
        double max = Math.max(100, width - 2 * TitleBlock.PAD - dateW);
        // One line more than fits says it would be cut, without wrapping all of a long line.
        List<String> wrapped = sourceLine == null ? List.of() : Typesetter.wrap(sourceLine, FONT, max, MAX_LINES + 1);
        this.source = wrapped.size() <= MAX_LINES ? wrapped
                : Typesetter.wrap(shorter != null ? shorter.get() : sourceLine, FONT, max, MAX_LINES);
        int lines = Math.max(1, source.size());
        this.height = Math.ceil(lines * Typesetter.lineHeight(FONT));
    }

    static String formatDate(LocalDate date) {
        return FigureDates.format(date);
    }

    /** The source line's lines as drawn. */
    List<String> sourceLines() {
        return source;
    }

    double height() {
        return height;
    }

    /** Paints with the first line's top at {@code top}. */
    void paint(Graphics2D g, double top) {
        double y = top + Typesetter.ascent(FONT);
        TextPainter.right(g, date, FONT, Palette.MUTED, width - TitleBlock.PAD, y);
        for (String line : source) {
            TextPainter.left(g, line, FONT, Palette.MUTED, TitleBlock.PAD, y);
            y += Typesetter.lineHeight(FONT);
        }
    }
}
