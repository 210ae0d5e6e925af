package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

class EditDefinitionsCommandTest {
    static final CustomField OUTPUT = new CustomField("field-output", "Output", CustomField.Kind.NUMBER, "USD bn");
    static final CustomField AGENCY = new CustomField("field-agency", "Lead agency", CustomField.Kind.TEXT, null);

    /**
     * The small project with two fields: Solar holds both, Chips only Output. Drivers as in the fixture:
     * Solar, Chips and Aircraft state-led, Biotech market-oriented, none mixed.
     */
    static Project withFields() {
        return TestProjects.small().withFields(List.of(OUTPUT, AGENCY))
                .withSector(TestProjects.SOLAR, s -> s.withFieldValues(Map.of(OUTPUT.id(), FieldValue.of(120),
                        AGENCY.id(), FieldValue.of("MIIT"))))
                .withSector(TestProjects.CHIPS, s -> s.withFieldValue(OUTPUT.id(), FieldValue.of(95.5)));
    }

    private final Project p = withFields();

    private static Sector sector(Project project, String id) {
        return project.sector(id).orElseThrow();
    }

    private static void assertRejected(String expectedInMessage, Executable edit) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, edit);
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    private EditDefinitionsCommand edit(List<Driver> drivers, List<CustomField> fields) {
        return EditDefinitionsCommand.of(p, drivers, fields).orElseThrow();
    }

    @Test
    void nothingChangedIsNoCommand() {
        assertTrue(EditDefinitionsCommand.of(p, p.drivers(), p.fields()).isEmpty());
    }

    @Test
    void addingADriverAppendsItAndUndoRemovesIt() {
        List<Driver> drivers = new ArrayList<>(p.drivers());
        drivers.add(new Driver("driver-hybrid", "Hybrid", MarkerShape.CIRCLE, "#112233"));
        EditDefinitionsCommand add = edit(drivers, p.fields());
        assertEquals("Add driver Hybrid", add.description());
        Project next = add.apply(p);
        assertEquals(drivers, next.drivers());
        assertEquals(p.sectors(), next.sectors());
        assertEquals(p, add.revert(next));
    }

    @Test
    void renamingRecolouringAndReorderingKeepIdsAndTouchNoSector() {
        Driver state = p.drivers().get(0);
        Driver renamed = new Driver(state.id(), "State-directed", MarkerShape.DIAMOND, "#000000", state.extras());
        List<Driver> drivers = List.of(p.drivers().get(2), p.drivers().get(1), renamed);
        EditDefinitionsCommand edit = edit(drivers, p.fields());
        assertEquals("Edit drivers", edit.description());
        Project next = edit.apply(p);
        assertEquals(p.sectors(), next.sectors());
        assertEquals("State-directed", next.driverNameOf(sector(next, TestProjects.SOLAR)));
        assertEquals(p, edit.revert(next));
    }

    @Test
    void removingADriverLeavesItsSectorsWithNoneAndUndoGivesItBack() {
        assertEquals(3, EditDefinitionsCommand.driverUsers(p, Driver.STATE_LED));
        List<Driver> drivers = p.drivers().stream().filter(d -> !d.id().equals(Driver.STATE_LED)).toList();
        EditDefinitionsCommand remove = edit(drivers, p.fields());
        assertEquals("Remove driver State-led", remove.description());
        assertEquals(3, remove.sectorsAfter().size());
        Project next = remove.apply(p);
        assertEquals("", sector(next, TestProjects.SOLAR).driver());
        assertEquals("", sector(next, TestProjects.CHIPS).driver());
        assertEquals("", sector(next, TestProjects.AIRCRAFT).driver());
        assertEquals(Driver.MARKET, sector(next, TestProjects.BIOTECH).driver());
        assertEquals(p, remove.revert(next));
    }

    @Test
    void removingAFieldTakesItsValuesFromEverySectorAndUndoGivesThemBack() {
        assertEquals(2, EditDefinitionsCommand.valueCount(p, OUTPUT.id()));
        EditDefinitionsCommand remove = edit(p.drivers(), List.of(AGENCY));
        assertEquals("Remove field Output", remove.description());
        Project next = remove.apply(p);
        assertEquals(Map.of(AGENCY.id(), FieldValue.of("MIIT")), sector(next, TestProjects.SOLAR).fields());
        assertEquals(Map.of(), sector(next, TestProjects.CHIPS).fields());
        assertEquals(p, remove.revert(next));
    }

    @Test
    void onStackBothAtOnceAreOneUndoStep() {
        CommandStack stack = new CommandStack(p);
        List<Driver> drivers = List.of(p.drivers().get(1));
        stack.execute(edit(drivers, List.of()));
        assertEquals("Edit drivers and fields", stack.undoDescription().orElseThrow());
        assertTrue(stack.project().sectors().stream().allMatch(s -> s.fields().isEmpty()));
        stack.undo();
        assertEquals(p, stack.project());
        assertFalse(stack.canUndo());
        stack.redo();
        assertEquals(drivers, stack.project().drivers());
    }

    @Test
    void namesMustDifferIgnoringCase() {
        List<Driver> drivers = new ArrayList<>(p.drivers());
        drivers.add(new Driver("driver-x", " mixed ", MarkerShape.SQUARE, "#112233"));
        assertRejected("two drivers are called \"mixed\"", () -> EditDefinitionsCommand.of(p, drivers, p.fields()));
        List<CustomField> fields = List.of(OUTPUT, new CustomField("field-x", "OUTPUT", CustomField.Kind.TEXT, null));
        assertRejected("two fields are called", () -> EditDefinitionsCommand.of(p, p.drivers(), fields));
        // A driver and a field may share a name: they are never listed together.
        List<CustomField> sameAsDriver = List.of(new CustomField("field-y", "Mixed", CustomField.Kind.TEXT, null));
        assertTrue(EditDefinitionsCommand.of(p, p.drivers(), sameAsDriver).isPresent());
    }

    @Test
    void idsMustDiffer() {
        List<Driver> drivers = List.of(p.drivers().get(0), new Driver(Driver.STATE_LED, "Other", MarkerShape.SQUARE,
                "#112233"));
        assertRejected("two drivers have the id", () -> EditDefinitionsCommand.of(p, drivers, p.fields()));
    }

    @Test
    void aFieldsKindCannotChangeWhileSectorsHoldValues() {
        CustomField asText = new CustomField(OUTPUT.id(), OUTPUT.name(), CustomField.Kind.TEXT, null);
        assertRejected("\"Output\" holds values in 2 sectors",
                () -> EditDefinitionsCommand.of(p, p.drivers(), List.of(asText, AGENCY)));
        // Without values it may.
        Project empty = TestProjects.small().withFields(List.of(OUTPUT));
        EditDefinitionsCommand change = EditDefinitionsCommand.of(empty, empty.drivers(), List.of(asText)).orElseThrow();
        assertEquals(CustomField.Kind.TEXT, change.apply(empty).fields().get(0).kind());
    }

    @Test
    void repeatedNameFindsTheFirstClash() {
        assertEquals("b", EditDefinitionsCommand.repeatedName(List.of("A", "B", " b", "a")).orElseThrow());
        assertTrue(EditDefinitionsCommand.repeatedName(List.of("A", "B")).isEmpty());
    }
}
