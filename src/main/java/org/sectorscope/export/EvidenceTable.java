package org.sectorscope.export;

import java.util.ArrayList;
import java.util.List;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;

/**
 * The evidence table of the data exports (the XLSX's Evidence sheet, the evidence CSV): one row per item,
 * sector by sector in project order, in the framework's words. A missing text is "".
 */
final class EvidenceTable {
    static final List<String> HEADER = List.of("Sector", "Quadrant", "Quote", "Note", "Source", "Page", "Grade",
            "Bears on", "Tags", "Added");

    private EvidenceTable() {
    }

    /** Every item's cells, in the order of {@link #HEADER}. */
    static List<List<String>> rows(Project project) {
        List<List<String>> rows = new ArrayList<>();
        for (Sector s : project.sectors()) {
            String quadrant = XlsxWorkbook.where(project, s);
            for (Evidence e : s.evidence()) {
                rows.add(List.of(s.name(), quadrant, orEmpty(e.quote()), orEmpty(e.note()),
                        XlsxWorkbook.sourceLabel(project, e.sourceId()), orEmpty(e.page()), e.grade(),
                        XlsxWorkbook.bearing(project, e.bearing()), String.join(", ", e.tags()), orEmpty(e.added())));
            }
        }
        return rows;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
