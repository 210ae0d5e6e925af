package org.sectorscope.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.sectorscope.logic.AnalystView;
import org.sectorscope.logic.Consensus;
import org.sectorscope.logic.FigureCredits;
import org.sectorscope.logic.PlacementCredit;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.logic.WhatMoved;
import org.sectorscope.logic.plot.MarkerKey;
import org.sectorscope.logic.plot.MarkerStyles;
import org.sectorscope.logic.plot.PlacedSector;
import org.sectorscope.logic.plot.ConsensusMarks;
import org.sectorscope.logic.plot.PlotLayout;
import org.sectorscope.logic.plot.SectorMark;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * The canvas as a report figure (after the report's Figure 1.2): title and subtitle, the 2x2 with axis
 * titles, pole labels and quadrant names, every sector as a marker at its position with its label, a
 * legend, and the source line and date at the bottom. Always the light print look, at the request's
 * size. The plot is laid out by {@link PlotLayout}, the canvas's own layout, so screen and export agree.
 * Laid out once, when constructed; {@link #paint} only draws.
 */
public final class FigureRenderer implements Figure {
    private static final double PAD = TitleBlock.PAD;
    private static final Font LEGEND_MARK = ExportFonts.regular(11);

    private final Project project;
    private final ExportRequest request;
    private final TitleBlock title;
    private final FooterBlock footer;
    private final String sourceLine;
    private final OptionMarksPainter optionMarks;
    /** What moved since the request's edition, drawn as trails; null for none. */
    private final WhatMoved.Comparison moved;
    private final List<Sector> sectors;
    private final List<SectorMark> marks;
    /** What the markers' colours, shapes and sizes mean, over the sectors shown. */
    private final MarkerKey key;
    /** Who placed the sectors shown, worked out once: the report's citations, and whether any is the analyst's. */
    private final Set<String> reportCitations = new LinkedHashSet<>();
    private boolean analystShown;
    private Legend legend;
    private FrameworkPainter framework;
    private PlotLayout layout;
    /** The team's consensus when the figure shows it (ghosts and hulls drawn), else null. */
    private final Consensus consensus;
    /** What the figure shows when not the project's own placements ("Consensus of 3 analysts (median)"), or null. */
    private final String analystsShown;

    public FigureRenderer(Project project, ExportRequest request) {
        this(project, request, true, AnalystView.OWN);
    }

    /** The figure of {@code project} as {@code analysts} places it: its own, the consensus, or one analyst's. */
    public FigureRenderer(Project project, ExportRequest request, AnalystView analysts) {
        this(project, request, true, analysts);
    }

    /** {@code withTitle} false leaves the title out of the picture (a slide shows it as its title). */
    FigureRenderer(Project project, ExportRequest request, boolean withTitle) {
        this(project, request, withTitle, AnalystView.OWN);
    }

    private FigureRenderer(Project original, ExportRequest request, boolean withTitle, AnalystView analysts) {
        Consensus team = analysts.isOwn() ? null : Consensus.of(original);
        // Drawn from the sectors where the chosen analysts put them, so layout, marks and credits follow them.
        Project project = team == null ? original : analysts.shown(original, team);
        this.consensus = analysts.kind() == AnalystView.Kind.CONSENSUS ? team : null;
        this.analystsShown = team == null ? null : analysts.legend(original, team);
        this.project = project;
        // The project's own source line speaks of its own placements: another view composes its line afresh.
        boolean ownLine = team != null && Objects.equals(request.sourceLine(), original.info().sourceLine());
        this.request = ownLine ? request.withSourceLine(null) : request;
        this.title = new TitleBlock(withTitle ? request.title() : null, request.subtitle(), request.width());
        PolicyOption option = request.arrowsOptionId() == null ? null : project.option(request.arrowsOptionId())
                .orElseThrow(() -> new IllegalArgumentException("the project has no policy option with id "
                        + request.arrowsOptionId()));
        this.optionMarks = option == null ? null : new OptionMarksPainter(project, option);
        this.moved = request.movedSinceEditionId() == null ? null
                : WhatMoved.sinceEdition(project.teamwork().editions().stream()
                        .filter(e -> e.id().equals(request.movedSinceEditionId())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("the project has no edition with id "
                                + request.movedSinceEditionId())), project);
        this.sectors = included(project, request.sectorIds());
        this.marks = SectorMark.of(project, sectors, request.confidenceMarks());
        this.key = MarkerStyles.of(project, sectors).key();
        for (Sector s : sectors) {
            PlacementCredit c = PlacementCredit.of(project, s);
            if (c.byReport()) {
                reportCitations.add(c.citation() == null ? "the report" : c.citation());
            } else {
                analystShown = true;
            }
        }
        this.sourceLine = sourceLine(project, this.request, sectors);
        // A composed line too long for the figure names how many sectors each source placed instead.
        boolean composed = this.request.sourceLine() == null && project.info().sourceLine() == null;
        this.footer = new FooterBlock(sourceLine, composed ? () -> FigureCredits.counted(project, sectors) : null,
                request.date(), request.width());
        layout(option);
    }

    /** The request's own source line, else the one composed from who placed the sectors shown. */
    static String sourceLine(Project project, ExportRequest request, List<Sector> shown) {
        return request.sourceLine() != null ? request.sourceLine() : FigureCredits.sourceLine(project, shown);
    }

    /** The legend depends on the layout (which marks show) and the plot on the legend's height: settle both. */
    private void layout(PolicyOption option) {
        double plotTop = title.height() + 16 + FrameworkPainter.AXIS_BAND;
        double plotLeft = PAD + FrameworkPainter.AXIS_BAND;
        PlotGeometry geometry = null;
        legend = new Legend(legendEntries(null, option), request.width() - 2 * PAD);
        for (int round = 0; round < 3; round++) {
            PlotGeometry next = geometry(plotLeft, plotTop);
            if (next.equals(geometry)) {
                return;
            }
            geometry = next;
            framework = new FrameworkPainter(project.framework(), geometry);
            layout = PlotLayout.compute(project.framework(), marks, geometry, FigureText.METRICS);
            legend = new Legend(legendEntries(layout, option), request.width() - 2 * PAD);
        }
    }

    private PlotGeometry geometry(double left, double top) {
        double bottom = request.height() - PAD - footer.height() - 10 - legend.height() - 16;
        return new PlotGeometry(left, top, Math.max(40, request.width() - PAD - left), Math.max(40, bottom - top));
    }

    private Set<String> targets() {
        return request.arrowsOptionId() == null ? Set.of() : project.option(request.arrowsOptionId())
                .map(o -> Set.copyOf(o.targets().sectorIds())).orElse(Set.of());
    }

    /** The placed sectors the request names (all placed ones when it names none), in project order. */
    public static List<Sector> included(Project project, List<String> ids) {
        Set<String> wanted = ids == null ? null : new HashSet<>(ids);
        return project.sectors().stream().filter(Sector::isPlaced)
                .filter(s -> wanted == null || wanted.contains(s.id())).toList();
    }

    /** What the figure's symbols mean: only those it shows. {@code laidOut} null before the first layout. */
    private List<Legend.Entry> legendEntries(PlotLayout laidOut, PolicyOption option) {
        List<Legend.Entry> entries = new ArrayList<>();
        Legend.Symbol title = Legend.text("", LEGEND_MARK, Palette.MUTED);
        if (analystsShown != null) {
            entries.add(new Legend.Entry(consensus == null ? title : Legend.text("\u25CB", LEGEND_MARK, Palette.MUTED),
                    consensus == null ? analystsShown : analystsShown + "; ghosts: " + ConsensusMarks.key(consensus)
                            + "; shaded: their spread", true));
        }
        if (key.colorTitle() != null) {
            entries.add(new Legend.Entry(title, "Colour: " + key.colorTitle()));
        }
        key.colors().forEach(e -> entries.add(new Legend.Entry(Legend.key(e, false), e.label())));
        key.shapes().forEach(e -> entries.add(new Legend.Entry(Legend.key(e, false), e.label())));
        if (key.sizeTitle() != null) {
            entries.add(new Legend.Entry(title, "Marker area: " + key.sizeTitle(), true));
        }
        key.sizes().forEach(e -> entries.add(new Legend.Entry(Legend.key(e, true), e.label())));
        // A field's key reads as a block of its own; the driver key stays in the flow as it always was.
        boolean keyBlock = key.colorTitle() != null || key.sizeTitle() != null;
        int rest = entries.size();
        if (!reportCitations.isEmpty()) {
            entries.add(new Legend.Entry(Legend.basis(true), "placed by the report (" + String.join("; ", reportCitations)
                    + ")"));
        }
        if (analystShown) {
            entries.add(new Legend.Entry(Legend.basis(false), project.info().author() == null ? "the analyst's reading"
                    : "the analyst's reading (" + Typesetter.clean(project.info().author()) + ")"));
        }
        if (marks.stream().anyMatch(m -> PlotLocation.onVerticalLine(m.position())
                || PlotLocation.onHorizontalLine(m.position()))) {
            entries.add(new Legend.Entry(Legend.ring(), "on a dividing line (within " + PlotLocation.ON_LINE
                    + "): between two quadrants"));
        }
        if (request.confidenceMarks() && laidOut != null
                && laidOut.sectors().stream().anyMatch(s -> s.labelled() && !s.compact())) {
            entries.add(new Legend.Entry(Legend.text("\u25AF\u25AF\u25AF \u2026 \u25AE\u25AE\u25AE", LEGEND_MARK,
                    Palette.CONFIDENCE), "evidence support, none to high; item count"));
        }
        if (request.confidenceMarks() && marks.stream().anyMatch(SectorMark::warning)) {
            entries.add(new Legend.Entry(Legend.text(SectorMark.WARNING_MARK, LEGEND_MARK, Palette.WARNING),
                    "placed against the weight of its evidence"));
        }
        if (option != null) {
            if (optionMarks == null || !optionMarks.arrows().isEmpty()) {
                entries.add(new Legend.Entry(Legend.arrow(), "intended move: " + Typesetter.clean(option.name())));
            }
            entries.add(new Legend.Entry(Legend.dashedBox(), "targeted by " + Typesetter.clean(option.name())));
        }
        if (moved != null) {
            entries.addAll(MoveTrailsPainter.legend(moved));
        }
        long bare = laidOut == null ? 0 : laidOut.sectors().stream().filter(s -> !s.labelled()).count();
        if (bare > 0) {
            String count = bare == 1 ? "1 sector" : bare + " sectors";
            entries.add(new Legend.Entry(Legend.text("", LEGEND_MARK, Palette.MUTED),
                    count + " without a label: no room at this size"));
        }
        if (keyBlock && entries.size() > rest) {
            Legend.Entry first = entries.get(rest);
            entries.set(rest, new Legend.Entry(first.symbol(), first.label(), true));
        }
        return entries;
    }

    @Override
    public int width() {
        return request.width();
    }

    @Override
    public int height() {
        return request.height();
    }

    /** The plot the figure uses: framework positions to figure units, as the canvas maps them to pixels. */
    public PlotGeometry geometry() {
        return layout.geometry();
    }

    /** Where every included sector's marker and label went, in project order. */
    public PlotLayout layout() {
        return layout;
    }

    /** The line printed under the figure, or null for none. */
    public String sourceLine() {
        return sourceLine;
    }

    /** The source line as drawn under the figure, line by line: {@link #sourceLine()}, or its counted form when that would be cut. */
    List<String> drawnSourceLines() {
        return footer.sourceLines();
    }

    @Override
    public void paint(Graphics2D graphics, DoubleConsumer progress) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            Figures.prepare(g, request, width(), height());
            title.paint(g);
            framework.paintBack(g);
            progress.accept(0.1);
            PlotPainter.paintNames(g, layout); // under the sectors: a marker is data, never hidden
            if (moved != null) {
                MoveTrailsPainter.paint(g, moved, layout); // under the markers too, for the same reason
            }
            if (consensus != null) {
                ConsensusPainter.paint(g, ConsensusMarks.of(project.framework(), consensus, layout.geometry()));
            }
            PlotPainter.paintSectors(g, layout, targets(), p -> progress.accept(0.1 + 0.8 * p));
            if (optionMarks != null) {
                optionMarks.paint(g, layout); // above the labels, so no arrow hides under one
            }
            double footerTop = request.height() - PAD - footer.height();
            legend.paint(g, PAD, footerTop - 10 - legend.height());
            footer.paint(g, footerTop);
            progress.accept(1);
        } finally {
            g.dispose();
        }
    }
}
