package org.sectorscope.ui.sectors;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sectorscope.model.Driver;
import org.sectorscope.model.Project;
import org.sectorscope.session.SectorCsvActions.Choice;
import org.sectorscope.store.OnExisting;
import org.sectorscope.store.SectorImport;
import org.sectorscope.store.SectorImportRow;

/**
 * What the sectors import preview shows: every row (new, an update, unchanged, or its problem), the
 * choice of what to do with sectors already in the project, whether to add the drivers the rows name
 * that the project lacks, and what Import will do. Both choices start at the cautious side (Skip, add
 * nothing); any row with a problem keeps Import disabled, since an import is never partial.
 */
public final class SectorImportDialogViewModel {
    /** One row as the table shows it: the import row, with its driver and quadrant in words. */
    public record PreviewRow(SectorImportRow row, String name, String driver, String quadrant) {
    }

    private final SectorImport preview;
    private final String what;
    private final List<PreviewRow> rows;
    private final ObjectProperty<OnExisting> onExisting = new SimpleObjectProperty<>(OnExisting.SKIP);
    private final BooleanProperty addDrivers = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper importLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();

    public SectorImportDialogViewModel(SectorImport preview, String what, Project project) {
        this.preview = preview;
        this.what = what;
        this.rows = preview.rows().stream().map(r -> row(r, project)).toList();
        onExisting.addListener((o, was, now) -> refresh());
        addDrivers.addListener((o, was, now) -> refresh());
        refresh();
    }

    private static PreviewRow row(SectorImportRow r, Project project) {
        if (!r.isValid()) {
            return new PreviewRow(r, r.name(), "", "");
        }
        String driver = r.newDriver() != null ? r.newDriver() + " (new)" : project.driverNameOf(r.sector());
        String quadrant = r.sector().isPlaced() ? project.framework().quadrantOf(r.sector().position()).label()
                : "not placed";
        return new PreviewRow(r, r.name(), driver, quadrant);
    }

    private void refresh() {
        SectorImport.Counts counts = preview.counts(addDrivers.get());
        int changes = counts.changes(onExisting.get());
        summary.set(describe(counts, changes));
        canImport.set(changes > 0 && preview.canImport(addDrivers.get()));
        importLabel.set(label(counts));
    }

    public List<PreviewRow> rows() {
        return rows;
    }

    /** The status column: "✓ new", "update: driver, tags", "skip (differs: …)", "unchanged" or the problem. */
    public String status(PreviewRow row) {
        String problem = row.row().problem(addDrivers.get());
        if (problem != null) {
            return problem;
        }
        String status = switch (row.row().status()) {
            case NEW -> "\u2713 new";
            case UNCHANGED -> "unchanged";
            case UPDATE -> onExisting.get() == OnExisting.UPDATE ? "update: " + row.row().changeSummary()
                    : "skip (differs: " + row.row().changeSummary() + ")";
            case ERROR -> row.row().error();
        };
        return row.row().note() == null ? status : status + "; " + row.row().note();
    }

    public boolean hasProblem(PreviewRow row) {
        return row.row().problem(addDrivers.get()) != null;
    }

    public String title() {
        return "Import sectors from " + what;
    }

    public boolean hasUpdates() {
        return preview.rows().stream().anyMatch(r -> r.status() == SectorImportRow.Status.UPDATE);
    }

    /** "Add the 2 drivers the project lacks: Provincial, Military"; empty when it lacks none. */
    public String addDriversText() {
        List<Driver> drivers = preview.newDrivers();
        if (drivers.isEmpty()) {
            return "";
        }
        return (drivers.size() == 1 ? "Add the driver the project lacks: " : "Add the " + drivers.size()
                + " drivers the project lacks: ") + String.join(", ", drivers.stream().map(Driver::name).toList());
    }

    public ObjectProperty<OnExisting> onExistingProperty() {
        return onExisting;
    }

    public BooleanProperty addDriversProperty() {
        return addDrivers;
    }

    public Choice choice() {
        return new Choice(onExisting.get(), addDrivers.get());
    }

    private String describe(SectorImport.Counts counts, int changes) {
        if (rows.isEmpty()) {
            return "There is a header but no rows.";
        }
        List<String> parts = new ArrayList<>();
        part(parts, counts.added(), "new");
        part(parts, counts.updates(), onExisting.get() == OnExisting.UPDATE ? "to update" : "skipped");
        part(parts, counts.unchanged(), "unchanged");
        part(parts, counts.errors(), counts.errors() == 1 ? "with a problem" : "with problems");
        String text = String.join(", ", parts) + ".";
        if (counts.errors() > 0) {
            return text + " Nothing can be imported until every row is mended"
                    + (preview.canImport(true) && !addDrivers.get() ? " or the missing drivers are added." : ".");
        }
        if (changes > 0) {
            return text;
        }
        return counts.updates() > 0 ? text + " Nothing would change; choose Update to replace the sectors that"
                + " differ." : text + " Nothing would change.";
    }

    private static void part(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(n + " " + what);
        }
    }

    private String label(SectorImport.Counts counts) {
        int added = counts.added();
        int updated = onExisting.get() == OnExisting.UPDATE ? counts.updates() : 0;
        if (added > 0 && updated > 0) {
            return "Import " + added + ", update " + updated;
        }
        if (added > 0) {
            return added == 1 ? "Import 1 sector" : "Import " + added + " sectors";
        }
        if (updated > 0) {
            return updated == 1 ? "Update 1 sector" : "Update " + updated + " sectors";
        }
        return "Import";
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public String summary() {
        return summary.get();
    }

    public List<String> warnings() {
        return preview.warnings();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public boolean canImport() {
        return canImport.get();
    }

    public ReadOnlyStringProperty importLabelProperty() {
        return importLabel.getReadOnlyProperty();
    }

    public String importLabel() {
        return importLabel.get();
    }
}
