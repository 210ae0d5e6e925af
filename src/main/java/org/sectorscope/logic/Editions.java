package org.sectorscope.logic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sectorscope.model.Edition;
import org.sectorscope.model.EditionScore;
import org.sectorscope.model.EditionSector;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Ids;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Score;
import org.sectorscope.model.Sector;

/**
 * Taking editions (dated snapshots of the placements and scores) and reading them against a project:
 * which sectors an edition names that the project no longer has (kept and flagged, never dropped), and
 * the project as the edition saw it, for viewing an edition read-only on the canvas.
 */
public final class Editions {
    private Editions() {
    }

    /** An edition of {@code project} as it stands, with a new id, dated {@code at} (to the second, UTC). */
    public static Edition take(Project project, String name, Instant at) {
        return new Edition(Ids.newId("edition"), name, at.truncatedTo(ChronoUnit.SECONDS).toString(),
                sectors(project), scores(project), Extras.NONE);
    }

    /** Every sector as it stands now: position (or none), who placed it, how much evidence it has. */
    public static List<EditionSector> sectors(Project project) {
        List<EditionSector> out = new ArrayList<>(project.sectors().size());
        for (Sector s : project.sectors()) {
            out.add(new EditionSector(s.id(), s.name(), s.position(), s.placement().basis(), s.evidence().size(),
                    Extras.NONE));
        }
        return out;
    }

    private static List<EditionScore> scores(Project project) {
        List<EditionScore> out = new ArrayList<>();
        for (PolicyOption o : project.options()) {
            for (Score sc : o.scores()) {
                out.add(new EditionScore(o.id(), sc.criterionId(), sc.value(), Extras.NONE));
            }
        }
        return out;
    }

    /** "Brief, December 2026": the name a new edition is offered. */
    public static String defaultName(LocalDate day) {
        return "Brief, " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
    }

    /** {@link #defaultName(LocalDate)} for the UTC day of {@code at}. */
    public static String defaultName(Instant at) {
        return defaultName(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    /** The sectors {@code edition} names that {@code project} no longer has, in the edition's order. */
    public static List<EditionSector> missing(Project project, Edition edition) {
        Set<String> ids = new HashSet<>();
        project.sectors().forEach(s -> ids.add(s.id()));
        return edition.sectors().stream().filter(s -> !ids.contains(s.sectorId())).toList();
    }

    /** "2 sectors no longer in the project", or "" when the project still has them all. */
    public static String missingNote(Project project, Edition edition) {
        int n = missing(project, edition).size();
        return n == 0 ? "" : (n == 1 ? "1 sector" : n + " sectors") + " no longer in the project";
    }

    /** How many sectors the edition placed. */
    public static int placedCount(Edition edition) {
        return (int) edition.sectors().stream().filter(s -> s.position() != null).count();
    }

    /** The editions oldest first (by their ISO dates, which sort as text), ties in file order. */
    public static List<Edition> byDate(List<Edition> editions) {
        return editions.stream().sorted(Comparator.comparing(Edition::takenAt)).toList();
    }

    /** "2026-12-02 14:05" from "2026-12-02T14:05:00Z"; a date like "2020-02" as it is. */
    public static String dateText(String takenAt) {
        String t = takenAt.replace('T', ' ');
        if (t.endsWith("Z")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.length() > 16 && t.charAt(10) == ' ' ? t.substring(0, 16) : t;
    }

    /**
     * The project as {@code edition} saw it: each sector it holds at its recorded position and basis
     * (one the project lacks made from its recorded name, so it is still shown), sectors it lacks left
     * out. For viewing only, never to be saved or edited.
     */
    public static Project asProject(Project project, Edition edition) {
        List<Sector> out = new ArrayList<>(edition.sectors().size());
        for (EditionSector es : edition.sectors()) {
            Sector now = project.sector(es.sectorId()).orElse(null);
            if (now == null) {
                out.add(new Sector(es.sectorId(), es.name(), "", null, es.position(),
                        new Placement(es.basis(), null, "", Extras.NONE), List.of(), Extras.NONE));
            } else {
                Placement p = now.placement();
                out.add(now.withName(es.name()).withPosition(es.position()).withPlacement(new Placement(es.basis(),
                        p.sourceId(), p.locator(), p.quote(), p.rationale(), p.extras())));
            }
        }
        return project.withSectors(out);
    }
}
