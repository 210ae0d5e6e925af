package org.sectorscope.ui.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditFrameworkCommand;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;
import org.sectorscope.model.TestProjects;
import org.sectorscope.ui.framework.FrameworkDialogViewModel.QuadrantFields;

/** The dialog's state without a toolkit: loading, live checks, and the command it makes. */
class FrameworkDialogViewModelTest {
    private final Project p = TestProjects.small();
    private final FrameworkDialogViewModel vm = new FrameworkDialogViewModel(p.framework());

    private QuadrantFields byLetter(String letter) {
        return vm.quadrants().stream().filter(q -> q.letterProperty().get().equals(letter)).findFirst().orElseThrow();
    }

    @Test
    void loadingFillsEveryFieldWithQuadrantsInScreenOrder() {
        assertEquals("Sectoral outcomes", vm.frameworkNameProperty().get());
        assertEquals("Innovation outcomes in China", vm.xTitleProperty().get());
        assertEquals("Success", vm.xLowProperty().get());
        assertEquals("Failure", vm.xHighProperty().get());
        assertEquals("Effect on the global sector", vm.yTitleProperty().get());
        assertEquals("Destructive", vm.yLowProperty().get());
        assertEquals("Constructive", vm.yHighProperty().get());
        assertEquals(List.of("A", "C", "B", "D"), vm.quadrants().stream().map(q -> q.letterProperty().get()).toList(),
                "top-left, top-right, bottom-left, bottom-right");
        assertEquals(List.of("top-left", "top-right", "bottom-left", "bottom-right"),
                vm.quadrants().stream().map(QuadrantFields::place).toList());
        assertEquals("Harmless Failure", byLetter("C").nameProperty().get());
        assertEquals("#F6E3C6", vm.quadrant(Side.LOW, Side.LOW).colourProperty().get());
        assertTrue(vm.isValid());
        assertNull(vm.problemProperty().get());
        assertEquals(p.framework(), vm.toFramework());
    }

    @Test
    void noChangeMeansNoCommand() {
        assertTrue(vm.command(p).isEmpty());
        vm.xTitleProperty().set("  Innovation outcomes in China "); // surrounding spaces do not count
        assertTrue(vm.command(p).isEmpty());
    }

    @Test
    void editingOneNameMakesACommandThatChangesOnlyThat() {
        byLetter("B").nameProperty().set("Hollow Victory");
        EditFrameworkCommand command = vm.command(p).orElseThrow();
        assertEquals("Rename quadrant B", command.description());
        Project edited = command.apply(p);
        assertEquals("Hollow Victory", edited.framework().byLetter("B").orElseThrow().name());
        assertEquals(p.withFramework(edited.framework()), edited, "nothing outside the framework changes");
        Framework before = p.framework();
        Framework after = edited.framework();
        assertEquals(before.xAxis(), after.xAxis());
        assertEquals(before.yAxis(), after.yAxis());
        for (Quadrant q : before.quadrants()) {
            if (!q.letter().equals("B")) {
                assertEquals(q, after.quadrant(q.x(), q.y()));
            }
        }
        assertEquals(p, command.revert(edited));
    }

    @Test
    void duplicateLettersAreInvalidAndTheProblemNamesTheLetter() {
        byLetter("D").letterProperty().set("A");
        assertFalse(vm.isValid());
        assertFalse(vm.validProperty().get());
        assertTrue(vm.problemProperty().get().contains("Letter A"), vm.problemProperty().get());
        assertThrows(IllegalStateException.class, vm::toFramework);

        vm.quadrant(Side.HIGH, Side.LOW).letterProperty().set("E"); // fixed: live recheck
        assertTrue(vm.isValid());
        assertNull(vm.problemProperty().get());
        assertEquals("Change letter of quadrant D", vm.command(p).orElseThrow().description());
    }

