package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Source;
import org.sectorscope.model.TestProjects;

class EditSourcesCommandTest {
    private final Project p = TestProjects.small();

    private static Source source(Project project, String id) {
        return project.source(id).orElseThrow();
    }

    private static List<String> ids(Project project) {
        return project.sources().stream().map(Source::id).toList();
    }

    private static Source withPages(Source s, String pages) {
        return new Source(s.id(), s.author(), s.title(), s.container(), s.publisher(), s.date(), s.url(), s.chapter(),
                pages, s.file(), s.extras());
    }

    private static void assertRejected(String expectedInMessage, Executable edit) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, edit);
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    /** A project in which nothing cites Naughton, so it may be deleted. */
    private static Project naughtonUncited(Project project) {
        Sector chips = project.sector(TestProjects.CHIPS).orElseThrow();
        List<Evidence> evidence = chips.evidence().stream().map(e -> TestProjects.NAUGHTON.equals(e.sourceId())
                ? new Evidence(e.id(), e.quote(), e.note(), null, e.page(), e.reliability(), e.credibility(),
                        e.bearing(), e.tags(), e.added(), e.extras())
                : e).toList();
        return project.withSector(TestProjects.CHIPS, s -> s.withEvidence(evidence));
    }

    @Test
    void addAppendsTheSourceAndRevertsExactly() {
        Source added = new Source("src-new", "Mingda Qiu", "A Larger but Not Leaner Fat Tech Dragon", null, "CSIS",
                "2020-02", null, "2", "13-20", null, Extras.NONE);
        EditSourcesCommand add = EditSourcesCommand.add(p, added);
        assertEquals("Add source Mingda Qiu, ch. 2", add.description());
        Project next = add.apply(p);
        assertEquals(List.of(TestProjects.KENNEDY, TestProjects.NAUGHTON, "src-new"), ids(next));
        assertEquals(added, source(next, "src-new"));
        assertEquals(p.withSources(next.sources()), next, "nothing but the sources changes");
        assertEquals(p, add.revert(next));
    }

    @Test
    void addRefusesAnIdInUseAndASourceWithNeitherAuthorNorTitle() {
        assertRejected("already exists", () -> EditSourcesCommand.add(p,
                new Source(TestProjects.KENNEDY, "Someone", "Something", null, null, null, null, null, null, null,
                        Extras.NONE)));
        assertRejected("an author or a title", () -> EditSourcesCommand.add(p,
                new Source("src-blank", " ", "", null, null, null, null, null, null, null, Extras.NONE)));
    }

    @Test
    void updateReplacesTheSourceInPlaceAndRevertsExactly() {
        Source kennedy = source(p, TestProjects.KENNEDY);
        EditSourcesCommand update = EditSourcesCommand.update(p, withPages(kennedy, "21-29"));
        assertEquals("Edit source Scott Kennedy, ch. 1", update.description());
        assertEquals(p.sources(), update.before());
        Project next = update.apply(p);
        assertEquals(ids(p), ids(next), "order unchanged");
        assertEquals("21-29", source(next, TestProjects.KENNEDY).pages());
        assertEquals("1-12", source(p, TestProjects.KENNEDY).pages());
        assertEquals(withPages(kennedy, "21-29"), source(next, TestProjects.KENNEDY));
        assertEquals(source(p, TestProjects.NAUGHTON), source(next, TestProjects.NAUGHTON));
        assertEquals(p.sectors(), next.sectors(), "evidence holds the id only: every citation follows the edit");
        assertEquals(p.options(), next.options());
        assertEquals(p, update.revert(next));
    }

    @Test
    void updateIsDescribedByTheLabelBeforeTheEditAndKeepsExtras() {
        Extras extras = Extras.of(Map.of("x-note", "keep me"));
        Source k = source(p, TestProjects.KENNEDY);
        Source rich = new Source(k.id(), k.author(), k.title(), k.container(), k.publisher(), k.date(), k.url(),
                k.chapter(), k.pages(), k.file(), extras);
        Project withExtras = p.withSources(List.of(rich, source(p, TestProjects.NAUGHTON)));
        Source rechaptered = new Source(k.id(), k.author(), k.title(), k.container(), k.publisher(), k.date(),
                k.url(), "2", k.pages(), k.file(), extras);
        EditSourcesCommand update = EditSourcesCommand.update(withExtras, rechaptered);
        assertEquals("Edit source Scott Kennedy, ch. 1", update.description());
        Project next = update.apply(withExtras);
        assertEquals("Scott Kennedy, ch. 2", source(next, TestProjects.KENNEDY).shortLabel());
        assertEquals(extras, source(next, TestProjects.KENNEDY).extras());
        assertEquals(withExtras, update.revert(next));
    }

    @Test
    void updateRefusesAnUnknownSourceAndABlankAuthorAndTitle() {
        assertRejected("no source src-nope", () -> EditSourcesCommand.update(p,
                new Source("src-nope", "A", "B", null, null, null, null, null, null, null, Extras.NONE)));
        Source k = source(p, TestProjects.KENNEDY);
        assertRejected("an author or a title", () -> EditSourcesCommand.update(p,
                new Source(k.id(), "", " ", null, null, null, null, null, null, null, Extras.NONE)));
    }

    @Test
    void removeDeletesAnUncitedSourceAndRevertRestoresItInPlace() {
        Project q = naughtonUncited(p);
        Source third = new Source("src-third", "Edward Tse", "Systemic advantages", null, null, null, null, null,
                null, null, Extras.NONE);
        Project three = EditSourcesCommand.add(q, third).apply(q);
        EditSourcesCommand remove = EditSourcesCommand.remove(three, TestProjects.NAUGHTON);
        assertEquals("Delete source Barry Naughton", remove.description());
        Project next = remove.apply(three);
        assertEquals(List.of(TestProjects.KENNEDY, "src-third"), ids(next));
        assertEquals(three, remove.revert(next));
        assertEquals(List.of(TestProjects.KENNEDY, TestProjects.NAUGHTON, "src-third"), ids(remove.revert(next)),
                "back at its old index");
    }

    @Test
    void removeIsRefusedWhileEvidenceCitesTheSourceAndSaysHowMany() {
        assertRejected("\"Barry Naughton\" is cited by 1 evidence item", () ->
                EditSourcesCommand.remove(p, TestProjects.NAUGHTON));
        // Kennedy: two evidence items, Solar's placement and the subsidy option.
        assertRejected("\"Scott Kennedy, ch. 1\" is cited by 2 evidence items, 1 sector placement and 1 policy option",
                () -> EditSourcesCommand.remove(p, TestProjects.KENNEDY));
        assertRejected("no source src-nope", () -> EditSourcesCommand.remove(p, "src-nope"));
    }

    @Test
    void removeIsRefusedForAPlacementOrAnOptionAlone() {
        Project q = naughtonUncited(p);
        Project placed = q.withSector(TestProjects.AIRCRAFT, s -> new Sector(s.id(), s.name(), s.driver(),
                s.summary(), s.position(), new Placement(Placement.Basis.REPORT, TestProjects.NAUGHTON, "", null),
                s.evidence(), s.history(), s.extras(), s.positionExtras()));
        assertRejected("is cited by 1 sector placement,", () -> EditSourcesCommand.remove(placed, TestProjects.NAUGHTON));

        List<PolicyOption> options = new ArrayList<>();
        for (PolicyOption o : q.options()) {
            options.add(new PolicyOption(o.id(), o.name(), o.description(), TestProjects.NAUGHTON, o.targets(),
                    o.intendedEffect(), o.scores(), o.extras()));
        }
        assertRejected("is cited by 2 policy options,", () ->
                EditSourcesCommand.remove(q.withOptions(options), TestProjects.NAUGHTON));
    }

    @Test
    void citationsCountEveryKindOfReference() {
        assertEquals(new EditSourcesCommand.Citations(2, 1, 1), EditSourcesCommand.citations(p, TestProjects.KENNEDY));
        assertEquals(new EditSourcesCommand.Citations(1, 0, 0), EditSourcesCommand.citations(p, TestProjects.NAUGHTON));
        EditSourcesCommand.Citations none = EditSourcesCommand.citations(naughtonUncited(p), TestProjects.NAUGHTON);
        assertTrue(none.isEmpty());
        assertEquals("nothing", none.describe());
        assertEquals("3 evidence items and 1 policy option", new EditSourcesCommand.Citations(3, 0, 1).describe());
    }

    @Test
    void onTheStackEachFactoryIsOneUndoStep() {
        CommandStack stack = new CommandStack(p);
        Source k = source(p, TestProjects.KENNEDY);
        stack.execute(EditSourcesCommand.update(p, withPages(k, "21-29")));
        Source added = new Source("src-x", "X", "Y", null, null, null, null, null, null, null, Extras.NONE);
        stack.execute(EditSourcesCommand.add(stack.project(), added));
        stack.execute(EditSourcesCommand.remove(stack.project(), "src-x"));
        assertEquals("Delete source X", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(added, source(stack.project(), "src-x"));
        stack.undo();
        assertTrue(stack.project().source("src-x").isEmpty());
        stack.undo();
        assertEquals(p, stack.project());
    }
}
