package org.sectorscope.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.sectorscope.logic.AnalystView;
import org.sectorscope.model.Project;

/** Picks the figure a request asks for, and the drawing settings every figure paints with. */
public final class Figures {
    private Figures() {
    }

    /**
     * The laid-out figure of the request's view.
     *
     * @throws IllegalArgumentException with a message fit for the analyst when the request does not fit
     *         the project (an option it names is missing, or COMPARE without 2-4 options)
     */
    public static Figure of(Project project, ExportRequest request) {
        return of(project, request, true);
    }

    /** As {@link #of(Project, ExportRequest)}; a canvas figure shows the sectors as {@code analysts} places them. */
    public static Figure of(Project project, ExportRequest request, AnalystView analysts) {
        return request.view() == ExportRequest.View.CANVAS && !analysts.isOwn()
                ? new FigureRenderer(project, request, analysts) : of(project, request, true);
    }

    static Figure of(Project project, ExportRequest request, boolean withTitle) {
        return switch (request.view()) {
            case CANVAS -> new FigureRenderer(project, request, withTitle);
            case OPTIONS -> OptionsMatrixRenderer.options(project, request, withTitle);
            case COMPARE -> OptionsMatrixRenderer.compare(project, request, withTitle);
        };
    }

    /**
     * Antialiased shapes and text with fractional metrics (the layout measured text that way), pure
     * strokes, and the white background unless the request wants it transparent.
     */
    static void prepare(Graphics2D g, ExportRequest request, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (request.background() == ExportRequest.Background.WHITE) {
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, width, height));
        }
    }
}
