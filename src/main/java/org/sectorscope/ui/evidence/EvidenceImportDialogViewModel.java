package org.sectorscope.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.sectorscope.model.Evidence;
import org.sectorscope.store.EvidenceImport;
import org.sectorscope.store.OnExisting;
import org.sectorscope.store.EvidenceImportRow;
import org.sectorscope.store.EvidenceImportRow.Status;

/**
 * What the import preview shows: every row of the file (new, an update, unchanged, or its problem),
 * the choice of what to do with items already in the project, and what Import will then do. The
 * choice starts at Skip, so nothing in the project is overwritten without the analyst deciding so.
 */
public final class EvidenceImportDialogViewModel {
    /** One row of the file as the preview table shows it; {@code changes} says what an update changes. */
    public record PreviewRow(int line, String sector, String grade, String text, Status status, String changes,
                             String problem) {
        public boolean ready() {
            return problem.isEmpty();
        }
    }

    private static final int SNIPPET = 160;
    private final EvidenceImport preview;
    private final EvidenceImport.Counts counts;
    private final String fileName;
    private final List<PreviewRow> rows;
    private final ObjectProperty<OnExisting> onExisting = new SimpleObjectProperty<>(OnExisting.SKIP);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper importLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper();

    public EvidenceImportDialogViewModel(EvidenceImport preview, String fileName) {
        this.preview = preview;
        this.counts = preview.counts();
        this.fileName = fileName;
        this.rows = preview.rows().stream().map(EvidenceImportDialogViewModel::row).toList();
        onExisting.addListener((o, was, now) -> refresh());
        refresh();
    }

    private static PreviewRow row(EvidenceImportRow r) {
        String sector = r.sectorName() == null ? "" : r.sectorName();
        Evidence e = r.evidence();
        if (e == null) {
            return new PreviewRow(r.line(), sector, "", "", Status.ERROR, "", r.error());
        }
        String text = e.text().replaceAll("\\s+", " ").strip();
        if (text.length() > SNIPPET) {
            text = text.substring(0, SNIPPET - 1) + "\u2026";
        }
        return new PreviewRow(r.line(), sector, e.grade(), text, r.status(), r.changeSummary(), "");
    }

    private void refresh() {
        int changes = counts.changes(choice());
        summary.set(describe(changes));
        canImport.set(changes > 0);
        importLabel.set(label());
    }

    public List<PreviewRow> rows() {
        return rows;
    }

    /** The status column: "new", "update: quote, grade", "skip (differs: quote)", "unchanged" or the problem. */
    public String status(PreviewRow row) {
        return switch (row.status()) {
            case NEW -> "\u2713 new";
            case UNCHANGED -> "unchanged";
            case UPDATE -> choice() == OnExisting.UPDATE ? "update: " + row.changes()
                    : "skip (differs: " + row.changes() + ")";
            case ERROR -> row.problem();
        };
    }

    public String title() {
        return "Import evidence from " + fileName;
    }

    /** Whether any row is for an item already in the project, so the Skip / Update choice matters. */
    public boolean hasUpdates() {
        return counts.updates() > 0;
    }

    /** Skip (the start) or Update: what to do with items already in the project that the file changes. */
    public ObjectProperty<OnExisting> onExistingProperty() {
        return onExisting;
    }

    public OnExisting choice() {
        return onExisting.get();
    }

    /** "12 new, 3 to update, 60 unchanged, 2 errors." and, when Import would do nothing, that it would. */
    private String describe(int changes) {
        if (rows.isEmpty()) {
            return "The file has a header but no rows.";
        }
        List<String> parts = new ArrayList<>();
        part(parts, counts.added(), "new");
        part(parts, counts.updates(), choice() == OnExisting.UPDATE ? "to update" : "skipped");
        part(parts, counts.unchanged(), "unchanged");
        part(parts, counts.errors(), counts.errors() == 1 ? "error" : "errors");
        String text = String.join(", ", parts) + ".";
        if (changes > 0) {
            return text;
        }
        if (counts.updates() > 0) {
            return text + " Nothing would change; choose Update to replace the "
                    + (counts.updates() == 1 ? "item that differs." : counts.updates() + " items that differ.");
        }
        return text + " Nothing would change.";
    }

    private static void part(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(n + " " + what);
        }
    }

    /** "Import 12 items", "Update 3 items", "Import 12, update 3", or "Import" when there is nothing to do. */
    private String label() {
        int added = counts.added();
        int updated = choice() == OnExisting.UPDATE ? counts.updates() : 0;
        if (added > 0 && updated > 0) {
            return "Import " + added + ", update " + updated;
        }
        if (added > 0) {
            return added == 1 ? "Import 1 item" : "Import " + added + " items";
        }
        if (updated > 0) {
            return updated == 1 ? "Update 1 item" : "Update " + updated + " items";
        }
        return "Import";
    }

    public String summary() {
        return summary.get();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public List<String> warnings() {
        return preview.warnings();
    }

    public boolean canImport() {
        return canImport.get();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public String importLabel() {
        return importLabel.get();
    }

    public ReadOnlyStringProperty importLabelProperty() {
        return importLabel.getReadOnlyProperty();
    }

    public EvidenceImport preview() {
        return preview;
    }
}
