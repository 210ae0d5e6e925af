package org.sectorscope.export;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.sectorscope.logic.CardSpreader;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * The canvas as a report figure (after the report's Figure 1.2): title and subtitle, the 2x2 with axis
 * titles, pole labels and quadrant names, a card per sector, a legend, and the source line and date at
 * the bottom. Always the light print look, at the request's size, whatever the window shows. Placement
 * uses the canvas's own rules ({@link PlotGeometry}, {@link CardSpreader}), so screen and export agree.
 * Laid out once, when constructed; {@link #paint} only draws.
 */
public final class FigureRenderer implements Figure {
    /** Where a sector ended up: its card's box or, when {@code labelled} is false, its shape's box. */
    public record PlacedCard(String sectorId, CardSpreader.Box box, boolean labelled) {
    }

    private static final double PAD = TitleBlock.PAD;
    private static final Font LEGEND_MARK = ExportFonts.regular(11);

    private final ExportRequest request;
    private final TitleBlock title;
    private final FooterBlock footer;
    private final PolicyOption option;
    private final List<Sector> sectors;
    private Legend legend;
    private PlotGeometry geometry;
    private FrameworkPainter framework;
    private OptionMarksPainter optionMarks;
    private List<SectorCard> cards;

    public FigureRenderer(Project project, ExportRequest request) {
        this(project, request, true);
    }

    /** {@code withTitle} false leaves the title out of the picture (a slide shows it as its title). */
    FigureRenderer(Project project, ExportRequest request, boolean withTitle) {
        this.request = request;
        this.title = new TitleBlock(withTitle ? request.title() : null, request.subtitle(), request.width());
        this.footer = new FooterBlock(request.sourceLine(), request.date(), request.width());
        this.option = request.arrowsOptionId() == null ? null : project.option(request.arrowsOptionId())
                .orElseThrow(() -> new IllegalArgumentException("the project has no policy option with id "
                        + request.arrowsOptionId()));
        this.sectors = included(project, request.sectorIds());
        layout(project, false);
        if (cards.stream().anyMatch(c -> !c.labelled())) {
            // The note about shape-only sectors may take a legend row, and so room from the plot.
            layout(project, true);
        }
    }

    private void layout(Project project, boolean shapesNote) {
        double w = request.width();
        double plotTop = title.height() + 16 + FrameworkPainter.AXIS_BAND;
        double plotLeft = PAD + FrameworkPainter.AXIS_BAND;
        // The legend depends on the cards (which show marks, which are shapes) and the plot on the legend's
        // height: lay out until the plot stops changing, which takes two rounds at most in practice.
        List<SectorCard> laidOut = List.of();
        geometry = null;
        for (int round = 0; round < 3; round++) {
            legend = new Legend(legendEntries(laidOut, shapesNote), w - 2 * PAD);
            PlotGeometry next = geometry(plotLeft, plotTop);
            if (next.equals(geometry)) {
                return;
            }
            geometry = next;
            framework = new FrameworkPainter(project.framework(), geometry);
            optionMarks = option == null ? null : new OptionMarksPainter(project, option, geometry);
            cards = CardLayout.layout(sectors, geometry, framework.nameBoxes(), request.confidenceMarks(), targets());
            laidOut = cards;
        }
        legend = new Legend(legendEntries(laidOut, shapesNote), w - 2 * PAD);
    }

    private PlotGeometry geometry(double left, double top) {
        double bottom = request.height() - PAD - footer.height() - 10 - legend.height() - 16;
        return new PlotGeometry(left, top, Math.max(40, request.width() - PAD - left), Math.max(40, bottom - top));
    }

    private Set<String> targets() {
        return option == null ? Set.of() : Set.copyOf(option.targets().sectorIds());
    }

    /** The placed sectors the request names (all placed ones when it names none), in project order. */
    static List<Sector> included(Project project, List<String> ids) {
        Set<String> wanted = ids == null ? null : new HashSet<>(ids);
        return project.sectors().stream().filter(Sector::isPlaced)
                .filter(s -> wanted == null || wanted.contains(s.id())).toList();
    }

    private List<Legend.Entry> legendEntries(List<SectorCard> laidOut, boolean shapesNote) {
        List<Legend.Entry> entries = new ArrayList<>();
        Set<String> drivers = new LinkedHashSet<>();
        sectors.forEach(s -> drivers.add(s.driver()));
        if (drivers.contains(DriverMarker.STATE_LED)) {
            entries.add(new Legend.Entry(Legend.driver(DriverMarker.STATE_LED), "State-led"));
        }
        if (drivers.contains(DriverMarker.MARKET)) {
            entries.add(new Legend.Entry(Legend.driver(DriverMarker.MARKET), "Market-oriented"));
        }
        drivers.remove(DriverMarker.STATE_LED);
        drivers.remove(DriverMarker.MARKET);
        if (!drivers.isEmpty()) {
            String label = drivers.equals(Set.of("Mixed")) ? "Mixed" : drivers.contains("Mixed") ? "Mixed / other"
                    : "Other driver";
            entries.add(new Legend.Entry(Legend.driver("Mixed"), label));
        }
        boolean marksShown = laidOut.stream().anyMatch(c -> !c.mark().isEmpty());
        if (request.confidenceMarks() && (marksShown || laidOut.isEmpty())) {
            entries.add(new Legend.Entry(Legend.text("\u25AF\u25AF\u25AF \u2026 \u25AE\u25AE\u25AE", LEGEND_MARK,
                    Palette.CONFIDENCE), "support of the placement by its graded evidence, none to high, and item count"));
            if (laidOut.stream().anyMatch(c -> c.mark().endsWith(CardLayout.WARNING_MARK))) {
                entries.add(new Legend.Entry(Legend.text(CardLayout.WARNING_MARK, LEGEND_MARK, Palette.WARNING),
                        "the placement goes against the weight of its evidence"));
            }
        }
        if (option != null) {
            if (optionMarks == null || !optionMarks.arrows().isEmpty()) {
                entries.add(new Legend.Entry(Legend.arrow(), "intended move: " + Typesetter.clean(option.name())));
            }
            entries.add(new Legend.Entry(Legend.dashedBox(), "targeted by " + Typesetter.clean(option.name())));
        }
        if (shapesNote) {
            long shapes = laidOut.isEmpty() ? 0 : laidOut.stream().filter(c -> !c.labelled()).count();
            String count = shapes == 0 ? "Some sectors" : shapes == 1 ? "1 sector" : shapes + " sectors";
            entries.add(new Legend.Entry(Legend.text("", LEGEND_MARK, Palette.MUTED),
                    count + " shown as a shape only: no room for a label at this size"));
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
        return geometry;
    }

    /** Every included sector's card or shape, in project order. */
    public List<PlacedCard> cards() {
        return cards.stream().map(c -> new PlacedCard(c.sector().id(), c.box(), c.labelled())).toList();
    }

    @Override
    public void paint(Graphics2D graphics, DoubleConsumer progress) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            Figures.prepare(g, request, width(), height());
            title.paint(g);
            framework.paintBack(g);
            if (optionMarks != null) {
                optionMarks.paint(g);
            }
            progress.accept(0.1);
            // Shapes first, so labelled cards lie above them.
            List<SectorCard> order = new ArrayList<>(cards);
            order.sort(Comparator.comparing(SectorCard::labelled));
            for (int i = 0; i < order.size(); i++) {
                CardPainter.paint(g, order.get(i));
                if (i % 100 == 99) {
                    progress.accept(0.1 + 0.8 * (i + 1) / order.size());
                }
            }
            framework.paintFront(g);
            double footerTop = request.height() - PAD - footer.height();
            legend.paint(g, PAD, footerTop - 10 - legend.height());
            footer.paint(g, footerTop);
            progress.accept(1);
        } finally {
            g.dispose();
        }
    }
}
