package org.sectorscope.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sectorscope.model.Axis;
import org.sectorscope.model.DeckSection;
import org.sectorscope.model.DeckSections;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.Source;

/**
 * What the briefing deck says, from the project and the sections the analyst chose ({@link DeckSections}):
 * the cover, a list of sectors per quadrant, the options ({@link BriefingOptions}), what would change their
 * ranking and the sources. Words and numbers only; {@code export} lays them out on slides and pages. A
 * section the analyst left out is null (or, for the quadrants, empty).
 *
 * <p>A sector is listed once, where its position puts it ({@link PlotLocation}): in its quadrant; on a
 * dividing line, in a list of its own after the quadrants (a placement left undecided between two
 * quadrants on purpose is not claimed for either), saying which line and where its signs put it; not yet
 * placed, in a last list. Each sector's placement is credited as the figure credits it
 * ({@link PlacementCredit}).
 *
 * @param sections   what the analyst chose
 * @param cover      the title slide, or null
 * @param figure     whether the deck shows the canvas figure
 * @param quadrants  the sector lists: the four quadrants by letter, then those on a line and those not
 *                   placed when there are any; empty when left out
 * @param options    the options matrix and the top options compared, or null
 * @param swaps      what would change the ranking, or null
 * @param sources    the sources, or null
 */
