package org.sectorscope.ui.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.AddSectorCommand;
import org.sectorscope.command.EditAnalystLayersCommand;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Position;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.model.TestTeams;
import org.sectorscope.session.ProjectSession;

/** The Sectors pane with analysts' layers: each card's agreement, and "Most disputed first". */
class SectorsAgreementViewModelTest {
    private final ProjectSession session = new ProjectSession(TestTeams.threeAnalysts(), null, "team");
    private final SectorsViewModel vm = new SectorsViewModel(session);

    private List<String> ids() {
        return vm.items().stream().map(SectorItem::id).toList();
    }

    @Test
    void eachPlacedSectorSaysHowManyAgreeAndHowFarApart() {
        assertTrue(vm.teamProperty().get());
        assertEquals("2 of 3 in D \u00b7 spread 0.37", vm.agreementOf(TestProjects.CHIPS));
        assertEquals("3 of 3 in A \u00b7 spread 0.09", vm.agreementOf(TestProjects.SOLAR));
        assertEquals("1 of 1 in D \u00b7 spread 0.00", vm.agreementOf(TestProjects.AIRCRAFT));
    }

    @Test
    void mostDisputedFirstSortsByAgreementThenSpreadAndBack() {
        List<String> projectOrder = ids();
        assertEquals(TestProjects.small().sectors().stream().map(Sector::id).toList(), projectOrder);
        vm.orderProperty().set(SectorsViewModel.Order.MOST_DISPUTED);
        assertEquals(List.of(TestProjects.CHIPS, TestProjects.SOLAR, TestProjects.BIOTECH, TestProjects.AIRCRAFT), ids());
        // Okafor moves Solar into C: now Solar (2 of 3) is as contested as Chips, and spread more widely.
        session.execute(EditAnalystLayersCommand.move(session.project(), TestTeams.OKAFOR,
                Map.of(TestProjects.SOLAR, new Position(0.9, 0.9))).orElseThrow());
        assertEquals(TestProjects.SOLAR, ids().get(0));
        assertEquals(TestProjects.CHIPS, ids().get(1));
        vm.orderProperty().set(SectorsViewModel.Order.PROJECT);
        assertEquals(projectOrder, ids());
    }

    @Test
    void unplacedSectorsGoLastAndSelectionIndicesFollowTheSortedRows() {
        session.execute(new AddSectorCommand(new Sector("sector-new", "Aaa new", "", null,
                null, null, List.of(), Extras.NONE)));
        vm.orderProperty().set(SectorsViewModel.Order.MOST_DISPUTED);
        assertEquals("sector-new", ids().get(ids().size() - 1));
        assertEquals("", vm.agreementOf("sector-new"));
        session.selection().selectSector(TestProjects.CHIPS);
        assertEquals(0, vm.indexOfSelected());
    }

    @Test
    void withoutLayersThereIsNoAgreementAndNoDisputeOrder() {
        session.open(TestProjects.small(), null, "small");
        assertFalse(vm.teamProperty().get());
        assertEquals("", vm.agreementOf(TestProjects.CHIPS));
        vm.orderProperty().set(SectorsViewModel.Order.MOST_DISPUTED);
        assertEquals(TestProjects.small().sectors().stream().map(Sector::id).toList(), ids());
    }
}
