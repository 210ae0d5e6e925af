package org.sectorscope.export;

import java.awt.Dimension;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.sectorscope.model.Project;
import org.sectorscope.model.Source;

/**
 * PPTX through Apache POI: one slide (16:9, or 4:3 for a figure of that shape) whose title is the figure's
 * title, with the figure (drawn without its own title, which would repeat the slide's) fitted below it,
 * and the sources in the speaker notes: each project source's short label and title, then the source line.
 * The figure is native shapes and text a reader can retype and move ({@link SlideGraphics}), or for
 * {@link ExportRequest.Format#PPTX_PICTURE} one PNG picture.
 */
public final class PptxExporter {
    /** 13.33 x 7.5 inches, PowerPoint's widescreen slide, in points. */
    static final Dimension SLIDE = new Dimension(960, 540);
    /** 10 x 7.5 inches, PowerPoint's standard slide, in points. */
    static final Dimension SLIDE_4_3 = new Dimension(720, 540);
    static final double MARGIN = 30;
    private static final double PICTURE_TOP = 72;

    static {
        LibraryLogging.quiet();
    }

    private PptxExporter() {
    }

    /** The slide, carrying the project as {@code embedding} says ({@link OfficeProjectPart}). */
    public static void write(Project project, ExportRequest request, ProjectEmbedding embedding, OutputStream out,
                             DoubleConsumer progress) throws IOException {
        try (XMLSlideShow show = newShow(slideSize(request))) {
            figureSlide(show, project, request, Progress.range(progress, 0, 0.85));
            Optional<byte[]> json = embedding.json(project);
            if (json.isPresent()) {
                OfficeProjectPart.embed(show, json.get());
            }
            finish(show, request, out);
        }
    }

    /** The slide's size for a request: 16:9, or 4:3 when the figure's shape is nearer 4:3 (its slide preset). */
    static Dimension slideSize(ExportRequest request) {
        return (double) request.width() / request.height() < (4.0 / 3 + 16.0 / 9) / 2 ? SLIDE_4_3 : SLIDE;
    }

    /** "16:9" or "4:3": the shape of the slide a request gives. */
    public static String slideShape(ExportRequest request) {
        return slideSize(request) == SLIDE ? "16:9" : "4:3";
    }

    /** An empty show of slides of {@code size}, its library logging quiet. */
    static XMLSlideShow newShow(Dimension size) {
        XMLSlideShow show = new XMLSlideShow();
        show.setPageSize(size);
        return show;
    }

