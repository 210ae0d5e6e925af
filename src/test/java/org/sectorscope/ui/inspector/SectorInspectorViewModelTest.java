package org.sectorscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditSectorsCommand;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Placement;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/** Each inspector field is one undoable edit, for one sector or for all selected. */
class SectorInspectorViewModelTest {
    private ProjectSession session;
    private SectorInspectorViewModel inspector;
    private Project before;

    @BeforeEach
    void open() {
        before = TestProjects.small();
        session = new ProjectSession(before, null, "small");
        inspector = new SectorInspectorViewModel(session);
    }

    private Sector sector(String id) {
        return session.project().sector(id).orElseThrow();
    }

    @Test
    void oneSelectedSectorShowsEveryField() {
        session.selection().selectSector(TestProjects.SOLAR);
        assertEquals("Solar PV", inspector.titleProperty().get());
        assertEquals("Solar PV", inspector.nameProperty().get());
        assertEquals(Driver.STATE_LED, inspector.driverIdProperty().get());
        assertEquals(session.project().drivers(), inspector.drivers(), "the choice is the project's drivers");
        assertEquals("World-leading manufacturing at low cost.", inspector.summaryProperty().get());
        assertEquals(Placement.Basis.REPORT, inspector.basisProperty().get());
        assertEquals(TestProjects.KENNEDY, inspector.sourceProperty().get());
        assertEquals("-0.6", inspector.xProperty().get());
        assertEquals("0.5", inspector.yProperty().get());
        assertFalse(inspector.severalProperty().get());
        assertFalse(inspector.driverMixedProperty().get());
    }

    @Test
    void eachTextFieldIsOneUndoableStep() {
        session.selection().selectSector(TestProjects.CHIPS);
        inspector.summaryProperty().set("Mature nodes at scale.");
        inspector.commitSummary();
        assertEquals("Mature nodes at scale.", sector(TestProjects.CHIPS).summary());
        inspector.rationaleProperty().set("Overcapacity harms others.");
        inspector.commitRationale();
        assertEquals("Overcapacity harms others.", sector(TestProjects.CHIPS).placement().rationale());
        inspector.nameProperty().set("Chips");
        inspector.commitName();
        assertEquals("Chips", sector(TestProjects.CHIPS).name());
        assertEquals("Rename Semiconductors", session.undoTextProperty().get().replaceFirst("^Undo ", ""));
        session.undo();
        session.undo();
        session.undo();
        assertEquals(before, session.project(), "three edits, three steps");
    }

    @Test
    void tagsAreTypedCommaSeparatedAndADriverMustBeTheProjects() {
        session.selection().selectSector(TestProjects.CHIPS);
        inspector.tagsProperty().set(" energy, export-heavy,, energy ");
        inspector.commitTags();
        assertEquals(List.of("energy", "export-heavy"), sector(TestProjects.CHIPS).tags());
        assertEquals("energy, export-heavy", inspector.tagsProperty().get());
        inspector.driverIdProperty().set("driver-nobody-defined");
        inspector.commitDriver();
        assertEquals(Driver.STATE_LED, sector(TestProjects.CHIPS).driver(), "an unknown driver id is no edit");
    }

    @Test
    void aTagTypedOverSectorsWithDifferentTagsIsAddedToEachNotPutInTheirPlace() {
        session.execute(new EditSectorsCommand("tag", List.of(sector(TestProjects.SOLAR)),
                List.of(sector(TestProjects.SOLAR).withTags(List.of("energy")))));
        session.selection().selectSectors(List.of(TestProjects.SOLAR, TestProjects.CHIPS));
        assertTrue(inspector.tagsMixedProperty().get());
        inspector.tagsProperty().set("export-heavy");
        inspector.commitTags();
        assertEquals(List.of("energy", "export-heavy"), sector(TestProjects.SOLAR).tags());
        assertEquals(List.of("export-heavy"), sector(TestProjects.CHIPS).tags());
        assertEquals("Set the tags of 2 sectors", session.undoTextProperty().get().replaceFirst("^Undo ", ""));
    }

    @Test
    void theSourceIsChosenFromTheProjectsSourcesByName() {
        session.selection().selectSector(TestProjects.CHIPS);
        assertEquals("", inspector.sourceChoices().get(0), "no source is a choice");
        assertEquals(session.project().sources().size() + 1, inspector.sourceChoices().size());
        assertEquals("(none)", inspector.sourceName(""));
        var kennedy = session.project().source(TestProjects.KENNEDY).orElseThrow();
        assertTrue(inspector.sourceName(TestProjects.KENNEDY).contains(kennedy.title()),
                inspector.sourceName(TestProjects.KENNEDY));
        inspector.sourceProperty().set(TestProjects.KENNEDY);
        inspector.commitSource();
        assertEquals(TestProjects.KENNEDY, sector(TestProjects.CHIPS).placement().sourceId());
    }

