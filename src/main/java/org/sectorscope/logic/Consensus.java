package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.AnalystPlacement;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;

/**
 * Where a team agrees: per sector, over every analyst who placed it (each layer of
 * {@code Project.teamwork().analysts()}, plus the project's own placement counted as one analyst named by
 * the project's author, or "Project"), the median position, the spread, the modal quadrant and the share of
 * analysts in it, and the convex hull of their positions. Quadrants come from {@link Framework#quadrantOf},
 * the rule the figure draws by, so a sector's marker and its words never disagree.
 *
 * @param analysts the analysts in order: the project's own first (when it placed anything), then the layers
 * @param sectors  one entry per sector somebody placed, in the project's order
 * @param orphans  placements in layers of sectors the project does not have: kept and flagged, never dropped
 */
public record Consensus(List<Analyst> analysts, List<SectorConsensus> sectors, List<Orphan> orphans) {
    /** The project's own analyst when the project names no author. */
    public static final String PROJECT_ANALYST = "Project";

    /** Most disputed first: lowest agreement, then widest spread, then by name. */
    public static final Comparator<SectorConsensus> MOST_DISPUTED_FIRST = Comparator
            .comparingDouble(SectorConsensus::agreement)
            .thenComparing(Comparator.comparingDouble(SectorConsensus::spread).reversed())
            .thenComparing(SectorConsensus::name, String.CASE_INSENSITIVE_ORDER);

    public Consensus {
        analysts = List.copyOf(analysts);
        sectors = List.copyOf(sectors);
        orphans = List.copyOf(orphans);
    }

    /** One analyst: a layer, or the project itself ({@code layerId} null). */
    public record Analyst(String layerId, String name) {
        public boolean isProject() {
            return layerId == null;
        }

        /** "AL" for "Ada Lovelace", "P" for "Project": what a ghost marker is labelled with. */
        public String initials() {
            StringBuilder out = new StringBuilder();
            for (String word : name.strip().split("\\s+")) {
                if (!word.isEmpty() && out.length() < 2) {
                    out.appendCodePoint(word.codePointAt(0));
                }
            }
            return out.toString().toUpperCase(Locale.ROOT);
        }
    }

    /** Where one analyst puts one sector, and the quadrant that position is in. */
    public record Opinion(Analyst analyst, Position position, Quadrant quadrant) {
    }

    /** A layer's placement of a sector the project lacks. */
    public record Orphan(Analyst analyst, String sectorId) {
    }

    /**
     * The team's view of one sector.
     *
     * @param median  coordinate-wise median of the opinions (the mean of the middle two for an even count)
     * @param spread  mean distance of the opinions from the median, in axis units (0 when all agree)
     * @param modal   the quadrant most analysts put it in; on a tie, the median's quadrant if it is among the
     *                tied, else the first tied by letter
     * @param tied    every quadrant with the modal count, by letter (one when there is no tie)
     * @param inModal how many analysts put it in the modal quadrant
     * @param hull    the convex hull of the positions, anticlockwise: one point, a segment, or a polygon
     */
    public record SectorConsensus(String sectorId, String name, List<Opinion> opinions, Position median,
                                  double spread, Quadrant modal, List<Quadrant> tied, int inModal,
                                  List<Position> hull) {
        public SectorConsensus {
            opinions = List.copyOf(opinions);
            tied = List.copyOf(tied);
            hull = List.copyOf(hull);
        }

        public int count() {
            return opinions.size();
        }

        /** The share of analysts in the modal quadrant, from 1/count up to 1. */
        public double agreement() {
            return (double) inModal / opinions.size();
        }

        public boolean isTie() {
            return tied.size() > 1;
        }

        /** This analyst's opinion, or empty when they have not placed the sector. */
        public Optional<Opinion> of(Analyst analyst) {
            return opinions.stream().filter(o -> o.analyst().equals(analyst)).findFirst();
        }

        /**
         * "2 of 3 in B · spread 0.31"; on a tie "1 of 2 in A, tied with B · spread 0.5", so a reader sees
         * why A was named.
         */
        public String summary() {
            StringBuilder out = new StringBuilder().append(inModal).append(" of ").append(count()).append(" in ")
                    .append(modal.letter());
            if (isTie()) {
                out.append(", tied with ").append(String.join(" and ",
                        tied.stream().filter(q -> !q.equals(modal)).map(Quadrant::letter).toList()));
            }
            return out.append(" \u00b7 spread ").append(String.format(Locale.ROOT, "%.2f", spread)).toString();
        }
    }

