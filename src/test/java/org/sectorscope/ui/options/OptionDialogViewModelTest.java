package org.sectorscope.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sectorscope.model.TestProjects.AIRCRAFT;
import static org.sectorscope.model.TestProjects.CHIPS;
import static org.sectorscope.model.TestProjects.KENNEDY;
import static org.sectorscope.model.TestProjects.NAUGHTON;
import static org.sectorscope.model.TestProjects.SUBSIDY;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/** The option dialog's state on {@link TestProjects#small()}: adding and editing an option with its targets. */
class OptionDialogViewModelTest {
    private final Project start = TestProjects.small();
    private ProjectSession session;
    private PolicyOptionsViewModel options;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(start, null, "small");
        options = new PolicyOptionsViewModel(session);
    }

    private static void check(List<OptionDialogChoice> choices, String id, boolean checked) {
        choices.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().checkedProperty().set(checked);
    }

    private static OptionDialogSource source(OptionDialogViewModel vm, String id) {
        return vm.sources().stream().filter(s -> id.equals(s.id())).findFirst().orElseThrow();
    }

    @Test
    void addingAnOptionWithTargetsIsOneUndoStep() {
        OptionDialogViewModel vm = options.newOption();
        assertEquals(List.of("A) Win-Win", "B) Destructive Victory", "C) Harmless Failure", "D) Lose-Lose"),
                vm.quadrants().stream().map(OptionDialogChoice::label).toList());
        assertEquals("Semiconductors (B)", vm.sectors().get(1).label());
        assertFalse(vm.validProperty().get(), "a name is required");

        vm.nameProperty().set("  Export controls on tools ");
        vm.descriptionProperty().set("Deny lithography tools");
        vm.sourceProperty().set(source(vm, NAUGHTON));
        vm.intendedEffectProperty().set("move from B toward A");
        check(vm.quadrants(), "D", true);
        check(vm.quadrants(), "B", true);
        check(vm.sectors(), CHIPS, true);
        String id = vm.apply().orElseThrow();

        PolicyOption added = session.project().option(id).orElseThrow();
        assertTrue(id.startsWith("opt-"), id);
        assertEquals("Export controls on tools", added.name());
        assertEquals("Deny lithography tools", added.description());
        assertEquals(NAUGHTON, added.sourceId());
        assertEquals("move from B toward A", added.intendedEffect());
        assertEquals(List.of(CHIPS), added.targets().sectorIds());
        assertEquals(List.of("B", "D"), added.targets().quadrantLetters());
        assertTrue(added.scores().isEmpty());
        OptionRow row = options.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        assertEquals(3, row.rank(), "unscored, it totals 0 and comes last");
        assertEquals("Quadrants B, D; Semiconductors", row.targets());

        session.undo();
        assertEquals(start, session.project());
    }

    @Test
    void editingAnOptionKeepsItsScoresAndChangesItsTargets() {
        OptionDialogViewModel vm = options.editOption(SUBSIDY);
        assertEquals("Targeted subsidies", vm.nameProperty().get());
        assertEquals(KENNEDY, vm.sourceProperty().get().id());
        assertEquals("move from B toward A", vm.intendedEffectProperty().get());

        vm.nameProperty().set("Mature-node subsidies");
        vm.sourceProperty().set(OptionDialogSource.NONE);
        check(vm.quadrants(), "B", false);
        check(vm.sectors(), AIRCRAFT, true);
        assertEquals(SUBSIDY, vm.apply().orElseThrow());

        PolicyOption edited = session.project().option(SUBSIDY).orElseThrow();
        PolicyOption before = start.option(SUBSIDY).orElseThrow();
        assertEquals("Mature-node subsidies", edited.name());
        assertEquals(null, edited.sourceId());
        assertEquals(List.of(CHIPS, AIRCRAFT), edited.targets().sectorIds());
        assertEquals(List.of(), edited.targets().quadrantLetters());
        assertEquals(before.scores(), edited.scores());
        assertEquals("Undo Edit option Targeted subsidies", session.undoTextProperty().get());
        session.undo();
        assertEquals(start, session.project());
    }

    @Test
    void anUnchangedOrNamelessOptionSavesNothing() {
        assertTrue(options.editOption(SUBSIDY).apply().isEmpty());
        OptionDialogViewModel vm = options.editOption(SUBSIDY);
        vm.nameProperty().set("   ");
        assertTrue(vm.apply().isEmpty());
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void theNameCarriesTheReasonOkIsRefused() {
        OptionDialogViewModel vm = options.newOption();
        var reason = vm.reasonFor(vm.nameProperty());
        assertEquals("The option needs a name.", reason.get());
        vm.nameProperty().set("Export controls");
        assertEquals("", reason.get());
        assertTrue(vm.validProperty().get());
        vm.nameProperty().set("  ");
        assertEquals("The option needs a name.", reason.get());
        assertFalse(vm.validProperty().get());
    }

    @Test
    void aSourceTheProjectNoLongerListsIsNotedAndKept() {
        Project withoutKennedy = start.withSources(start.sources().stream().filter(s -> s.id().equals(NAUGHTON)).toList());
        session = new ProjectSession(withoutKennedy, null, "small");
        OptionDialogViewModel vm = new PolicyOptionsViewModel(session).editOption(SUBSIDY);
        var note = vm.reasonFor(vm.sourceProperty());
        assertEquals("This source is not among the project's sources; the option keeps it as it was.", note.get());
        assertTrue(vm.validProperty().get(), "a note, not a refusal");
        vm.sourceProperty().set(source(vm, NAUGHTON));
        assertEquals("", note.get());
        vm.sourceProperty().set(vm.sources().get(vm.sources().size() - 1));
        assertEquals(KENNEDY, vm.sourceProperty().get().id());
        assertFalse(note.get().isEmpty());
    }

    @Test
    void theSectorFilterShowsLabelsHoldingEveryWordAndHiddenChecksStay() {
        OptionDialogViewModel vm = options.editOption(SUBSIDY);
        assertEquals(4, vm.shownSectors().size());
        assertEquals("1 of 4 sectors targeted", vm.targetedSectorsProperty().get());

        vm.sectorFilterProperty().set("  SOLAR  ");
        assertEquals(List.of("Solar PV (A)"), vm.shownSectors().stream().map(OptionDialogChoice::label).toList());
        assertEquals("1 of 4 sectors targeted; 1 shown", vm.targetedSectorsProperty().get());
        check(vm.shownSectors(), vm.shownSectors().get(0).id(), true);
        assertEquals("2 of 4 sectors targeted; 1 shown", vm.targetedSectorsProperty().get());

        vm.sectorFilterProperty().set("(d) comm");
        assertEquals(List.of(AIRCRAFT), vm.shownSectors().stream().map(OptionDialogChoice::id).toList(),
                "every word, in any order, the quadrant letter included");
        vm.sectorFilterProperty().set("nothing like it");
        assertEquals(List.of(), vm.shownSectors());
        assertEquals("2 of 4 sectors targeted; 0 shown", vm.targetedSectorsProperty().get());

        vm.sectorFilterProperty().set("");
        assertEquals(4, vm.shownSectors().size());
        vm.nameProperty().set("Targeted subsidies");
        vm.apply();
        assertEquals(List.of(CHIPS, TestProjects.SOLAR),
                session.project().option(SUBSIDY).orElseThrow().targets().sectorIds(), "the hidden check was kept");
    }
}