    /**
     * Adds the request's figure as a slide of its own to {@code show}: the title as the slide's title, the
     * figure fitted below it, and its sources in the speaker notes.
     */
    static XSLFSlide figureSlide(XMLSlideShow show, Project project, ExportRequest request, DoubleConsumer progress)
            throws IOException {
        boolean picture = request.format() == ExportRequest.Format.PPTX_PICTURE;
        // The slide is white: the figure's own white ground would be one more shape to click past.
        Figure figure = Figures.of(project, picture ? request : request.withBackground(ExportRequest.Background.TRANSPARENT),
                false);
        progress.accept(0.1);
        XSLFSlide slide = show.createSlide(show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
        Dimension size = show.getPageSize();
        title(slide, Typesetter.clean(request.title()), size);
        Rectangle2D room = fitted(figure, size);
        if (picture) {
            byte[] png = PngExporter.encode(PngExporter.render(figure, request.scale(),
                    Progress.range(progress, 0.1, 0.7)));
            picture(show, slide, png, room, altText(request));
        } else {
            AffineTransform toSlide = new AffineTransform(room.getWidth() / figure.width(), 0, 0,
                    room.getHeight() / figure.height(), room.getX(), room.getY());
            figure.paint(new SlideGraphics(slide, toSlide), Progress.range(progress, 0.1, 0.9));
        }
        progress.accept(0.95);
        notes(show, slide, notesText(project, request));
        progress.accept(1);
        return slide;
    }

    /** The figure fitted into the room under the title, its proportions kept, centred. */
    static Rectangle2D fitted(Figure figure, Dimension size) {
        double roomW = size.width - 2 * MARGIN;
        double roomH = size.height - PICTURE_TOP - MARGIN / 2;
        double scale = Math.min(roomW / figure.width(), roomH / figure.height());
        double w = figure.width() * scale;
        double h = figure.height() * scale;
        return new Rectangle2D.Double((size.width - w) / 2, PICTURE_TOP + (roomH - h) / 2, w, h);
    }

    /**
     * Titles the show and writes it to {@code out}. POI reports a part it failed to write as a runtime
     * exception that drops the cause (a full disk reads "Failed to save: content types part"); built in
     * memory first, the file's own I/O errors reach the caller as they are.
     */
    static void finish(XMLSlideShow show, ExportRequest request, OutputStream out) throws IOException {
        show.getProperties().getCoreProperties().setTitle(Typesetter.clean(request.title()));
        show.getProperties().getCoreProperties().setCreator("Sectorscope");
        ByteArrayOutputStream whole = new ByteArrayOutputStream(1 << 20);
        show.write(whole);
        whole.writeTo(out);
    }

    /** The slide's title placeholder, set to {@code text} across the top. */
    static void title(XSLFSlide slide, String text, Dimension size) {
        XSLFSimpleShape placeholder = slide.getPlaceholder(Placeholder.TITLE);
        XSLFTextShape title = placeholder instanceof XSLFTextShape t ? t : slide.createTextBox();
        title.setAnchor(new Rectangle2D.Double(MARGIN, 14, size.width - 2 * MARGIN, 52));
        XSLFTextRun run = title.setText(text);
        run.setFontSize(26.0);
        run.setBold(true);
    }

    private static void picture(XMLSlideShow show, XSLFSlide slide, byte[] png, Rectangle2D room, String alt) {
        XSLFPictureData data = show.addPicture(png, PictureData.PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(data);
        picture.setAnchor(room);
        if (picture.getXmlObject() instanceof CTPicture ct) {
            ct.getNvPicPr().getCNvPr().setDescr(Typesetter.safe(alt));
        }
    }

    private static String altText(ExportRequest request) {
        return switch (request.view()) {
            case CANVAS -> "The sectors placed on the 2x2 framework";
            case OPTIONS -> "The policy options ranked by weighted score";
            case COMPARE -> "Policy options compared side by side";
        } + (request.subtitle() == null ? "" : ": " + Typesetter.clean(request.subtitle()));
    }

    /** The speaker notes of {@code slide}: {@code text} in the body, POI's sample date and number removed. */
    static void notes(XMLSlideShow show, XSLFSlide slide, String text) {
        XSLFNotes notes = show.getNotesSlide(slide);
        XSLFTextShape body = null;
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            Placeholder type = shape.getTextType();
            if (type == Placeholder.BODY && body == null) {
                body = shape;
            } else if (type == Placeholder.DATETIME || type == Placeholder.SLIDE_NUMBER || type == Placeholder.HEADER
                    || type == Placeholder.FOOTER) {
                // POI's notes template carries a fixed sample date ("1.7.2013") and a page number field.
                notes.removeShape(shape);
            }
        }
        (body == null ? notes.createTextBox() : body).setText(Typesetter.safe(text));
    }

    /** What a presenter needs to cite the figure: its sources and its source line. */
    static String notesText(Project project, ExportRequest request) {
        List<String> lines = new ArrayList<>();
        lines.add(Typesetter.clean(request.title()) + (request.subtitle() == null ? ""
                : ": " + Typesetter.clean(request.subtitle())));
        if (!project.sources().isEmpty()) {
            lines.add("Sources:");
            for (Source s : project.sources()) {
                lines.add("\u2022 " + Typesetter.clean(s.shortLabel()) + " \u2014 " + Typesetter.clean(s.title()));
            }
        }
        String sourceLine = request.view() == ExportRequest.View.CANVAS
                ? FigureRenderer.sourceLine(project, request, FigureRenderer.included(project, request.sectorIds()))
                : request.sourceLine();
        if (sourceLine != null) {
            lines.add(Typesetter.clean(sourceLine));
        }
        if (request.date() != null) {
            lines.add("Exported from Sectorscope on " + FooterBlock.formatDate(request.date()) + ".");
        }
        return String.join("\n", lines);
    }
}