public record BriefingDeck(DeckSections sections, Cover cover, boolean figure, List<SectorList> quadrants,
                           BriefingOptions options, Swaps swaps, Sources sources) {
    /** The most evidence items quoted for one sector: its strongest. */
    public static final int EVIDENCE_PER_SECTOR = 3;
    /** A rationale is cut to this many characters (and to one line), ending in an ellipsis. */
    public static final int RATIONALE_CHARS = 300;
    /** A quote is cut to this many characters before the slide cuts it to its lines. */
    public static final int QUOTE_CHARS = 600;
    public static final String ON_LINE = "On a dividing line";
    public static final String UNPLACED = "Not placed";

    public BriefingDeck {
        quadrants = List.copyOf(quadrants);
    }

    /** The title slide: the project's title and subtitle, its author (null when none) and the date. */
    public record Cover(String title, String subtitle, String author, LocalDate date) {
    }

    /**
     * The sectors of one list.
     *
     * @param heading     "A) Win-Win", {@link #ON_LINE} or {@link #UNPLACED}
     * @param quadrant    the quadrant listed, or null for the line and unplaced lists
     * @param description what the list holds: "2 sectors · Innovation outcomes in China: Success · Effect on the
     *                    global sector: Constructive"
     */
    public record SectorList(String heading, Quadrant quadrant, String description, List<SectorBrief> sectors) {
        public SectorList {
            sectors = List.copyOf(sectors);
        }
    }

    /**
     * One sector as a quadrant slide lists it.
     *
     * @param where         "x -0.6, y 0.5"; "on the A/C line, in C by its signs"; or "not placed"
     * @param credit        whose placement it is, in the figure's words ("placed by the report (Kennedy, ...)")
     * @param byReport      whether the report gets the credit (the figure's filled marker)
     * @param rationale     the placement's rationale on one line, at most {@link #RATIONALE_CHARS}; "" for none
     * @param evidence      the strongest items, at most {@link #EVIDENCE_PER_SECTOR}
     * @param evidenceCount how many items the sector has in all
     */
    public record SectorBrief(String id, String name, String driver, String where, String credit, boolean byReport,
                              String rationale, List<EvidenceBrief> evidence, int evidenceCount) {
        public SectorBrief {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One evidence item as quoted: its quote (or its note when it has none) on one line, at most
     * {@link #QUOTE_CHARS}, and where it comes from.
     *
     * @param source the source's short label, "" for none
     * @param page   the page, or null
     */
    public record EvidenceBrief(String text, boolean quoted, String source, String page, String grade) {
        /** "Kennedy, ch. 1, p. 12; graded B2". */
        public String citation() {
            List<String> parts = new ArrayList<>(3);
            if (!source.isBlank()) {
                parts.add(source);
            }
            if (page != null && !page.isBlank()) {
                parts.add("p. " + page);
            }
            return (parts.isEmpty() ? "" : String.join(", ", parts) + "; ") + "graded " + grade;
        }
    }

    /** The sentences of {@link WeightSensitivity}, best pair first; {@code note} says why there are none. */
    public record Swaps(List<String> sentences, String note) {
        public Swaps {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * The sources slide.
     *
     * @param works      each source cited in full, in the project's order
     * @param placements who placed the sectors: the report's citations and the analyst, with counts
     * @param sourceLine the analyst's own source line for the figure, or null
     */
    public record Sources(List<String> works, List<String> placements, String sourceLine) {
        public Sources {
            works = List.copyOf(works);
            placements = List.copyOf(placements);
        }
    }

    /** The deck of {@code project}'s chosen sections, dated {@code date} (null for none). */
    public static BriefingDeck of(Project project, LocalDate date) {
        DeckSections chosen = project.deck();
        var info = project.info();
        Cover cover = chosen.includes(DeckSection.TITLE)
                ? new Cover(info.title(), info.subtitle(), info.author(), date) : null;
        List<SectorList> quadrants = chosen.includes(DeckSection.QUADRANTS) ? sectorLists(project) : List.of();
        BriefingOptions options = chosen.includes(DeckSection.OPTIONS) ? BriefingOptions.of(project) : null;
        Swaps swaps = chosen.includes(DeckSection.SENSITIVITY) ? swaps(project) : null;
        Sources sources = chosen.includes(DeckSection.SOURCES) ? sources(project) : null;
        return new BriefingDeck(chosen, cover, chosen.includes(DeckSection.FIGURE), quadrants, options, swaps, sources);
    }

    /** Every sector once: in its quadrant, on a line, or not placed (see the class comment), in the project's order. */
    static List<SectorList> sectorLists(Project project) {
        var f = project.framework();
        Map<Quadrant, List<SectorBrief>> inside = new LinkedHashMap<>();
        f.quadrants().stream().sorted(Comparator.comparing(Quadrant::letter)).forEach(q -> inside.put(q, new ArrayList<>()));
        List<SectorBrief> onLine = new ArrayList<>();
        List<SectorBrief> unplaced = new ArrayList<>();
        for (Sector s : project.sectors()) {
            SectorBrief brief = brief(project, s);
            if (!s.isPlaced()) {
                unplaced.add(brief);
            } else if (PlotLocation.of(f, s.position()).onLine()) {
                onLine.add(brief);
            } else {
                inside.get(f.quadrantOf(s.position())).add(brief);
            }
        }
        List<SectorList> lists = new ArrayList<>();
        inside.forEach((q, sectors) -> lists.add(new SectorList(q.label(), q, count(sectors.size()) + " \u00B7 "
                + pole(f.xAxis(), q.x()) + " \u00B7 " + pole(f.yAxis(), q.y()), sectors)));
        if (!onLine.isEmpty()) {
            lists.add(new SectorList(ON_LINE, null, count(onLine.size()) + " within " + Position.text(PlotLocation.ON_LINE)
                    + " of a dividing line: left undecided between the quadrants each one touches, so listed here"
                    + " rather than in one of them", onLine));
        }
        if (!unplaced.isEmpty()) {
            lists.add(new SectorList(UNPLACED, null, count(unplaced.size()) + " not yet placed on the framework",
                    unplaced));
        }
        return lists;
    }

    /** "Innovation outcomes in China: Success". */
    private static String pole(Axis axis, Side side) {
        return axis.title() + ": " + (side == Side.LOW ? axis.lowLabel() : axis.highLabel());
    }

    private static String count(int n) {
        return n == 0 ? "No sectors" : sectors(n);
    }

    static SectorBrief brief(Project project, Sector s) {
        List<EvidenceBrief> evidence = StrongestEvidence.of(s, EVIDENCE_PER_SECTOR).stream()
                .map(e -> evidence(project, e)).toList();
        return new SectorBrief(s.id(), s.name(), project.driverNameOf(s), where(project, s),
                PlacementCredit.of(project, s).describe(), PlacementCredit.byReport(project, s),
                oneLine(s.placement().rationale(), RATIONALE_CHARS), evidence, s.evidence().size());
    }

    /** "x -0.6, y 0.5", "on the A/C line, in C by its signs" or "not placed". */
    static String where(Project project, Sector s) {
        if (!s.isPlaced()) {
            return "not placed";
        }
        PlotLocation at = PlotLocation.of(project.framework(), s.position());
        String xy = "x " + Position.text(s.position().x()) + ", y " + Position.text(s.position().y());
        return at.onLine() ? at.label() + ", in " + at.quadrant().letter() + " by its signs (" + xy + ")" : xy;
    }

    private static EvidenceBrief evidence(Project project, Evidence e) {
        boolean quoted = e.quote() != null && !e.quote().isBlank();
        String source = project.source(e.sourceId()).map(Source::shortLabel)
                .orElse(e.sourceId() == null ? "" : e.sourceId());
        return new EvidenceBrief(oneLine(e.text(), QUOTE_CHARS), quoted, oneLine(source, RATIONALE_CHARS), e.page(),
                e.grade());
    }

    private static Swaps swaps(Project project) {
        List<String> sentences = WeightSensitivity.adjacentSwaps(project).stream()
                .map(WeightSensitivity.Swap::describe).map(s -> s + ".").toList();
        String note;
        if (project.options().size() < 2) {
            note = "The project has fewer than two policy options, so there is no ranking to change.";
        } else if (sentences.isEmpty()) {
            note = "Every criterion weighs 0, so the ranking carries no signal.";
        } else {
            note = "For each pair of neighbouring options, the smallest change of one criterion's weight, all other"
                    + " weights and every score kept, that lets the lower option overtake the higher.";
        }
        return new Swaps(sentences, note);
    }

    private static Sources sources(Project project) {
        List<String> works = project.sources().stream().map(BriefingDeck::work).toList();
        Map<String, Integer> byCitation = new LinkedHashMap<>();
        int analyst = 0;
        for (Sector s : project.sectors()) {
            if (!s.isPlaced()) {
                continue;
            }
            PlacementCredit credit = PlacementCredit.of(project, s);
            if (credit.byReport() && credit.citation() != null) {
                byCitation.merge(credit.citation(), 1, Integer::sum);
            } else {
                analyst++;
            }
        }
        List<String> placements = new ArrayList<>();
        byCitation.forEach((citation, n) -> placements.add("Placed by the report: " + sectors(n)
                + " (" + citation + ")."));
        if (analyst > 0) {
            placements.add("The analyst's reading: " + sectors(analyst) + " ("
                    + FigureCredits.author(project) + ").");
        }
        return new Sources(works, placements, project.info().sourceLine());
    }

    /** "1 sector", "1,200 sectors". */
    private static String sectors(int n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "sector" : "sectors");
    }

    /** "Scott Kennedy, China's uneven high-tech drive, in China's Uneven..., ch. 1, pp. 1-12, CSIS, 2020-02, URL". */
    static String work(Source s) {
        List<String> parts = new ArrayList<>();
        add(parts, s.author(), "");
        add(parts, s.title(), "");
        add(parts, s.container(), "in ");
        add(parts, s.chapter(), "ch. ");
        add(parts, s.pages(), "pp. ");
        add(parts, s.publisher(), "");
        add(parts, s.date(), "");
        add(parts, s.url(), "");
        return parts.isEmpty() ? s.id() : oneLine(String.join(", ", parts), Integer.MAX_VALUE);
    }

    private static void add(List<String> parts, String value, String prefix) {
        if (value != null && !value.isBlank()) {
            parts.add(prefix + value.strip());
        }
    }

    /**
     * {@code text} on one line: every run of white space, line breaks and control characters one space,
     * stripped, and cut to {@code max} characters with an ellipsis (never between a surrogate pair's halves).
     * Null reads as "".
     */
    public static String oneLine(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = OneLine.head(text, max);
        if (line.length() <= max) {
            return line;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end).stripTrailing() + "\u2026";
    }
}