    /** The analysts of {@code project}: its own (if it placed anything) then each layer. */
    public static List<Analyst> analystsOf(Project project) {
        List<Analyst> out = new ArrayList<>();
        if (project.sectors().stream().anyMatch(Sector::isPlaced)) {
            out.add(projectAnalyst(project));
        }
        for (AnalystLayer l : project.teamwork().analysts()) {
            out.add(new Analyst(l.id(), l.analyst()));
        }
        return out;
    }

    public static Analyst projectAnalyst(Project project) {
        String author = project.info().author();
        return new Analyst(null, author == null || author.isBlank() ? PROJECT_ANALYST : author.strip());
    }

    public static Consensus of(Project project) {
        Framework f = project.framework();
        List<Analyst> analysts = analystsOf(project);
        Map<String, List<Opinion>> bySector = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (Sector s : project.sectors()) {
            known.add(s.id());
            bySector.put(s.id(), new ArrayList<>());
            if (s.isPlaced()) {
                bySector.get(s.id()).add(new Opinion(analysts.get(0), s.position(), f.quadrantOf(s.position())));
            }
        }
        List<Orphan> orphans = new ArrayList<>();
        for (AnalystLayer l : project.teamwork().analysts()) {
            Analyst a = new Analyst(l.id(), l.analyst());
            for (AnalystPlacement p : l.placements()) {
                if (known.contains(p.sectorId())) {
                    bySector.get(p.sectorId()).add(new Opinion(a, p.position(), f.quadrantOf(p.position())));
                } else {
                    orphans.add(new Orphan(a, p.sectorId()));
                }
            }
        }
        List<SectorConsensus> sectors = new ArrayList<>();
        for (Sector s : project.sectors()) {
            List<Opinion> opinions = bySector.get(s.id());
            if (!opinions.isEmpty()) {
                sectors.add(of(f, s, opinions));
            }
        }
        return new Consensus(analysts, sectors, orphans);
    }

    private static SectorConsensus of(Framework f, Sector s, List<Opinion> opinions) {
        List<Position> points = opinions.stream().map(Opinion::position).toList();
        Position median = new Position(median(points.stream().mapToDouble(Position::x).toArray()),
                median(points.stream().mapToDouble(Position::y).toArray()));
        double spread = points.stream().mapToDouble(p -> Math.hypot(p.x() - median.x(), p.y() - median.y()))
                .average().orElse(0);
        Map<Quadrant, Integer> counts = new LinkedHashMap<>();
        opinions.forEach(o -> counts.merge(o.quadrant(), 1, Integer::sum));
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<Quadrant> tied = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(Quadrant::letter)).toList();
        Quadrant atMedian = f.quadrantOf(median);
        Quadrant modal = tied.contains(atMedian) ? atMedian : tied.get(0);
        return new SectorConsensus(s.id(), s.name(), opinions, median, spread, modal, tied, most, hull(points));
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        double m = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return Math.max(Position.MIN, Math.min(Position.MAX, m));
    }

    /** Andrew's monotone chain: the hull anticlockwise (y up), collinear points dropped; distinct points only. */
    static List<Position> hull(List<Position> points) {
        List<Position> pts = new ArrayList<>(new LinkedHashSet<>(points));
        pts.sort(Comparator.comparingDouble(Position::x).thenComparingDouble(Position::y));
        if (pts.size() < 3) {
            return pts;
        }
        Position[] h = new Position[2 * pts.size()];
        int k = 0;
        for (Position p : pts) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], p) <= 0) {
                k--;
            }
            h[k++] = p;
        }
        for (int i = pts.size() - 2, lower = k + 1; i >= 0; i--) {
            Position p = pts.get(i);
            while (k >= lower && cross(h[k - 2], h[k - 1], p) <= 0) {
                k--;
            }
            h[k++] = p;
        }
        return List.of(Arrays.copyOf(h, k - 1));
    }

    private static double cross(Position o, Position a, Position b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }

    public Optional<SectorConsensus> sector(String sectorId) {
        return sectors.stream().filter(s -> s.sectorId().equals(sectorId)).findFirst();
    }

    public Optional<Analyst> analyst(String layerId) {
        return analysts.stream().filter(a -> Objects.equals(a.layerId(), layerId)).findFirst();
    }

    /** Whether there is more than one analyst to agree or disagree. */
    public boolean isTeam() {
        return analysts.size() > 1;
    }

    /** "Consensus of 3 analysts (median)": what the figure's legend says in consensus mode. */
    public String legend() {
        return "Consensus of " + analysts.size() + (analysts.size() == 1 ? " analyst" : " analysts") + " (median)";
    }
}
