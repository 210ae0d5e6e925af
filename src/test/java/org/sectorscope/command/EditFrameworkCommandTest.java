package org.sectorscope.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sectorscope.model.Axis;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Framework;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;
import org.sectorscope.model.Targets;
import org.sectorscope.model.TestProjects;
import org.sectorscope.store.ProjectIntegrity;

class EditFrameworkCommandTest {
    private final Project p = TestProjects.small();

    private static Quadrant q(Project project, String letter) {
        return project.framework().byLetter(letter).orElseThrow();
    }

    private static List<String> targets(Project project, String optionId) {
        return project.option(optionId).orElseThrow().targets().quadrantLetters();
    }

    private static void assertRejected(String expectedInMessage, Executable edit) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, edit);
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    /** A framework whose records all carry unknown fields, as a newer file might. */
    private static Project withExtras(Project project) {
        Framework f = project.framework();
        Extras e = Extras.of(Map.of("x-note", "keep me"));
        List<Quadrant> quadrants = f.quadrants().stream()
                .map(q -> new Quadrant(q.x(), q.y(), q.letter(), q.name(), q.color(), e)).toList();
        Axis x = f.xAxis();
        Axis y = f.yAxis();
        return project.withFramework(new Framework(f.name(), new Axis(x.title(), x.lowLabel(), x.highLabel(), e),
                new Axis(y.title(), y.lowLabel(), y.highLabel(), e), quadrants, e));
    }

    @Test
    void renameQuadrantChangesOnlyItsNameAndRevertsExactly() {
        EditFrameworkCommand rename = EditFrameworkCommand.renameQuadrant(p, "B", "  Hollow Victory ");
        assertEquals("Rename quadrant B", rename.description());
        Project renamed = rename.apply(p);
        assertEquals("Hollow Victory", q(renamed, "B").name());
        assertEquals(q(p, "B").color(), q(renamed, "B").color());
        assertEquals(p.framework().xAxis(), renamed.framework().xAxis());
        assertEquals(p.framework().quadrants().stream().map(Quadrant::letter).toList(),
                renamed.framework().quadrants().stream().map(Quadrant::letter).toList(), "order kept");
        assertEquals(p.sectors(), renamed.sectors());
        assertEquals(p.options(), renamed.options());
        assertEquals(p, rename.revert(renamed));
    }

    @Test
    void descriptionsNameTheSingleChange() {
        assertEquals("Rename x-axis", EditFrameworkCommand.renameAxisTitle(p, AxisId.X, "Outcome").description());
        assertEquals("Rename y-axis", EditFrameworkCommand.renameAxisTitle(p, AxisId.Y, "Effect").description());
        assertEquals("Rename pole Success", EditFrameworkCommand.renamePole(p, AxisId.X, Side.LOW, "Win").description());
        assertEquals("Rename pole Constructive",
                EditFrameworkCommand.renamePole(p, AxisId.Y, Side.HIGH, "Helpful").description());
        assertEquals("Recolour quadrant A", EditFrameworkCommand.recolourQuadrant(p, "A", "#123456").description());
        assertEquals("Change letter of quadrant D", EditFrameworkCommand.reletterQuadrant(p, "D", "Z").description());

        Framework f = p.framework();
        Framework renamed = new Framework("Another 2x2", f.xAxis(), f.yAxis(), f.quadrants(), f.extras());
        assertEquals("Rename framework", EditFrameworkCommand.replace(p, renamed).description());
        Project once = EditFrameworkCommand.renameQuadrant(p, "B", "Hollow Victory").apply(p);
        Framework twoChanges = EditFrameworkCommand.recolourQuadrant(once, "C", "#FFFFFF").apply(once).framework();
        assertEquals("Edit framework", EditFrameworkCommand.replace(p, twoChanges).description());
    }

    @Test
    void axisAndPoleEditsRoundTrip() {
        EditFrameworkCommand title = EditFrameworkCommand.renameAxisTitle(p, AxisId.Y, " Global effect ");
        Project edited = title.apply(p);
        assertEquals("Global effect", edited.framework().yAxis().title());
        assertEquals(p.framework().xAxis(), edited.framework().xAxis());
        assertEquals(p, title.revert(edited));

        EditFrameworkCommand pole = EditFrameworkCommand.renamePole(p, AxisId.X, Side.HIGH, "Flop");
        Project poled = pole.apply(p);
        assertEquals(new Axis("Innovation outcomes in China", "Success", "Flop"), poled.framework().xAxis());
        assertEquals(p, pole.revert(poled));
    }

    @Test
    void recolourNormalisesToUpperCaseAndRoundTrips() {
        EditFrameworkCommand recolour = EditFrameworkCommand.recolourQuadrant(p, "A", " #abcdef ");
        Project recoloured = recolour.apply(p);
        assertEquals("#ABCDEF", q(recoloured, "A").color());
        assertEquals("Win-Win", q(recoloured, "A").name());
        assertEquals(p, recolour.revert(recoloured));
    }

    @Test
    void factoriesRejectBlankTextUnknownLettersAndBadColours() {
        assertRejected("x-axis title must not be blank", () -> EditFrameworkCommand.renameAxisTitle(p, AxisId.X, " "));
        assertRejected("must not be blank", () -> EditFrameworkCommand.renameAxisTitle(p, AxisId.Y, null));
        assertRejected("NONE is not an axis", () -> EditFrameworkCommand.renameAxisTitle(p, AxisId.NONE, "T"));
        assertRejected("low pole label of the y-axis must not be blank",
                () -> EditFrameworkCommand.renamePole(p, AxisId.Y, Side.LOW, "\t"));
        assertRejected("name of quadrant C must not be blank", () -> EditFrameworkCommand.renameQuadrant(p, "C", ""));
        assertRejected("no quadrant with letter Z", () -> EditFrameworkCommand.renameQuadrant(p, "Z", "Name"));
        assertRejected("no quadrant with letter Z", () -> EditFrameworkCommand.recolourQuadrant(p, "Z", "#000000"));
        for (String bad : new String[] {"red", "#12345", "#1234567", "123456", "#GGGGGG", "", null}) {
            assertRejected("#RRGGBB", () -> EditFrameworkCommand.recolourQuadrant(p, "A", bad));
        }
        assertRejected("letter B is already used", () -> EditFrameworkCommand.reletterQuadrant(p, "A", "B"));
        assertRejected("must not be blank", () -> EditFrameworkCommand.reletterQuadrant(p, "A", "  "));
        assertRejected("no quadrant with letter Q", () -> EditFrameworkCommand.reletterQuadrant(p, "Q", "R"));
    }

    @Test
    void replaceRejectsBlankTextAndTheModelRejectsDuplicateOrBlankLetters() {
        Framework f = p.framework();
        Framework blankTitle = new Framework(f.name(), new Axis(" ", "Success", "Failure"), f.yAxis(), f.quadrants());
        assertRejected("x-axis title must not be blank", () -> EditFrameworkCommand.replace(p, blankTitle));
        Framework blankPole = new Framework(f.name(), f.xAxis(), new Axis("Effect", "Destructive", ""), f.quadrants());
        assertRejected("high pole label of the y-axis", () -> EditFrameworkCommand.replace(p, blankPole));
        List<Quadrant> blankName = new ArrayList<>(f.quadrants());
        Quadrant d = f.byLetter("D").orElseThrow();
        blankName.set(blankName.indexOf(d), new Quadrant(d.x(), d.y(), "D", " ", d.color()));
        assertRejected("name of quadrant D must not be blank",
                () -> EditFrameworkCommand.replace(p, new Framework(f.name(), f.xAxis(), f.yAxis(), blankName)));
        assertRejected("letter A is used twice", () -> new Framework(f.name(), f.xAxis(), f.yAxis(),
                List.of(f.quadrants().get(0), new Quadrant(d.x(), d.y(), "A", "Other", d.color()),
                        f.quadrants().get(1), f.quadrants().get(2))));
        assertRejected("letter must not be blank", () -> new Quadrant(Side.LOW, Side.LOW, " ", "N", "#000000"));
    }

    @Test
    void everyFactoryKeepsTheExtrasOfWhatItEdits() {
        Project rich = withExtras(p);
        Framework before = rich.framework();
        List<EditFrameworkCommand> edits = List.of(
                EditFrameworkCommand.renameAxisTitle(rich, AxisId.X, "Outcome"),
                EditFrameworkCommand.renamePole(rich, AxisId.Y, Side.LOW, "Harmful"),
                EditFrameworkCommand.renameQuadrant(rich, "B", "Hollow Victory"),
                EditFrameworkCommand.recolourQuadrant(rich, "A", "#000000"),
                EditFrameworkCommand.reletterQuadrant(rich, "C", "E"));
        for (EditFrameworkCommand edit : edits) {
            Framework after = edit.apply(rich).framework();
            assertEquals(before.extras(), after.extras(), edit.description());
            assertEquals(before.xAxis().extras(), after.xAxis().extras(), edit.description());
            assertEquals(before.yAxis().extras(), after.yAxis().extras(), edit.description());
            for (Quadrant q : after.quadrants()) {
                assertEquals(before.quadrant(q.x(), q.y()).extras(), q.extras(), edit.description());
            }
            assertEquals(rich, edit.revert(edit.apply(rich)));
        }
    }

    @Test
    void optionsFollowAChangedLetterAndComeBackOnRevert() {
        assertEquals(List.of("B"), targets(p, TestProjects.SUBSIDY));
        EditFrameworkCommand reletter = EditFrameworkCommand.reletterQuadrant(p, "B", "X");
        Project edited = reletter.apply(p);
        assertEquals("Destructive Victory", q(edited, "X").name());
        assertEquals(List.of("X"), targets(edited, TestProjects.SUBSIDY));
        assertEquals(List.of("D"), targets(edited, TestProjects.OPENNESS));
        assertEquals(List.of(), ProjectIntegrity.problems(edited), "the edited project still saves and loads");
        assertEquals(p, reletter.revert(edited));
    }

    @Test
    void swappingTwoLettersSwapsTheOptionsTargets() {
        Framework f = p.framework();
        List<Quadrant> swapped = f.quadrants().stream().map(q -> switch (q.letter()) {
            case "B" -> new Quadrant(q.x(), q.y(), "D", q.name(), q.color());
            case "D" -> new Quadrant(q.x(), q.y(), "B", q.name(), q.color());
            default -> q;
        }).toList();
        EditFrameworkCommand swap = EditFrameworkCommand.replace(p,
                new Framework(f.name(), f.xAxis(), f.yAxis(), swapped, f.extras()));
        assertEquals("Edit framework", swap.description());
        Project edited = swap.apply(p);
        assertEquals(List.of("D"), targets(edited, TestProjects.SUBSIDY), "still the Destructive Victory cell");
        assertEquals(List.of("B"), targets(edited, TestProjects.OPENNESS), "still the Lose-Lose cell");
        assertEquals(p, swap.revert(edited));
    }

    @Test
    void aStaleTargetSurvivesTheRoundTripEvenWhenItsLetterIsTaken() {
        PolicyOption o = p.option(TestProjects.OPENNESS).orElseThrow();
        PolicyOption stale = new PolicyOption(o.id(), o.name(), o.description(), o.sourceId(),
                new Targets(List.of(), List.of("D", "E"), Extras.NONE), o.intendedEffect(), o.scores(), o.extras());
        Project withStale = p.withOptions(List.of(p.options().get(0), stale));
        EditFrameworkCommand reletter = EditFrameworkCommand.reletterQuadrant(withStale, "A", "E");
        Project edited = reletter.apply(withStale);
        assertEquals(List.of("D", "A"), targets(edited, TestProjects.OPENNESS), "E does not come to mean quadrant A");
        assertEquals(withStale, reletter.revert(edited));
    }

    @Test
    void randomProjectsRoundTripUnderAnyRelettering() {
        for (long seed = 0; seed < 60; seed++) {
            Project project = TestProjects.random(seed);
            Framework f = project.framework();
            String[] next = {"B", "Q", "A", "D"}; // some kept, some moved, some new
            List<Quadrant> quadrants = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Quadrant q = f.quadrants().get(i);
                quadrants.add(new Quadrant(q.x(), q.y(), next[i], q.name(), q.color(), q.extras()));
            }
            EditFrameworkCommand edit = EditFrameworkCommand.replace(project,
                    new Framework(f.name(), f.xAxis(), f.yAxis(), quadrants, f.extras()));
            Project edited = edit.apply(project);
            assertEquals(project, edit.revert(edited), "seed " + seed);
            assertEquals(ProjectIntegrity.problems(project), ProjectIntegrity.problems(edited), "seed " + seed);
        }
    }

    @Test
    void theCommandStackUndoesAndRedoesNamesAndColours() {
        CommandStack stack = new CommandStack(p);
        stack.execute(EditFrameworkCommand.renameQuadrant(stack.project(), "B", "Hollow Victory"));
        stack.execute(EditFrameworkCommand.recolourQuadrant(stack.project(), "B", "#000000"));
        assertEquals("Recolour quadrant B", stack.undoDescription().orElseThrow());
        assertEquals("#000000", q(stack.project(), "B").color());

        stack.undo();
        assertEquals(q(p, "B").color(), q(stack.project(), "B").color());
        assertEquals("Hollow Victory", q(stack.project(), "B").name());
        stack.undo();
        assertEquals(p, stack.project());
        assertEquals("Rename quadrant B", stack.redoDescription().orElseThrow());

        stack.redo();
        stack.redo();
        assertEquals("Hollow Victory", q(stack.project(), "B").name());
        assertEquals("#000000", q(stack.project(), "B").color());
    }

    @Test
    void anUnchangedFrameworkIsNotAnUndoStep() {
        CommandStack stack = new CommandStack(p);
        stack.execute(EditFrameworkCommand.replace(p, p.framework()));
        stack.execute(EditFrameworkCommand.renameQuadrant(p, "A", "Win-Win"));
        assertEquals(false, stack.canUndo());
    }
}
