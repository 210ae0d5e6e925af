package org.sectorscope.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.Figures;
import org.sectorscope.export.PdfExporter;
import org.sectorscope.model.Extras;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectStore;

/** The export dialog says when a PDF will have several pages, and what its preview shows then. */
class ExportDialogPdfPagesTest {
    private static Project withOptions(int n) {
        Project small = TestProjects.small();
        PolicyOption base = small.options().get(0);
        List<PolicyOption> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            options.add(new PolicyOption("opt-" + i, "Option " + i, null, null, base.targets(), null, base.scores(),
                    Extras.NONE));
        }
        return new Project(small.info(), small.framework(), small.sources(), small.sectors(), small.criteria(),
                options, Extras.NONE);
    }

    private static String size(Project p, ExportRequest.Page page) {
        ExportRequest r = ExportRequest.defaults(p, ExportRequest.Format.PDF).withView(ExportRequest.View.OPTIONS)
                .withPage(page);
        return ExportSizeText.of(r, Figures.of(p, r));
    }

    private static int pages(Project p, ExportRequest.Page page) {
        ExportRequest r = ExportRequest.defaults(p, ExportRequest.Format.PDF).withView(ExportRequest.View.OPTIONS)
                .withPage(page);
        return PdfExporter.pages(page, Figures.of(p, r)).size();
    }

    @Test
    void aLongTableIsSaidToTakeSeveralPages() throws Exception {
        Project p = withOptions(800);
        assertEquals("PDF, 3 pages 1200 pt wide (the preview shows the first)", size(p, ExportRequest.Page.FIT));
        assertEquals("PDF, Letter landscape, " + pages(p, ExportRequest.Page.LETTER_LANDSCAPE)
                + " pages (the preview shows the first)", size(p, ExportRequest.Page.LETTER_LANDSCAPE));
        Project sample = ProjectStore.loadSample();
        assertEquals("PDF, 1200 x 1042 pt", size(sample, ExportRequest.Page.FIT), "one page, said as before");
        assertEquals("PDF, A4 landscape", size(sample, ExportRequest.Page.A4_LANDSCAPE));
    }
}
