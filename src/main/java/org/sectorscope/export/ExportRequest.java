package org.sectorscope.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sectorscope.model.Project;

/**
 * What to export and how. Immutable; start from {@link #defaults(Project, Format)} and change single
 * fields with the {@code with...} methods.
 *
 * @param format           the file format
 * @param view             the canvas figure, the ranked options matrix, or 2-4 options side by side
 * @param scale            pixels per base unit, 1-4; PNG (and the picture inside a PPTX) only
 * @param background       white, or transparent where the format allows it
 * @param page             PDF only: the page sized to the figure, or Letter / A4 landscape with margins
 * @param sectorIds        the sectors to draw; null draws every placed sector (unknown or unplaced ids are skipped)
 * @param confidenceMarks  whether cards show the evidence-support meter and the contradiction warning
 * @param arrowsOptionId   null for no arrows, else the option whose targets are outlined and intended moves drawn
 * @param compareOptionIds the options of the COMPARE view (2-4), ignored by the other views
 * @param title            the figure's title (required)
 * @param subtitle         the figure's subtitle, or null for none
 * @param sourceLine       the line printed under the figure ("Source: ..."), or null for none
 * @param date             the date printed under the figure, or null for none
 * @param width            the base width; the canvas figure is exactly this wide and {@code height} high
 * @param height           the base height of the canvas figure; the tables' height follows their rows
 * @param movedSinceEditionId null, or the edition whose trails to the current placements the canvas figure draws
 * @param dpi              the pixels per inch a PNG records (its pHYs chunk), so it prints at the size meant;
 *                         see {@link SizePreset}
 */
