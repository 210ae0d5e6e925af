package org.sectorscope.ui.sectors;

import org.sectorscope.logic.FieldValues;
import org.sectorscope.logic.PlacementCredit;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.ui.common.BalanceText;

/**
 * What a sector card in the list shows; built from the model, never edited directly. {@code where} is
 * its place as every pane names it ("A) Win-Win", "on the A/B line"); {@code byReport} and
 * {@code credit} say who placed it; {@code balance} is the graded weight behind each pole;
 * {@code warning} is null unless the placement goes against it; {@code fields} is its custom field
 * values on one line ("Output: 120 USD bn · Lead agency: MIIT"), "" when it has none; {@code openComments}
 * counts reviewers' comments on it and its evidence not yet resolved.
 */
public record SectorItem(String id, String name, String quadrantLetter, String where, boolean onLine,
                         String quadrantColor, String driver, int evidenceCount, boolean byReport, String credit,
                         String balance, String warning, String fields, int openComments) {
    /** Shown instead of a quadrant for a sector without a position. */
    public static final String NOT_PLACED = "Not placed";

    public static SectorItem of(Project project, Sector sector) {
        return of(project, sector, 0);
    }

    /** As {@link #of(Project, Sector)}, with the number of open comments on it and its evidence (the badge). */
    public static SectorItem of(Project project, Sector sector, int openComments) {
        Quadrant q = project.quadrantOf(sector).orElse(null);
        PlotLocation loc = sector.isPlaced() ? PlotLocation.of(project.framework(), sector.position()) : null;
        PlacementCredit credit = PlacementCredit.of(project, sector);
        return new SectorItem(sector.id(), sector.name(), q == null ? "" : q.letter(),
                loc == null ? NOT_PLACED : loc.onLine() ? capitalised(loc.label()) : loc.label(), loc != null && loc.onLine(),
                q == null || loc.onLine() ? "#FFFFFF" : q.color(), project.driverNameOf(sector), sector.evidence().size(),
                credit.byReport(), capitalised(credit.describe()), BalanceText.summary(project.framework(), sector),
                BalanceText.warning(project.framework(), sector), FieldValues.line(project, sector),
                openComments);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public boolean placed() {
        return !quadrantLetter.isEmpty();
    }

    /** "A) Win-Win", "On the A/B line", or "Not placed": the badge. */
    public String quadrantLabel() {
        return where;
    }

    /** "Report" or "Analyst": the second badge, with {@link #credit} as its tooltip. */
    public String basisLabel() {
        return byReport ? "Report" : "Analyst";
    }

    /** The driver's name, or "No driver": a sector without one says so rather than leaving a gap. */
    public String driverLabel() {
        return driver.isBlank() ? "No driver" : driver;
    }

    /** "1 open comment", "3 open comments"; "" when there are none (no badge). */
    public String commentsLabel() {
        return openComments == 0 ? "" : openComments == 1 ? "1 open comment" : openComments + " open comments";
    }

    public String evidenceLabel() {
        return evidenceCount == 1 ? "1 evidence item" : evidenceCount + " evidence items";
    }
}
