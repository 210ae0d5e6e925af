package org.sectorscope.ui.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/** The Drivers and Fields dialog without a window: staging, checking, counts, and OK as one command. */
class DefinitionsDialogViewModelTest {
    private static final CustomField OUTPUT = new CustomField("field-output", "Output", CustomField.Kind.NUMBER,
            "USD bn");
    private static final CustomField AGENCY = new CustomField("field-agency", "Lead agency", CustomField.Kind.TEXT,
            null);

    /** Solar, Chips and Aircraft state-led, Biotech market-oriented; Solar holds both fields, Chips Output. */
    private final Project start = TestProjects.small().withFields(List.of(OUTPUT, AGENCY))
            .withSector(TestProjects.SOLAR, s -> s.withFieldValues(Map.of(OUTPUT.id(), FieldValue.of(120),
                    AGENCY.id(), FieldValue.of("MIIT"))))
            .withSector(TestProjects.CHIPS, s -> s.withFieldValue(OUTPUT.id(), FieldValue.of(95.5)));
    private final ProjectSession session = new ProjectSession(start, null, "small");
    private final DefinitionsDialogViewModel vm = new DefinitionsDialogViewModel(start);

    private DriverDraft driver(String name) {
        return vm.drivers().stream().filter(d -> d.nameProperty().get().equals(name)).findFirst().orElseThrow();
    }

