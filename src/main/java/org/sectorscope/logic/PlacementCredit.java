package org.sectorscope.logic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PlacementChange;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;

/**
 * Who a sector's placement is credited to, as the canvas, the Sectors list and every export show it.
 * A placement with basis "report" is the report's while the sector stays where the report put it; once
 * the analyst has moved it to another quadrant or onto a line it is the analyst's reading ("moved from
 * the report's A"), because the report places sectors in quadrants and said nothing of the new place.
 * Derived from the model on every call, never stored, so undo needs nothing special.
 *
 * @param byReport    the report gets the credit
 * @param fromReport  the placement started as the report's (credited to it or since moved)
 * @param reportPlace the report's quadrant letter when the analyst has moved the sector, else null
 * @param citation    "Kennedy, Figure 1.2, CSIS 2020" for a placement from a source; null without one
 */
public record PlacementCredit(boolean byReport, boolean fromReport, String reportPlace, String citation) {
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z&.]{1,11})\\)\\s*$");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** Whether the report gets the credit: {@link #of}'s {@code byReport}, without composing a citation. */
    public static boolean byReport(Project project, Sector sector) {
        return sector.placement().basis() == Placement.Basis.REPORT && sector.history().isEmpty() && sector.isPlaced()
                && !PlotLocation.onVerticalLine(sector.position()) && !PlotLocation.onHorizontalLine(sector.position());
    }

    public static PlacementCredit of(Project project, Sector sector) {
        Placement placement = sector.placement();
        String citation = project.source(placement.sourceId()).map(s -> citation(s, placement.locator())).orElse(null);
        if (placement.basis() != Placement.Basis.REPORT) {
            return new PlacementCredit(false, false, null, citation);
        }
        if (byReport(project, sector)) {
            return new PlacementCredit(true, true, null, citation);
        }
        // The first recorded move starts from where the report put it.
        String reportPlace = sector.history().stream().findFirst().map(PlacementChange::fromQuadrant)
                .orElseGet(() -> project.quadrantOf(sector).map(q -> q.letter()).orElse(null));
        return new PlacementCredit(false, true, reportPlace, citation);
    }

    /** "Kennedy, Figure 1.2, CSIS 2020": the author's surname, where in the work, publisher and year. */
    public static String citation(Source source, String locator) {
        StringBuilder out = new StringBuilder(source.author().isBlank() ? source.title().strip() : surname(source.author()));
        String where = locator != null ? locator : source.chapter() != null ? "ch. " + source.chapter() : null;
        if (where != null) {
            out.append(", ").append(where);
        }
        String publisher = source.publisher() == null ? null : shortPublisher(source.publisher());
        String year = source.date() == null ? null : year(source.date());
        if (publisher != null || year != null) {
            out.append(", ").append(publisher == null ? year : year == null ? publisher : publisher + " " + year);
        }
        return out.toString();
    }

    /**
     * The placement in words for a pane: "placed by the report (Kennedy, Figure 1.2, CSIS 2020)", "the
     * analyst's reading, moved from the report's A (Kennedy, Figure 1.2, CSIS 2020)", or "the analyst's
     * reading (following Lu, ch. 6, CSIS 2020)".
     */
    public String describe() {
        String cited = citation == null ? "" : " (" + citation + ")";
        if (byReport) {
            return "placed by the report" + cited;
        }
        if (fromReport) {
            return "the analyst's reading, moved from the report's " + (reportPlace == null ? "placement" : reportPlace)
                    + cited;
        }
        return citation == null ? "the analyst's reading" : "the analyst's reading (following " + citation + ")";
    }

    private static String surname(String author) {
        String first = author.split("(,| and | & )")[0].strip();
        int space = first.lastIndexOf(' ');
        return space < 0 ? first : first.substring(space + 1);
    }

    private static String shortPublisher(String publisher) {
        Matcher m = ACRONYM.matcher(publisher.strip());
        return m.find() ? m.group(1) : publisher.strip();
    }

    private static String year(String date) {
        Matcher m = YEAR.matcher(date);
        return m.find() ? m.group(1) : date.strip().toLowerCase(Locale.ROOT);
    }
}
