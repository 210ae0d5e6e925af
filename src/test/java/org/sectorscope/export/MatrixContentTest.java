package org.sectorscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.TestProjects;

/** A matrix's content, once made, does not change with the collections it was made from or handed out. */
class MatrixContentTest {
    private final MatrixContent built = OptionsMatrixTable.build(TestProjects.small(), 1200);
    private final String subsidyGrowth = MatrixContent.key(TestProjects.SUBSIDY, TestProjects.GROWTH);

    @Test
    void changingWhatWasPassedInChangesNothing() {
        Map<String, MatrixContent.CellAt> cells = new HashMap<>(built.scoreCells());
        List<String> notes = new ArrayList<>(built.notes());
        MatrixContent content = new MatrixContent("caption", built.table(), cells, notes);
        MatrixContent.CellAt before = content.scoreCells().get(subsidyGrowth);
        cells.put(subsidyGrowth, new MatrixContent.CellAt(99, 99));
        cells.put("option/criterion", new MatrixContent.CellAt(1, 1));
        notes.clear();
        assertEquals(before, content.scoreCells().get(subsidyGrowth));
        assertEquals(built.scoreCells(), content.scoreCells());
        assertEquals(built.notes(), content.notes());
    }

    @Test
    void whatIsHandedOutCannotBeChanged() {
        assertThrows(UnsupportedOperationException.class,
                () -> built.scoreCells().put(subsidyGrowth, new MatrixContent.CellAt(0, 0)));
        assertThrows(UnsupportedOperationException.class, () -> built.notes().add("a note"));
        // The subsidy is ranked first: below the header row, in the first criterion's column.
        assertEquals(new MatrixContent.CellAt(1, 2), built.scoreCells().get(subsidyGrowth));
    }
}