    private FieldDraft field(String name) {
        return vm.fields().stream().filter(f -> f.nameProperty().get().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void opensWithTheProjectsDefinitionsAndHowManySectorsUseEach() {
        assertEquals(List.of("State-led", "Market-oriented", "Mixed"),
                vm.drivers().stream().map(d -> d.nameProperty().get()).toList());
        assertEquals("3 sectors", driver("State-led").usedByText());
        assertEquals("1 sector", driver("Market-oriented").usedByText());
        assertEquals("none", driver("Mixed").usedByText());
        assertEquals("2 sectors", field("Output").valueCountText());
        assertEquals("1 sector", field("Lead agency").valueCountText());
        assertTrue(field("Output").kindLocked());
        assertTrue(vm.isValid());
        assertTrue(vm.command(start).isEmpty(), "nothing staged, nothing to do");
    }

    @Test
    void editsAreStagedUntilOkAndThenOneUndoStep() {
        driver("Mixed").nameProperty().set("Hybrid");
        driver("Hybrid").shapeProperty().set(MarkerShape.CIRCLE);
        driver("Hybrid").colourProperty().set("#112233");
        vm.moveDriver(driver("Hybrid"), -1);
        DriverDraft added = vm.addDriver();
        FieldDraft firms = vm.addField();
        firms.nameProperty().set("Firms");
        field("Output").unitProperty().set("CNY tn");
        assertEquals(start, session.project(), "nothing reaches the project before OK");

        assertTrue(vm.apply(session));
        Project p = session.project();
        assertEquals(List.of("State-led", "Hybrid", "Market-oriented", "New driver"),
                p.drivers().stream().map(Driver::name).toList());
        Driver hybrid = p.driver(Driver.MIXED).orElseThrow();
        assertEquals(new Driver(Driver.MIXED, "Hybrid", MarkerShape.CIRCLE, "#112233"), hybrid, "same id");
        assertEquals(added.id(), p.drivers().get(3).id());
        assertEquals(List.of("Output", "Lead agency", "Firms"), p.fields().stream().map(CustomField::name).toList());
        assertEquals("CNY tn", p.fields().get(0).unit());
        assertEquals("Undo Edit drivers and fields", session.undoTextProperty().get());

        session.undo();
        assertEquals(start, session.project(), "one undo step takes all of it back");
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void removingAUsedDriverWarnsFirstAndOnOkLeavesItsSectorsWithNone() {
        DriverDraft state = driver("State-led");
        assertEquals("Used by 3 sectors: they will have no driver.", vm.removalWarning(state));
        assertEquals("Used by no sector.", vm.removalWarning(driver("Mixed")));
        assertEquals("", vm.consequencesProperty().get());
        vm.removeDriver(state);
        assertEquals("On OK, 3 sectors driven by \u201cState-led\u201d will have no driver.",
                vm.consequencesProperty().get());

        assertTrue(vm.apply(session));
        assertEquals("", session.project().sector(TestProjects.SOLAR).orElseThrow().driver());
        assertEquals("Undo Remove driver State-led", session.undoTextProperty().get());
        session.undo();
        assertEquals(start, session.project());
    }

    @Test
    void removingAFieldWarnsThatItsValuesGoAndOnOkTakesThem() {
        assertEquals("2 sectors hold a value: removed with the field.", vm.removalWarning(field("Output")));
        vm.removeField(field("Output"));
        vm.removeField(field("Lead agency"));
        assertEquals("On OK, 2 sectors will lose their \u201cOutput\u201d value; "
                + "1 sector will lose its \u201cLead agency\u201d value.", vm.consequencesProperty().get());
        assertTrue(vm.apply(session));
        assertTrue(session.project().sectors().stream().allMatch(s -> s.fields().isEmpty()));
    }

    @Test
    void problemsAreSaidInReadingOrderAndBlockOk() {
        driver("Mixed").nameProperty().set("  ");
        assertEquals("Driver 3 needs a name.", vm.problemProperty().get());
        assertFalse(vm.isValid());
        assertFalse(vm.apply(session));
        assertEquals(start, session.project());

        driver("  ").nameProperty().set("state-LED ");
        assertEquals("Two drivers are called \u201cstate-LED\u201d: names must differ.", vm.problemProperty().get());
        driver("state-LED ").nameProperty().set("Mixed");
        assertNull(vm.problemProperty().get());

        FieldDraft added = vm.addField();
        added.nameProperty().set("OUTPUT");
        assertEquals("Two fields are called \u201cOUTPUT\u201d: names must differ.", vm.problemProperty().get());
        added.nameProperty().set("Firms");
        assertTrue(vm.isValid());

        field("Output").kindProperty().set(CustomField.Kind.TEXT);
        assertEquals("\u201cOutput\u201d holds values in 2 sectors, so its kind cannot change.",
                vm.problemProperty().get());
        field("Output").kindProperty().set(CustomField.Kind.NUMBER);
        added.kindProperty().set(CustomField.Kind.TEXT);
        assertTrue(vm.isValid(), "a field no sector holds may change its kind");
    }

    @Test
    void eachRefusedControlCarriesItsReasonAndAClashMarksBothNames() {
        DriverDraft mixed = driver("Mixed");
        DriverDraft first = vm.drivers().get(0);
        first.nameProperty().set(" MIXED");
        String clash = "Two drivers are called \u201cMixed\u201d: names must differ.";
        assertEquals(clash, vm.reasonFor(first.nameProperty()).get());
        assertEquals(clash, vm.reasonFor(mixed.nameProperty()).get());
        assertEquals("", vm.reasonFor(vm.drivers().get(1).nameProperty()).get());

        mixed.colourProperty().set("mauve");
        assertEquals("Driver \u201cMixed\u201d needs a colour as #RRGGBB.", vm.reasonFor(mixed.colourProperty()).get());
        assertEquals(vm.reasonFor(mixed.colourProperty()).get(), vm.problemProperty().get(),
                "the problem line says the first in reading order: the colour comes before the clash");

        first.nameProperty().set("Hybrid");
        mixed.colourProperty().set("#112233");
        assertEquals("", vm.reasonFor(mixed.nameProperty()).get());
        assertEquals("", vm.reasonFor(mixed.colourProperty()).get());
        field("Output").kindProperty().set(CustomField.Kind.TEXT);
        assertEquals(vm.problemProperty().get(), vm.reasonFor(field("Output").kindProperty()).get());
        assertFalse(vm.reasonFor(field("Output").kindProperty()).get().isEmpty());
    }

    @Test
    void newDefinitionsGetFreeNamesAndColoursOfTheirOwn() {
        DriverDraft first = vm.addDriver();
        DriverDraft second = vm.addDriver();
        assertEquals("New driver", first.nameProperty().get());
        assertEquals("New driver 2", second.nameProperty().get());
        assertFalse(first.colourProperty().get().equalsIgnoreCase(second.colourProperty().get()));
        assertEquals("New field", vm.addField().nameProperty().get());
        assertEquals("New field 2", vm.addField().nameProperty().get());
        assertTrue(vm.isValid());
    }

    @Test
    void movingStopsAtTheEnds() {
        assertFalse(vm.moveDriver(driver("State-led"), -1));
        assertFalse(vm.moveField(field("Lead agency"), 1));
        assertTrue(vm.moveField(field("Lead agency"), -1));
        assertEquals(List.of("Lead agency", "Output"), vm.fields().stream().map(f -> f.nameProperty().get()).toList());
    }

    @Test
    void moreDriversOrFieldsThanAFileMayHoldAreRefusedBeforeOk() {
        while (vm.drivers().size() <= 100) {
            vm.addDriver();
        }
        assertEquals("A project may have at most 100 drivers; remove 1.", vm.problemProperty().get());
        vm.removeDriver(vm.drivers().get(vm.drivers().size() - 1));
        assertNull(vm.problemProperty().get());
        while (vm.fields().size() <= 200) {
            vm.addField();
        }
        assertEquals("A project may have at most 200 fields; remove 1.", vm.problemProperty().get());
    }
}
