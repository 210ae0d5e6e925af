package org.sectorscope.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;

/** The figure's title (at most two lines) and optional subtitle, top left, as a report figure has them. */
final class TitleBlock {
    static final int PAD = 28;
    private static final Font TITLE = ExportFonts.bold(22);
    private static final Font SUBTITLE = ExportFonts.regular(14);

    private final List<String> title;
    private final List<String> subtitle;
    private final double height;

    /** {@code title} may be null to leave the title out (a slide shows it as the slide title). */
    TitleBlock(String title, String subtitle, double width) {
        double max = width - 2 * PAD;
        this.title = title == null ? List.of() : Typesetter.wrap(title, TITLE, max, 2);
        this.subtitle = subtitle == null ? List.of() : Typesetter.wrap(subtitle, SUBTITLE, max, 2);
        double h = PAD;
        h += this.title.size() * Typesetter.lineHeight(TITLE);
        if (!this.subtitle.isEmpty()) {
            h += 4 + this.subtitle.size() * Typesetter.lineHeight(SUBTITLE);
        }
        this.height = Math.ceil(h);
    }

    /** From the top edge of the figure to the bottom of the last line. */
    double height() {
        return height;
    }

    void paint(Graphics2D g) {
        double y = PAD;
        for (String line : title) {
            TextPainter.left(g, line, TITLE, Palette.INK, PAD, y + Typesetter.ascent(TITLE));
            y += Typesetter.lineHeight(TITLE);
        }
        if (!subtitle.isEmpty()) {
            y += 4;
        }
        for (String line : subtitle) {
            TextPainter.left(g, line, SUBTITLE, Palette.MUTED, PAD, y + Typesetter.ascent(SUBTITLE));
            y += Typesetter.lineHeight(SUBTITLE);
        }
    }
}
