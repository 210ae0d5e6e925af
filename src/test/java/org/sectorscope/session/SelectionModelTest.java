package org.sectorscope.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.SetChangeListener;
import org.junit.jupiter.api.Test;

/** Selecting several sectors in a given order with a given primary, as the Sectors list does. */
class SelectionModelTest {
    private final SelectionModel selection = new SelectionModel();

    private List<String> ids() {
        return List.copyOf(selection.sectorIds());
    }

    @Test
    void theGivenOrderAndPrimaryAreKeptEvenWhenTheSelectionWasMadeInAnotherOrder() {
        selection.selectSector("c");
        selection.toggleSector("a");
        assertEquals(List.of("c", "a"), ids());
        selection.selectSectors(List.of("a", "b", "c"), "b");
        assertEquals(List.of("a", "b", "c"), ids());
        assertEquals("b", selection.sectorId());
    }

    @Test
    void aChangeOfManyIdsIsCountedOnceAndNoChangeIsNotCounted() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add("s" + i);
        }
        long before = selection.sectorChangesProperty().get();
        selection.selectSectors(many);
        assertEquals(before + 1, selection.sectorChangesProperty().get(), "1,000 ids added, one change");
        selection.selectSectors(many);
        assertEquals(before + 1, selection.sectorChangesProperty().get(), "the same again changes nothing");
        selection.selectSectors(many, "s3");
        assertEquals(before + 2, selection.sectorChangesProperty().get(), "a new primary alone is a change");
        selection.selectSector("s7");
        assertEquals(before + 3, selection.sectorChangesProperty().get(), "selectSector clears and adds: one change");
        selection.clear();
        selection.clear();
        assertEquals(before + 4, selection.sectorChangesProperty().get());
    }

    @Test
    void aPrimaryOutsideTheSelectionKeepsTheCurrentOneOrFallsToTheLast() {
        selection.selectSectors(List.of("a", "b"), "a");
        selection.selectSectors(List.of("a", "b", "c"), "x");
        assertEquals("a", selection.sectorId(), "still selected, so still primary");
        selection.selectSectors(List.of("b", "c"), null);
        assertEquals("c", selection.sectorId());
        selection.selectSectors(List.of(), "c");
        assertEquals(List.of(), ids());
        assertNull(selection.sectorId());
    }

    @Test
    void addingToTheEndOfTheSameOrderOnlyAddsAndTheSameSelectionChangesNothing() {
        selection.selectSectors(List.of("a", "b"), "b");
        List<String> events = new ArrayList<>();
        selection.sectorIds().addListener((SetChangeListener<String>) c ->
                events.add(c.wasAdded() ? "+" + c.getElementAdded() : "-" + c.getElementRemoved()));
        selection.selectSectors(List.of("a", "b"), "b");
        assertEquals(List.of(), events);
        selection.selectSectors(List.of("a", "b", "c"), "c");
        assertEquals(List.of("+c"), events, "no needless remove and re-add");
    }
}
