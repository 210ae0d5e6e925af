package org.sectorscope.ui.coverage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.logic.Coverage;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.session.ProjectSession;

/**
 * Which options address each quadrant, laid out as the framework is, with a warning for a quadrant
 * no option addresses and for each sector in a watched quadrant (B and D: the report's call for
 * vigilance) that no option addresses. Follows every edit.
 */
public final class CoverageViewModel {
    /** One quadrant's cell; {@code column}/{@code row} place it as on the canvas (0,0 top left). */
    public record Cell(String letter, String title, String color, int column, int row, boolean watched,
                       List<String> options, List<SectorLine> sectors, boolean addressed) {
    }

    /** A sector in the cell; {@code unaddressed} only for watched quadrants. */
    public record SectorLine(String sectorId, String name, boolean unaddressed) {
    }

    private final ProjectSession session;
    private final Set<String> watched;
    private final ObservableList<Cell> cells = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();

    public CoverageViewModel(ProjectSession session) {
        this(session, Coverage.DEFAULT_WATCHED);
    }

    public CoverageViewModel(ProjectSession session, Set<String> watched) {
        this.session = session;
        this.watched = Set.copyOf(watched);
        session.projectProperty().addListener((obs, old, p) -> update(p));
        update(session.project());
    }

    private void update(Project p) {
        List<Cell> next = new ArrayList<>();
        for (Coverage.QuadrantCoverage qc : Coverage.of(p, watched)) {
            var q = qc.quadrant();
            // Options that target the quadrant itself first, then those that reach it through a sector.
            Set<String> names = new LinkedHashSet<>();
            qc.byQuadrant().forEach(o -> names.add(o.name()));
            qc.bySector().stream().map(PolicyOption::name).filter(n -> !names.contains(n))
                    .forEach(n -> names.add(n + " (via sectors)"));
            List<SectorLine> sectors = qc.sectors().stream().map(s -> new SectorLine(s.id(), s.name(),
                    qc.unaddressedSectors().stream().map(Sector::id).anyMatch(s.id()::equals))).toList();
            next.add(new Cell(q.letter(), q.label(), q.color(), q.x() == Side.LOW ? 0 : 1, q.y() == Side.HIGH ? 0 : 1,
                    watched.contains(q.letter()), List.copyOf(names), sectors, qc.addressed()));
        }
        cells.setAll(next);
        warnings.setAll(Coverage.warnings(p, watched));
    }

    /** Selecting a sector in the coverage view selects it in every pane. */
    public void selectSector(String sectorId) {
        session.selection().selectSector(sectorId);
    }

    public ObservableList<Cell> cells() {
        return cells;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }
}
