package org.sectorscope.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * The figures' typeface: DejaVu Sans, bundled in the jar, so an export looks the same on every machine
 * whatever fonts it has installed. Falls back to the logical "SansSerif" when the files are missing.
 * Every size is a whole number because SVG output writes font sizes as integers.
 */
final class ExportFonts {
    static final String REGULAR_RESOURCE = "/org/sectorscope/assets/fonts/DejaVuSans.ttf";
    static final String BOLD_RESOURCE = "/org/sectorscope/assets/fonts/DejaVuSans-Bold.ttf";
    /** The family name the bundled files declare, as written into SVG. */
    static final String FAMILY = "DejaVu Sans";

    /**
     * All layout measures text in this context (antialiased, fractional metrics), never in the context of
     * the Graphics2D at hand, so PNG, SVG and PDF get the same layout.
     */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private ExportFonts() {
    }

    /** Loaded once, on first use. */
    private static final class Holder {
        static final Font REGULAR = load(REGULAR_RESOURCE, Font.PLAIN);
        static final Font BOLD = load(BOLD_RESOURCE, Font.BOLD);
    }

    private static Font load(String resource, int style) {
        try (InputStream in = ExportFonts.class.getResourceAsStream(resource)) {
            if (in != null) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException | FontFormatException e) {
            // A damaged jar; the logical font still gives a legible figure.
        }
        return new Font(Font.SANS_SERIF, style, 1);
    }

    static Font regular(int size) {
        return Holder.REGULAR.deriveFont(Font.PLAIN, size);
    }

    /** The bold file, marked bold too so SVG writes font-weight: bold (Java adds no synthetic bolding to it). */
    static Font bold(int size) {
        return Holder.BOLD.deriveFont(Font.BOLD, size);
    }

    static Font of(boolean bold, int size) {
        return bold ? bold(size) : regular(size);
    }

    /** True when the DejaVu files were found; false means the logical SansSerif font is in use. */
    static boolean bundled() {
        return FAMILY.equals(Holder.REGULAR.getFamily()) && FAMILY.equals(Holder.BOLD.getFamily());
    }

    /** The font file's bytes for embedding (PDF), or null when it is not bundled. */
    static byte[] bytes(boolean bold) throws IOException {
        try (InputStream in = ExportFonts.class.getResourceAsStream(bold ? BOLD_RESOURCE : REGULAR_RESOURCE)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** The name pdfbox-graphics2d maps a font by ({@link Font#getFontName()}). */
    static String pdfName(boolean bold) {
        return (bold ? Holder.BOLD : Holder.REGULAR).getFontName();
    }
}
