package org.sectorscope.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.sectorscope.logic.plot.TextFit;

/**
 * One laid-out slide of the briefing deck, in points from the slide's top-left corner: what both the
 * PPTX ({@link DeckPptx}, native text boxes and tables) and the PDF ({@link DeckPdf}, drawn with the
 * embedded fonts) put where, so the two show the same slide. Text is broken into lines here, measured in
 * the bundled DejaVu fonts; a line is as tall as the font's line height in both formats.
 *
 * @param title  the slide's title on one line, or null (the cover has none)
 * @param figure true for the canvas figure's slide, which the writers draw themselves
 * @param items  what the slide holds, bottom to top
 * @param footer the small line at the bottom ("Title · 3 of 12"), or null
 */
record DeckSlide(String title, boolean figure, List<Item> items, String footer) {
    static final Font TITLE = ExportFonts.bold(26);
    static final Font FOOTER = ExportFonts.regular(9);

    DeckSlide {
        items = List.copyOf(items);
    }

    DeckSlide withFooter(String text) {
        return new DeckSlide(title, figure, items, text);
    }

    /** Something on a slide. */
    sealed interface Item permits Text, Table, Band {
    }

    /**
     * Paragraphs one below the other in {@code box}, each already broken into lines to the box's width
     * (less its indent); the box is exactly as tall as they are.
     */
    record Text(Rectangle2D box, List<Laid> paras) implements Item {
        Text {
            paras = List.copyOf(paras);
        }
    }

    /**
     * A paragraph: {@code text} in one font and colour, at most {@code maxLines} lines (cut with an ellipsis),
     * {@code before} points below the paragraph above it, {@code indent} points in from the box's left.
     */
    record Para(String text, Font font, Color color, int maxLines, double before, double indent) {
        Para(String text, Font font, Color color, int maxLines) {
            this(text, font, color, maxLines, 0, 0);
        }

        Para after(double points) {
            return new Para(text, font, color, maxLines, points, indent);
        }

        Para indented(double points) {
            return new Para(text, font, color, maxLines, before, points);
        }
    }

    /** A paragraph with its lines; {@code text} is what they say, joined as the source text had them. */
    record Laid(Para para, List<String> lines, String text) {
        Laid {
            lines = List.copyOf(lines);
        }

        /** The paragraph broken to {@code width} points: its lines and its space above them. */
        static Laid of(Para p, double width) {
            String clean = Typesetter.clean(p.text());
            List<String> lines = wrap(clean, p.font(), width - p.indent(), p.maxLines());
            return new Laid(p, lines, joined(clean, lines));
        }

        double height() {
            return para.before() + lines.size() * Typesetter.lineHeight(para.font());
        }
    }

    /**
     * The rows {@code from} (inclusive) to {@code to} (exclusive) of {@code table} under its header rows,
     * with its top-left corner at ({@code x}, {@code y}): one slide's share of a table.
     */
    record Table(MatrixTable table, int from, int to, double x, double y) implements Item {
        double height() {
            return table.height(from, to);
        }
    }

    /** A filled rectangle: the quadrant's colour beside its title, the cover's band of the four colours. */
    record Band(Rectangle2D box, Color fill) implements Item {
    }

    /**
     * The text the lines show, with the breaks as the text had them: a space where the line broke between
     * words, nothing where a word too long for a line was cut; the last line as it is (it may end in the
     * ellipsis that cut the paragraph short). So a PPTX box holds the words, not hard line breaks, and an
     * editor can retype them.
     */
    static String joined(String text, List<String> lines) {
        if (lines.size() <= 1) {
            return lines.isEmpty() ? "" : lines.get(0);
        }
        String single = text.replaceAll(" +", " ");
        StringBuilder out = new StringBuilder(single.length());
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.append(line);
            if (i == lines.size() - 1 || !single.startsWith(line, at)) {
                continue; // the last line, or one cut with an ellipsis: nothing follows that is the text's own
            }
            at += line.length();
            if (at < single.length() && single.charAt(at) == ' ') {
                out.append(' ');
                at++;
            }
        }
        return out.toString();
    }

    /**
     * {@link Typesetter#wrap}'s lines, measured straight in {@code font} when it can show every character
     * of the text: the widths are the same (the text is one run), without splitting each measured piece into
     * runs again, which is most of the time a deck of thousands of quotes takes to lay out.
     */
    static List<String> wrap(String text, Font font, double width, int maxLines) {
        if (font.canDisplayUpTo(text) >= 0) {
            return Typesetter.wrap(text, font, width, maxLines);
        }
        return TextFit.wrap(text, width, maxLines, font.getSize2D(),
                t -> font.getStringBounds(t, ExportFonts.FRC).getWidth());
    }

    /** Paragraphs laid out to {@code width}, in order; the sum of their heights is the box's height. */
    static List<Laid> lay(List<Para> paras, double width) {
        List<Laid> laid = new ArrayList<>(paras.size());
        for (Para p : paras) {
            laid.add(Laid.of(p, width));
        }
        return laid;
    }

    static double height(List<Laid> laid) {
        double h = 0;
        for (Laid l : laid) {
            h += l.height();
        }
        return h;
    }
}
