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
