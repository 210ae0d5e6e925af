package org.sectorscope.ui.evidence;

import java.util.List;
import org.sectorscope.model.Evidence;
import org.sectorscope.store.EvidenceImport;
import org.sectorscope.store.EvidenceImportRow;

/** What the import preview shows: every row of the file, ready or with its problem, and what OK will do. */
public final class EvidenceImportDialogViewModel {
    /** One row of the file as the preview table shows it. */
    public record PreviewRow(int line, String sector, String grade, String text, String problem) {
        public boolean ready() {
            return problem.isEmpty();
        }
    }

    private static final int SNIPPET = 160;
    private final EvidenceImport preview;
    private final String fileName;
    private final List<PreviewRow> rows;

    public EvidenceImportDialogViewModel(EvidenceImport preview, String fileName) {
        this.preview = preview;
        this.fileName = fileName;
        this.rows = preview.rows().stream().map(EvidenceImportDialogViewModel::row).toList();
    }

    private static PreviewRow row(EvidenceImportRow r) {
        String sector = r.sectorName() == null ? "" : r.sectorName();
        Evidence e = r.evidence();
        if (e == null) {
            return new PreviewRow(r.line(), sector, "", "", r.error());
        }
        String text = e.text().replaceAll("\\s+", " ").strip();
        if (text.length() > SNIPPET) {
            text = text.substring(0, SNIPPET - 1) + "\u2026";
        }
        return new PreviewRow(r.line(), sector, e.grade(), text, "");
    }

    public List<PreviewRow> rows() {
        return rows;
    }

    public String title() {
        return "Import evidence from " + fileName;
    }

    /** "12 items are ready to import. 3 rows have problems and will be skipped." */
    public String summary() {
        int ready = preview.validRows().size();
        int bad = preview.invalidRows().size();
        if (rows.isEmpty()) {
            return "The file has a header but no rows.";
        }
        String first = ready == 0 ? "No row can be imported." : ready == 1 ? "1 item is ready to import."
                : ready + " items are ready to import.";
        String second = bad == 0 ? "" : bad == 1 ? " 1 row has a problem and will be skipped."
                : " " + bad + " rows have problems and will be skipped.";
        return first + second;
    }

    public List<String> warnings() {
        return preview.warnings();
    }

    public boolean canImport() {
        return !preview.validRows().isEmpty();
    }

    public String importLabel() {
        int ready = preview.validRows().size();
        return ready == 1 ? "Import 1 item" : "Import " + ready + " items";
    }

    public EvidenceImport preview() {
        return preview;
    }
}