public record ExportRequest(Format format, View view, int scale, Background background, Page page,
                            List<String> sectorIds, boolean confidenceMarks, String arrowsOptionId,
                            List<String> compareOptionIds, String title, String subtitle, String sourceLine,
                            LocalDate date, int width, int height, String movedSinceEditionId, int dpi) {
    public enum Format {
        PNG("png"), SVG("svg"), PDF("pdf"),
        /** A slide whose figure is native shapes and text. */
        PPTX("pptx"),
        /** A slide whose figure is one picture, as PPTX exports were before they were editable. */
        PPTX_PICTURE("pptx"),
        /** The data behind the figure: options, evidence and sectors, one sheet each; not a figure. */
        XLSX("xlsx"),
        /** A Markdown memo of the sectors by quadrant; not a figure. */
        MD("md"),
        /** The canvas figure as the text of a Mermaid quadrantChart, for wikis. */
        MERMAID("mmd"),
        /** The options matrix as CSV: weights, scores, weighted totals and ranks; not a figure. */
        CSV_OPTIONS("csv"),
        /** The evidence table as CSV, one row per item; not a figure. */
        CSV_EVIDENCE("csv"),
        /** The briefing deck as PowerPoint slides of its own: the sections the project's {@code deck} names. */
        DECK("pptx"),
        /** The same briefing deck as a PDF, a page per slide. */
        DECK_PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** Whether the file can carry the project, so that it reopens as one ({@link ProjectEmbedding}). */
        public boolean carriesProject() {
            return this == PNG || this == SVG || this == PPTX || this == PPTX_PICTURE || this == XLSX;
        }

        /** The usual file name extension, without the dot. */
        public String extension() {
            return extension;
        }

        /** Whether this is the briefing deck, as PPTX or PDF. */
        public boolean isDeck() {
            return this == DECK || this == DECK_PDF;
        }
    }

    public enum View { CANVAS, OPTIONS, COMPARE }

    public enum Background { WHITE, TRANSPARENT }

    public enum Page { FIT, LETTER_LANDSCAPE, A4_LANDSCAPE }

    public static final int DEFAULT_WIDTH = 1200;
    public static final int DEFAULT_HEIGHT = 800;
    /** The PPTX default height: 1200 x 600 fills a 16:9 slide below its title. */
    public static final int SLIDE_HEIGHT = 600;
    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;
    /** Smaller figures cannot hold the framework's labels; larger ones are not figures any more. */
    public static final int MIN_SIZE = 400;
    public static final int MAX_SIZE = 8000;
    /** What a PNG records unless told otherwise: a sharp screen preview, half the print resolution. */
    public static final int DEFAULT_DPI = 150;
    /** Below 72 dpi a page's figure is smaller than {@link #MIN_SIZE}; above 600 an A4 nears {@link #MAX_SIZE}. */
    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 600;

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(title, "title");
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException("the scale must be 1 to 4, found " + scale);
        }
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("the size must be " + MIN_SIZE + " to " + MAX_SIZE + " on each side, found "
                    + width + " x " + height);
        }
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("the dpi must be " + MIN_DPI + " to " + MAX_DPI + ", found " + dpi);
        }
        sectorIds = sectorIds == null ? null : List.copyOf(sectorIds);
        compareOptionIds = compareOptionIds == null ? List.of() : List.copyOf(compareOptionIds);
        subtitle = blankToNull(subtitle);
        sourceLine = blankToNull(sourceLine);
        arrowsOptionId = blankToNull(arrowsOptionId);
        movedSinceEditionId = blankToNull(movedSinceEditionId);
    }

    /**
     * The canvas at 1200 x 800, scale 1, white, every placed sector, confidence marks on, no arrows, the
     * project's title, subtitle and source line, and today's date; for PPTX and the deck 1200 x 600 at scale 2.
     */
    public static ExportRequest defaults(Project project, Format format) {
        var info = project.info();
        // A slide shows a picture under its title: twice the pixels keeps it sharp on a projector, and a
        // wider shape fills the 16:9 slide.
        boolean slide = format == Format.PPTX || format == Format.PPTX_PICTURE || format.isDeck();
        return new ExportRequest(format, View.CANVAS, slide ? 2 : 1, Background.WHITE, Page.FIT, null, true, null,
                List.of(), info.title(), info.subtitle(), info.sourceLine(), LocalDate.now(), DEFAULT_WIDTH,
                slide ? SLIDE_HEIGHT : DEFAULT_HEIGHT, null, DEFAULT_DPI);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public ExportRequest withFormat(Format f) {
        return new ExportRequest(f, view, scale, background, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    public ExportRequest withView(View v) {
        return new ExportRequest(format, v, scale, background, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    public ExportRequest withScale(int s) {
        return new ExportRequest(format, view, s, background, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    public ExportRequest withBackground(Background b) {
        return new ExportRequest(format, view, scale, b, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    public ExportRequest withPage(Page p) {
        return new ExportRequest(format, view, scale, background, p, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    /** Only these sectors; null for every placed sector. */
    public ExportRequest withSectorIds(List<String> ids) {
        return new ExportRequest(format, view, scale, background, page, ids, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    public ExportRequest withConfidenceMarks(boolean on) {
        return new ExportRequest(format, view, scale, background, page, sectorIds, on, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    /** Arrows and target outlines of this option; null for none. */
    public ExportRequest withArrowsOptionId(String optionId) {
        return new ExportRequest(format, view, scale, background, page, sectorIds, confidenceMarks, optionId,
                compareOptionIds, title, subtitle, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    /** The COMPARE view of these options (2-4). */
    public ExportRequest withCompare(List<String> optionIds) {
        return new ExportRequest(format, View.COMPARE, scale, background, page, sectorIds, confidenceMarks,
                arrowsOptionId, optionIds, title, subtitle, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    public ExportRequest withTitle(String t) {
        return new ExportRequest(format, view, scale, background, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, t, subtitle, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    public ExportRequest withSubtitle(String s) {
        return new ExportRequest(format, view, scale, background, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, s, sourceLine, date, width, height, movedSinceEditionId, dpi);
    }

    public ExportRequest withSourceLine(String s) {
        return new ExportRequest(format, view, scale, background, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, s, date, width, height, movedSinceEditionId, dpi);
    }

    public ExportRequest withDate(LocalDate d) {
        return new ExportRequest(format, view, scale, background, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, d, width, height, movedSinceEditionId, dpi);
    }

    /** Trails from this edition to the current placements, with a legend line; null for none. */
    public ExportRequest withMovedSince(String editionId) {
        return new ExportRequest(format, view, scale, background, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, date, width, height, editionId, dpi);
    }

    public ExportRequest withSize(int w, int h) {
        return new ExportRequest(format, view, scale, background, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, date, w, h, movedSinceEditionId, dpi);
    }

    /** The pixels per inch a PNG records; {@link SizePreset#apply} sets it with the size. */
    public ExportRequest withDpi(int d) {
        return new ExportRequest(format, view, scale, background, page, sectorIds, confidenceMarks, arrowsOptionId,
                compareOptionIds, title, subtitle, sourceLine, date, width, height, movedSinceEditionId, d);
    }
}
