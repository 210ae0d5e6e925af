package org.sectorscope.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.AnalystPlacement;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.ProjectInfo;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TextLimit;

/**
 * Whose placements a figure shows: the project's own (the main assessment), the team's consensus (each
 * sector at the median of the analysts who placed it), or one analyst's layer alone. {@link #shown} gives
 * the project with its sectors where this view puts them, so the canvas and the exports lay out, mark and
 * place them by the usual rules: every sector is drawn in the quadrant its shown position gives. Shown
 * sectors other than the project's own are credited to the analysts (never to the report, which did not
 * place them there), through the shown project's author, which the figure's credits name; and a layer's placements of sectors the project lacks are named in {@link #legend}.
 */
public record AnalystView(Kind kind, String layerId) {
    public enum Kind { OWN, CONSENSUS, LAYER }

    public static final AnalystView OWN = new AnalystView(Kind.OWN, null);
    public static final AnalystView CONSENSUS = new AnalystView(Kind.CONSENSUS, null);

    public AnalystView {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.LAYER) != (layerId != null)) {
            throw new IllegalArgumentException("a layer view, and only it, names its layer");
        }
    }

    public static AnalystView layer(String layerId) {
        return new AnalystView(Kind.LAYER, Objects.requireNonNull(layerId, "layerId"));
    }

    public boolean isOwn() {
        return kind == Kind.OWN;
    }

    /** Whether {@code project} has what this view shows (a layer that was removed, or no layers for a consensus). */
    public boolean fits(Project project) {
        return switch (kind) {
            case OWN -> true;
            case CONSENSUS -> !project.teamwork().analysts().isEmpty();
            case LAYER -> layerOf(project) != null;
        };
    }

    private AnalystLayer layerOf(Project project) {
        return project.teamwork().analysts().stream().filter(l -> l.id().equals(layerId)).findFirst().orElse(null);
    }

    /** {@code project} with its sectors placed as this view places them (unplaced where it places none). */
    public Project shown(Project project, Consensus consensus) {
        if (kind == Kind.OWN || !fits(project)) {
            return project;
        }
        AnalystLayer layer = kind == Kind.LAYER ? layerOf(project) : null;
        List<Sector> sectors = new ArrayList<>(project.sectors().size());
        for (Sector s : project.sectors()) {
            if (layer != null) {
                AnalystPlacement p = layer.placement(s.id());
                sectors.add(credited(s, p == null ? null : p.position(), p == null ? "" : p.rationale()));
            } else {
                sectors.add(credited(s, consensus.sector(s.id()).map(Consensus.SectorConsensus::median).orElse(null),
                        ""));
            }
        }
        ProjectInfo i = project.info();
        // Credited to whoever placed what is shown, and never with the project's own source line.
        String credit = TextLimit.LINE.fit(layer != null ? layer.analyst()
                : "consensus of " + names(consensus) + " (median)");
        return project.withSectors(sectors).withInfo(new ProjectInfo(i.id(), i.title(), i.subtitle(), credit, null,
                i.notes(), i.extras()));
    }

    /** "Ada, Lin Wei and Ngozi Okafor": people's names as they are written, never lower-cased. */
    private static String names(Consensus consensus) {
        List<String> names = consensus.analysts().stream().map(Consensus.Analyst::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The sector at {@code at}, as an analyst's reading with no history (so no report credit). */
    private static Sector credited(Sector s, Position at, String rationale) {
        return s.withPosition(at).withPlacement(Placement.analyst(rationale == null ? "" : rationale))
                .withHistory(List.of());
    }

    /**
     * What the figure shows, for its legend: "Consensus of 3 analysts (median)", "Lin Wei's placements (3 of
     * 4 sectors); 1 of a sector this project lacks, not drawn: sector-batteries", or null for the project's own.
     */
    public String legend(Project project, Consensus consensus) {
        if (kind == Kind.OWN || !fits(project)) {
            return null;
        }
        if (kind == Kind.CONSENSUS) {
            return consensus.legend();
        }
        AnalystLayer layer = layerOf(project);
        List<String> lacking = consensus.orphans().stream().filter(o -> layerId.equals(o.analyst().layerId()))
                .map(Consensus.Orphan::sectorId).toList();
        long placed = layer.placements().size() - lacking.size();
        String out = layer.analyst() + "'s placements (" + placed + " of " + project.sectors().size() + " sectors)";
        if (!lacking.isEmpty()) {
            out += "; " + lacking.size() + (lacking.size() == 1 ? " of a sector" : " of sectors")
                    + " this project lacks, not drawn: " + String.join(", ", lacking);
        }
        return out;
    }
}
