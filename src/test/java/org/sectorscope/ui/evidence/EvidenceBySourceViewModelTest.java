package org.sectorscope.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Project;
import org.sectorscope.model.Source;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.store.ProjectStore;
import org.sectorscope.ui.evidence.EvidenceBySourceViewModel.Group;
import org.sectorscope.ui.evidence.EvidenceBySourceViewModel.Item;

/**
 * "What each source supports" on {@link TestProjects#small()}: Kennedy is cited by ev-solar-1 (Solar PV, B2,
 * toward Success) and ev-biotech-1 (Biotech, A1, toward Failure), Naughton by ev-chips-1 (Semiconductors, B3,
 * toward Destructive); ev-solar-2 (C3, toward Constructive) and ev-chips-2 (F6, context) cite none.
 */
class EvidenceBySourceViewModelTest {
    private ProjectSession session;
    private EvidenceBySourceViewModel vm;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(TestProjects.small(), null, "small");
        vm = new EvidenceBySourceViewModel(session);
    }

    private static List<String> summaries(EvidenceBySourceViewModel vm) {
        return vm.groups().stream().map(Group::summary).toList();
    }

    @Test
    void oneGroupPerSourceThenTheUncitedItemsWithSummariesInTheFrameworksWords() {
        assertEquals(List.of("Ch. 1, Scott Kennedy, \u201cChina's uneven high-tech drive\u201d",
                "Barry Naughton, \u201cIndustrial policy notes\u201d", "No source"),
                vm.groups().stream().map(Group::label).toList());
        assertEquals(List.of(TestProjects.KENNEDY, TestProjects.NAUGHTON), vm.groups().stream().limit(2)
                .map(Group::sourceId).toList());
        assertNull(vm.groups().get(2).sourceId());
        assertEquals(List.of("2 items \u00b7 Success 1 \u00b7 Failure 1", "1 item \u00b7 Destructive 1",
                "2 items \u00b7 Constructive 1 \u00b7 context 1"), summaries(vm));
    }

    @Test
    void aGroupListsItsItemsWithSectorGradeAndText() {
        assertEquals(List.of(
                new Item(TestProjects.SOLAR, "Solar PV", "ev-solar-1", "B2",
                        "Chinese firms dominate every stage of the supply chain.", true),
                new Item(TestProjects.BIOTECH, "Biotech", "ev-biotech-1", "A1", "Few novel drugs so far.", true)),
                vm.groups().get(0).items());
        Item note = vm.groups().get(2).items().get(0);
        assertEquals("Cheaper panels helped buyers everywhere.", note.excerpt());
        assertFalse(note.quote(), "a note without a quote");
        assertTrue(vm.groups().get(1).items().get(0).quote(), "the quote is shown, not the note beside it");
    }

    @Test
    void aSourceNothingCitesSaysSo() {
        List<Source> sources = new ArrayList<>(session.project().sources());
        sources.add(new Source("src-lewis", "James A. Lewis", "Semiconductors", null, null, null, null, "4", null,
                null, Extras.NONE));
        session.open(session.project().withSources(sources), null, "with Lewis");

        Group lewis = vm.groups().get(2);
        assertEquals("Ch. 4, James A. Lewis, \u201cSemiconductors\u201d", lewis.label());
        assertEquals("not cited yet", lewis.summary());
        assertEquals(List.of(), lewis.items());
        assertEquals("No source", vm.groups().get(3).label());
    }

    @Test
    void withNoUncitedItemsThereIsNoNoSourceGroup() {
        Project p = session.project().withSector(TestProjects.SOLAR, s -> s.withEvidence(s.evidence().subList(0, 1)))
                .withSector(TestProjects.CHIPS, s -> s.withEvidence(s.evidence().subList(0, 1)));
        session.open(p, null, "all cited");
        assertEquals(List.of("2 items \u00b7 Success 1 \u00b7 Failure 1", "1 item \u00b7 Destructive 1"),
                summaries(vm));
    }

    @Test
    void longTextIsShortenedAtAWordBreakWithAnEllipsis() {
        String sentence = "China has become a leader in some sectors while lagging in others, and the pattern "
                + "depends on market structure, state support and the openness of the sector to foreign firms.";
        String shortened = EvidenceBySourceViewModel.shorten(sentence, 120);
        assertEquals("China has become a leader in some sectors while lagging in others, and the pattern depends on "
                + "market structure, state\u2026", shortened, "\"state s\" is cut back to the whole word");
        assertTrue(shortened.length() <= 120);
        assertEquals("Short stays short", EvidenceBySourceViewModel.shorten("  Short  stays\nshort ", 120));
        assertEquals("x".repeat(119) + "\u2026", EvidenceBySourceViewModel.shorten("x".repeat(130), 120),
                "one long word is cut mid-word");
        assertEquals("abcd efgh\u2026", EvidenceBySourceViewModel.shorten("abcd efgh ijkl", 10),
                "the cut falls on a space");
    }

    @Test
    void shorteningReadsOnlyTheHeadYetCutsAsTheWholeTextWouldBeCut() {
        java.util.Random random = new java.util.Random(18);
        String pieces = "ab c\t\n  \r xyz";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            int max = 3 + random.nextInt(20);
            String whole = text.toString().strip().replaceAll("\\s+", " ");
            String expected = whole.length() <= max ? whole : reference(whole, max);
            assertEquals(expected, EvidenceBySourceViewModel.shorten(text.toString(), max), "\"" + text + "\", " + max);
        }
    }

    /** The cut as it was made on the whole text, one line. */
    private static String reference(String line, int max) {
        String head = line.substring(0, max - 1);
        int space = line.charAt(max - 1) == ' ' ? max - 1 : head.lastIndexOf(' ');
        if (space > max / 2) {
            head = line.substring(0, space);
        }
        return head.stripTrailing() + "\u2026";
    }

    @Test
    void hiddenTheGroupsWaitUntilShownThenAreAsAtOnce() {
        vm.setShown(false);
        session.execute(RenameSectorCommand.of(session.project(), TestProjects.CHIPS, "Chips"));
        Project p = session.project();
        assertTrue(vm.groups().isEmpty(), "not rebuilt while hidden, and nothing of the old project kept");

        vm.setShown(true);
        assertTrue(vm.groups().stream().flatMap(g -> g.items().stream()).anyMatch(i -> i.sectorName().equals("Chips")),
                "rebuilt when shown");
        assertEquals(summaries(new EvidenceBySourceViewModel(new ProjectSession(p, null, "same"))), summaries(vm));
    }

    @Test
    void pickingAnItemSelectsItsSector() {
        Item chips = vm.groups().get(1).items().get(0);
        vm.pick(chips);
        assertEquals(TestProjects.CHIPS, session.selection().sectorId());
        assertEquals("ev-chips-1", vm.pickedEvidenceIdProperty().get());

        session.selection().selectSector(TestProjects.SOLAR);
        assertNull(vm.pickedEvidenceIdProperty().get(), "another pane selected another sector");
    }

    @Test
    void anEditElsewhereRefreshesTheGroupsAndKeepsThePick() {
        vm.pick(vm.groups().get(0).items().get(0));
        session.execute(RenameSectorCommand.of(session.project(), TestProjects.SOLAR, "Photovoltaics"));
        assertEquals("Photovoltaics", vm.groups().get(0).items().get(0).sectorName());
        assertEquals("ev-solar-1", vm.pickedEvidenceIdProperty().get());
    }

    @Test
    void onTheSampleEachChapterSaysWhatItSupports() throws Exception {
        EvidenceBySourceViewModel sample = new EvidenceBySourceViewModel(
                new ProjectSession(ProjectStore.loadSample(), null, "sample"));
        List<Group> groups = sample.groups();
        assertEquals(12, groups.size(), "eleven chapters and the preface; every item cites a source");
        assertEquals("not cited yet", groups.get(0).summary(), "the preface");
        assertEquals("35 items \u00b7 Success 8 \u00b7 Failure 7 \u00b7 Constructive 5 \u00b7 Destructive 9 "
                + "\u00b7 context 6", groups.get(1).summary());
        assertEquals("Ch. 1, Scott Kennedy, \u201cTouching the Elephant: Explaining Patterns of China's "
                + "Innovation\u201d", groups.get(1).label());
        assertEquals("6 items \u00b7 Success 2 \u00b7 Failure 2 \u00b7 Constructive 1 \u00b7 context 1",
                groups.get(5).summary(), "ch. 5");
        assertEquals("11 items \u00b7 Success 4 \u00b7 Failure 1 \u00b7 Destructive 4 \u00b7 context 2",
                groups.get(9).summary(), "ch. 9, solar panels included");
        // Lewis's one item was a general remark on credit filed under steel; no item cites Chapter 4 now.
        assertEquals("not cited yet", groups.get(4).summary(), "ch. 4");
        assertTrue(groups.stream().flatMap(g -> g.items().stream()).allMatch(i -> i.excerpt().length() <= 120));
    }
}
