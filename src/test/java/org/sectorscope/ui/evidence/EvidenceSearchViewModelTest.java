package org.sectorscope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.evidence.EvidenceSearchViewModel.Choice;

/**
 * The evidence search panel's state on {@link TestProjects#small()}, whose five items are, in project order:
 * ev-solar-1 (Solar PV; Kennedy, p. 12, B2, toward Success, tag supply-chain), ev-solar-2 (Solar PV; no
 * source, C3, toward Constructive), ev-chips-1 (Semiconductors; Naughton, B3, toward Destructive, tags
 * capacity and prices), ev-chips-2 (Semiconductors; no source, F6, context) and ev-biotech-1 (Biotech;
 * Kennedy, p. 40, A1, toward Failure).
 */
class EvidenceSearchViewModelTest {
    private static final String KENNEDY_LABEL = "Ch. 1, Scott Kennedy, \u201cChina's uneven high-tech drive\u201d";
    private static final String NAUGHTON_LABEL = "Barry Naughton, \u201cIndustrial policy notes\u201d";

    private ProjectSession session;
    private EvidenceSearchViewModel vm;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(TestProjects.small(), null, "small");
        vm = new EvidenceSearchViewModel(session);
    }

    private List<String> ids() {
        return vm.results().stream().map(EvidenceHitRow::evidenceId).toList();
    }

    private static <T> void choose(List<Choice<T>> choices, ObjectProperty<Choice<T>> filter, String label) {
        filter.set(choices.stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow());
    }

    private static List<String> labels(List<? extends Choice<?>> choices) {
        return choices.stream().map(Choice::label).map(String::valueOf).toList();
    }

    private EvidenceHitRow row(String evidenceId) {
        return vm.results().stream().filter(r -> r.evidenceId().equals(evidenceId)).findFirst().orElseThrow();
    }

    @Test
    void withNoFiltersEveryItemIsFoundInProjectOrder() {
        assertEquals(List.of("ev-solar-1", "ev-solar-2", "ev-chips-1", "ev-chips-2", "ev-biotech-1"), ids());
        assertEquals("5 of 5 items", vm.countLineProperty().get());
        assertNull(vm.pickedEvidenceIdProperty().get());
    }

    @Test
    void theCombosOfferTheProjectsSourcesTagsAndPolesInItsWords() {
        assertEquals(List.of("Any", "No source", KENNEDY_LABEL, NAUGHTON_LABEL), labels(vm.sourceChoices()));
        assertEquals(List.of("Any", "A", "B", "C", "D", "E", "F"), labels(vm.reliabilityChoices()));
        assertEquals(List.of("Any", "1", "2", "3", "4", "5", "6"), labels(vm.credibilityChoices()));
        assertEquals(List.of("Any", "capacity", "prices", "supply-chain"), labels(vm.tagChoices()));
        assertEquals(List.of("Any", "Neither (context)", "Toward Success", "Toward Failure", "Toward Constructive",
                "Toward Destructive"), labels(vm.bearingChoices()));
        assertEquals("Any", vm.sourceProperty().get().label());
    }

    @Test
    void aRowCarriesTheSectorAndTheItemAsTheEvidencePaneWordsIt() {
        EvidenceHitRow chips = row("ev-chips-1");
        assertEquals(TestProjects.CHIPS, chips.sectorId());
        assertEquals("Semiconductors", chips.sectorName());
        assertEquals("B3", chips.item().grade());
        assertEquals("Toward Destructive", chips.item().bearing());
        assertEquals("Mature-node capacity is expanding fast.", chips.item().quote());
        assertEquals("Overcapacity risk.", chips.item().note());
        assertEquals(NAUGHTON_LABEL, chips.item().sourceLabel());
        assertEquals(KENNEDY_LABEL + ", p. 12", row("ev-solar-1").item().sourceLabel());
        assertEquals("Context", row("ev-chips-2").item().bearing());
        assertEquals("No source", row("ev-chips-2").item().sourceLabel());
    }

    @Test
    void textNarrowsAsYouType() {
        vm.textProperty().set("k");
        assertEquals(List.of("ev-solar-1", "ev-chips-1", "ev-biotech-1"), ids(), "Kennedy twice, 'risk' once");
        vm.textProperty().set("kennedy");
        assertEquals(List.of("ev-solar-1", "ev-biotech-1"), ids());
        assertEquals("2 of 5 items", vm.countLineProperty().get());
        vm.textProperty().set("steel");
        assertEquals(List.of(), ids());
        assertEquals("0 of 5 items", vm.countLineProperty().get());
    }

    @Test
    void sourceFilter() {
        choose(vm.sourceChoices(), vm.sourceProperty(), "No source");
        assertEquals(List.of("ev-solar-2", "ev-chips-2"), ids());
        choose(vm.sourceChoices(), vm.sourceProperty(), NAUGHTON_LABEL);
        assertEquals(List.of("ev-chips-1"), ids());
        assertEquals("1 of 5 items", vm.countLineProperty().get());
    }

    @Test
    void gradeFiltersKeepThatGradeAndBetterAndCombine() {
        choose(vm.reliabilityChoices(), vm.reliabilityProperty(), "B");
        assertEquals(List.of("ev-solar-1", "ev-chips-1", "ev-biotech-1"), ids());
        choose(vm.credibilityChoices(), vm.credibilityProperty(), "2");
        assertEquals(List.of("ev-solar-1", "ev-biotech-1"), ids(), "B and 2: B2 and A1, not B3");
        choose(vm.sourceChoices(), vm.sourceProperty(), KENNEDY_LABEL);
        vm.textProperty().set("drugs");
        assertEquals(List.of("ev-biotech-1"), ids());
    }

    @Test
    void tagFilter() {
        choose(vm.tagChoices(), vm.tagProperty(), "capacity");
        assertEquals(List.of("ev-chips-1"), ids());
        choose(vm.tagChoices(), vm.tagProperty(), "supply-chain");
        assertEquals(List.of("ev-solar-1"), ids());
    }

    @Test
    void bearingFilter() {
        choose(vm.bearingChoices(), vm.bearingProperty(), "Neither (context)");
        assertEquals(List.of("ev-chips-2"), ids());
        choose(vm.bearingChoices(), vm.bearingProperty(), "Toward Success");
        assertEquals(List.of("ev-solar-1"), ids());
        choose(vm.bearingChoices(), vm.bearingProperty(), "Toward Failure");
        assertEquals(List.of("ev-biotech-1"), ids());
        choose(vm.bearingChoices(), vm.bearingProperty(), "Toward Constructive");
        assertEquals(List.of("ev-solar-2"), ids());
        choose(vm.bearingChoices(), vm.bearingProperty(), "Toward Destructive");
        assertEquals(List.of("ev-chips-1"), ids());
    }

    @Test
    void aComboBeingResetToNullMeansAny() {
        choose(vm.tagChoices(), vm.tagProperty(), "capacity");
        vm.tagProperty().set(null);
        assertEquals(5, ids().size());
    }

    @Test
    void clearFiltersShowsEverythingAgain() {
        vm.textProperty().set("kennedy");
        choose(vm.bearingChoices(), vm.bearingProperty(), "Toward Failure");
        vm.clearFilters();
        assertEquals(5, ids().size());
        assertEquals("", vm.textProperty().get());
        assertEquals("Any", vm.bearingProperty().get().label());
    }

    @Test
    void pickingAHitSelectsItsSectorForEveryPane() {
        vm.pick(row("ev-chips-1"));
        assertEquals(TestProjects.CHIPS, session.selection().sectorId());
        assertEquals("ev-chips-1", vm.pickedEvidenceIdProperty().get());
        assertEquals(2, vm.indexOfPicked());

        vm.pick(row("ev-biotech-1"));
        assertEquals(TestProjects.BIOTECH, session.selection().sectorId());
        assertEquals("ev-biotech-1", vm.pickedEvidenceIdProperty().get());
    }

    @Test
    void thePickIsDroppedWhenAnotherPaneSelectsAnotherSectorOrTheFiltersHideIt() {
        vm.pick(row("ev-chips-1"));
        session.selection().selectSector(TestProjects.SOLAR);
        assertNull(vm.pickedEvidenceIdProperty().get(), "the canvas or list moved on");
        assertEquals(-1, vm.indexOfPicked());

        vm.pick(row("ev-chips-1"));
        vm.textProperty().set("kennedy");
        assertNull(vm.pickedEvidenceIdProperty().get(), "filtered out");
        assertEquals(TestProjects.CHIPS, session.selection().sectorId(), "the sector stays selected");
    }

    @Test
    void anEditElsewhereRefreshesTheRowsAndKeepsTheFiltersAndThePick() {
        vm.textProperty().set("kennedy");
        choose(vm.sourceChoices(), vm.sourceProperty(), KENNEDY_LABEL);
        choose(vm.bearingChoices(), vm.bearingProperty(), "Toward Success");
        vm.pick(row("ev-solar-1"));

        session.execute(RenameSectorCommand.of(session.project(), TestProjects.SOLAR, "Photovoltaics"));

        assertEquals(List.of("ev-solar-1"), ids());
        assertEquals("Photovoltaics", vm.results().get(0).sectorName());
        assertEquals("kennedy", vm.textProperty().get());
        assertEquals(KENNEDY_LABEL, vm.sourceProperty().get().label());
        assertEquals("Toward Success", vm.bearingProperty().get().label());
        assertEquals("ev-solar-1", vm.pickedEvidenceIdProperty().get());

        session.undo();
        assertEquals("Solar PV", vm.results().get(0).sectorName());
    }

    @Test
    void aFilterWhoseSourceOrTagIsGoneFallsBackToAny() {
        choose(vm.sourceChoices(), vm.sourceProperty(), NAUGHTON_LABEL);
        Project small = session.project();
        Project withoutNaughton = small.withSources(List.of(small.sources().get(0)))
                .withSector(TestProjects.CHIPS, s -> s.withEvidence(List.of()));

        session.open(withoutNaughton, null, "edited");

        assertEquals(List.of("Any", "No source", KENNEDY_LABEL), labels(vm.sourceChoices()));
        assertEquals("Any", vm.sourceProperty().get().label());
        assertEquals(List.of("Any", "supply-chain"), labels(vm.tagChoices()));
        assertEquals(List.of("ev-solar-1", "ev-solar-2", "ev-biotech-1"), ids());
        assertEquals("3 of 3 items", vm.countLineProperty().get());
    }

    @Test
    void onTheSampleFiltersCountAgainstAllItsItems() throws Exception {
        ProjectSession sample = new ProjectSession(ProjectStore.loadSample(), null, "sample");
        EvidenceSearchViewModel search = new EvidenceSearchViewModel(sample);
        assertEquals("80 of 80 items", search.countLineProperty().get());

        search.textProperty().set("Huawei");
        assertEquals("3 of 80 items", search.countLineProperty().get());
        assertEquals(List.of("ev-5g-2", "ev-5g-4", "ev-5g-5"),
                search.results().stream().map(EvidenceHitRow::evidenceId).toList());

        search.textProperty().set("");
        choose(search.bearingChoices(), search.bearingProperty(), "Neither (context)");
        assertEquals("16 of 80 items", search.countLineProperty().get());
        choose(search.bearingChoices(), search.bearingProperty(), "Toward Constructive");
        assertEquals("9 of 80 items", search.countLineProperty().get());

        search.clearFilters();
        search.sourceProperty().set(search.sourceChoices().stream().filter(c -> "ch05".equals(c.value()))
                .findFirst().orElseThrow());
        choose(search.credibilityChoices(), search.credibilityProperty(), "2");
        choose(search.reliabilityChoices(), search.reliabilityProperty(), "B");
        assertEquals(List.of("ev-5g-1", "ev-5g-2", "ev-5g-3", "ev-5g-5"),
                search.results().stream().map(EvidenceHitRow::evidenceId).toList(), "C2 and B3 left out");
    }
}