    @Test
    void theProjectsOwnFieldsAreEditedLikeTheOthers() {
        CustomField size = new CustomField("field-size", "Market size", CustomField.Kind.NUMBER, "USD bn");
        CustomField agency = new CustomField("field-agency", "Lead agency", CustomField.Kind.TEXT, null);
        session.open(before.withFields(List.of(size, agency)), null, "small");
        session.selection().selectSectors(List.of(TestProjects.SOLAR, TestProjects.CHIPS));
        assertEquals(List.of("Market size (USD bn)", "Lead agency"),
                inspector.fieldRows().stream().map(FieldRow::label).toList());
        FieldRow sizeRow = inspector.fieldRows().get(0);
        sizeRow.valueProperty().set("312,5");
        inspector.commitField(sizeRow);
        assertEquals(FieldValue.of(312.5), sector(TestProjects.SOLAR).fields().get("field-size"));
        assertEquals(FieldValue.of(312.5), sector(TestProjects.CHIPS).fields().get("field-size"));
        assertEquals("312.5", inspector.fieldRows().get(0).valueProperty().get());
        FieldRow again = inspector.fieldRows().get(0);
        again.valueProperty().set("lots");
        inspector.commitField(again);
        assertEquals("312.5", inspector.fieldRows().get(0).valueProperty().get(), "not a number: put back");
        assertEquals(FieldValue.of(312.5), sector(TestProjects.SOLAR).fields().get("field-size"));
        session.undo();
        assertTrue(sector(TestProjects.SOLAR).fields().isEmpty(), "one step for both sectors");
    }

    @Test
    void anUnchangedFieldIsNoStep() {
        session.selection().selectSector(TestProjects.SOLAR);
        inspector.commitDriver();
        inspector.commitSummary();
        inspector.commitPosition();
        assertFalse(session.canUndoProperty().get());
    }

    @Test
    void severalSelectedShareWhatTheyShareAndOneEditSetsThemAll() {
        session.selection().selectSectors(List.of(TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.BIOTECH));
        assertTrue(inspector.severalProperty().get());
        assertEquals("3 sectors selected", inspector.titleProperty().get());
        assertTrue(inspector.summaryMixedProperty().get(), "their summaries differ");
        assertTrue(inspector.rationaleMixedProperty().get(), "and their rationales");
        assertEquals("", inspector.summaryProperty().get());
        inspector.commitSummary();
        assertFalse(session.canUndoProperty().get(), "an empty field over several values leaves them");
        inspector.driverIdProperty().set(Driver.MIXED);
        inspector.commitDriver();
        for (String id : List.of(TestProjects.SOLAR, TestProjects.CHIPS, TestProjects.BIOTECH)) {
            assertEquals(Driver.MIXED, sector(id).driver(), id);
        }
        assertEquals(Driver.MIXED, inspector.driverIdProperty().get());
        assertFalse(inspector.driverMixedProperty().get(), "now shared");
        session.undo();
        assertEquals(before, session.project(), "one step for all three");
    }

    @Test
    void theTypedPositionShowsItsQuadrantLiveAndMovesOnCommit() {
        session.selection().selectSector(TestProjects.SOLAR);
        inspector.xProperty().set("0.45");
        inspector.yProperty().set("-0.3");
        assertEquals(TypedPosition.parse("0.45", "-0.3").place(session.project().framework()),
                inspector.placeProperty().get());
        assertTrue(inspector.placeProperty().get().startsWith("D"), inspector.placeProperty().get());
        assertEquals(new Position(-0.6, 0.5), sector(TestProjects.SOLAR).position(), "nothing moves while typing");
        inspector.commitPosition();
        assertEquals(new Position(0.45, -0.3), sector(TestProjects.SOLAR).position());
        assertEquals(1, sector(TestProjects.SOLAR).history().size() - before.sector(TestProjects.SOLAR)
                .orElseThrow().history().size(), "a move to another quadrant is recorded, as a drag would be");
    }

    @Test
    void aTypedPositionIsRoundedToFourDecimalsAndABadOneIsPutBack() {
        session.selection().selectSector(TestProjects.SOLAR);
        inspector.xProperty().set("0.123456");
        inspector.yProperty().set("0.5");
        inspector.commitPosition();
        assertEquals(new Position(0.1235, 0.5), sector(TestProjects.SOLAR).position());
        assertEquals("", inspector.positionProblemProperty().get());
        inspector.xProperty().set("2");
        assertEquals("x and y must lie from -1 to 1", inspector.placeProperty().get());
        assertEquals("x and y must lie from -1 to 1", inspector.positionProblemProperty().get(), "x and y are marked");
        inspector.commitPosition();
        assertEquals("0.1235", inspector.xProperty().get(), "the field shows the sector's position again");
        assertEquals("", inspector.positionProblemProperty().get());
        inspector.xProperty().set("abc");
        assertTrue(inspector.placeProperty().get().startsWith("x and y are numbers"));
        assertEquals(inspector.placeProperty().get(), inspector.positionProblemProperty().get());
    }

    @Test
    void nothingSelectedIsEmpty() {
        assertTrue(inspector.emptyProperty().get());
        assertEquals("No sector selected", inspector.titleProperty().get());
    }
}