    @Test
    void badColoursAreInvalid() {
        for (String bad : new String[] {"red", "#12345", "#12345G", "", "DCEBD5"}) {
            byLetter("A").colourProperty().set(bad);
            assertFalse(vm.isValid(), bad);
            assertTrue(vm.problemProperty().get().startsWith("Quadrant A needs a colour as #RRGGBB"),
                    vm.problemProperty().get());
        }
        byLetter("A").colourProperty().set("#102030");
        assertTrue(vm.isValid());
        assertEquals("Recolour quadrant A", vm.command(p).orElseThrow().description());
    }

    @Test
    void blankFieldsAreInvalidWithAProblemSayingWhich() {
        vm.yLowProperty().set("  ");
        assertEquals("The y-axis needs a label for its bottom (low) pole.", vm.problemProperty().get());
        vm.xTitleProperty().set("");
        assertEquals("The x-axis needs a title.", vm.problemProperty().get(), "the first problem in reading order");
        vm.xTitleProperty().set("Outcome");
        vm.yLowProperty().set("Harmful");
        assertTrue(vm.isValid());

        vm.quadrant(Side.HIGH, Side.HIGH).nameProperty().set(" ");
        assertEquals("Quadrant C needs a name.", vm.problemProperty().get());
        vm.quadrant(Side.HIGH, Side.HIGH).letterProperty().set(null);
        assertEquals("The top-right quadrant needs a letter.", vm.problemProperty().get());
    }

    @Test
    void eachRefusedFieldCarriesItsOwnReason() {
        QuadrantFields d = byLetter("D");
        vm.yLowProperty().set(" ");
        d.letterProperty().set("A");
        d.colourProperty().set("red");
        assertEquals("The y-axis needs a label for its bottom (low) pole.", vm.reasonFor(vm.yLowProperty()).get());
        assertEquals("Letter A is used by more than one quadrant.", vm.reasonFor(d.letterProperty()).get(),
                "the quadrant that repeats the letter is marked, not the one that had it");
        assertEquals("", vm.reasonFor(byLetter("A").letterProperty()).get());
        assertEquals("Quadrant A needs a colour as #RRGGBB, not \u201cred\u201d.", vm.reasonFor(d.colourProperty()).get());
        assertEquals("", vm.reasonFor(d.nameProperty()).get());
        assertEquals("", vm.reasonFor(vm.xTitleProperty()).get());
        assertEquals(vm.reasonFor(vm.yLowProperty()).get(), vm.problemProperty().get(), "the problem line says the first");

        vm.load(p.framework());
        assertEquals("", vm.reasonFor(vm.yLowProperty()).get());
        assertEquals("", vm.reasonFor(d.letterProperty()).get());
        assertEquals("", vm.reasonFor(d.colourProperty()).get());
    }

    @Test
    void theFrameworkNameMayBeEmpty() {
        vm.frameworkNameProperty().set("   ");
        assertTrue(vm.isValid());
        assertEquals("", vm.toFramework().name());
        assertEquals("Rename framework", vm.command(p).orElseThrow().description());
    }

    @Test
    void extrasAndQuadrantOrderOfTheLoadedFrameworkAreKept() {
        Framework f = p.framework();
        Extras e = Extras.of(Map.of("x-note", "keep me"));
        List<Quadrant> reversed = new ArrayList<>();
        for (Quadrant q : f.quadrants()) {
            reversed.add(0, new Quadrant(q.x(), q.y(), q.letter(), q.name(), q.color(), e));
        }
        Framework rich = new Framework(f.name(), f.xAxis(), f.yAxis(), reversed, e);
        FrameworkDialogViewModel edit = new FrameworkDialogViewModel(rich);
        edit.xLowProperty().set("Win");
        Framework next = edit.toFramework();
        assertEquals(e, next.extras());
        assertEquals(reversed.stream().map(Quadrant::letter).toList(),
                next.quadrants().stream().map(Quadrant::letter).toList());
        next.quadrants().forEach(q -> assertEquals(e, q.extras()));
    }
}
