package org.sectorscope.ui.sectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectorscope.command.EditDefinitionsCommand;
import org.sectorscope.command.EditSectorsCommand;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Driver;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.MarkerShape;
import org.sectorscope.model.Project;
import org.sectorscope.model.TestProjects;
import org.sectorscope.session.ProjectSession;

/** What each card of the Sectors list says of a sector's driver and custom fields, and that it follows edits. */
class SectorsListTextTest {
    private static final CustomField OUTPUT = new CustomField("field-output", "Output", CustomField.Kind.NUMBER,
            "USD bn");
    private static final CustomField AGENCY = new CustomField("field-agency", "Lead agency", CustomField.Kind.TEXT,
            null);

    private final ProjectSession session = new ProjectSession(TestProjects.small().withFields(List.of(OUTPUT, AGENCY)),
            null, "small");
    private final SectorsViewModel sectors = new SectorsViewModel(session);

    private SectorItem item(String id) {
        return sectors.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private void setValue(String sectorId, CustomField field, FieldValue value) {
        session.execute(EditSectorsCommand.of(session.project(), List.of(sectorId), field.name(),
                s -> s.withFieldValue(field.id(), value)).orElseThrow());
    }

    @Test
    void aCardShowsTheValuesInTheProjectsOrderOfFieldsAndFollowsEveryEdit() {
        assertEquals("", item(TestProjects.SOLAR).fields());
        setValue(TestProjects.SOLAR, AGENCY, FieldValue.of("MIIT"));
        setValue(TestProjects.SOLAR, OUTPUT, FieldValue.of(120));
        assertEquals("Output: 120 USD bn \u00b7 Lead agency: MIIT", item(TestProjects.SOLAR).fields());

        Project p = session.project();
        CustomField renamed = new CustomField(OUTPUT.id(), "Gross output", OUTPUT.kind(), "CNY tn");
        session.execute(EditDefinitionsCommand.of(p, p.drivers(), List.of(AGENCY, renamed)).orElseThrow());
        assertEquals("Lead agency: MIIT \u00b7 Gross output: 120 CNY tn", item(TestProjects.SOLAR).fields());

        session.undo();
        assertEquals("Output: 120 USD bn \u00b7 Lead agency: MIIT", item(TestProjects.SOLAR).fields());
        session.undo();
        assertEquals("Lead agency: MIIT", item(TestProjects.SOLAR).fields());
    }

    @Test
    void aCardNamesItsDriverAndSaysWhenItHasNone() {
        assertEquals("State-led", item(TestProjects.SOLAR).driverLabel());
        Project p = session.project();
        Driver state = p.driver(Driver.STATE_LED).orElseThrow();
        List<Driver> renamed = List.of(new Driver(state.id(), "State-directed", MarkerShape.SQUARE, state.color()),
                p.drivers().get(1), p.drivers().get(2));
        session.execute(EditDefinitionsCommand.of(p, renamed, p.fields()).orElseThrow());
        assertEquals("State-directed", item(TestProjects.SOLAR).driverLabel());

        session.execute(EditDefinitionsCommand.of(session.project(), renamed.subList(1, 3), p.fields()).orElseThrow());
        assertEquals("No driver", item(TestProjects.SOLAR).driverLabel());
        assertEquals("", item(TestProjects.SOLAR).driver());
        assertEquals("Market-oriented", item(TestProjects.BIOTECH).driverLabel());

        session.undo();
        assertEquals("State-directed", item(TestProjects.SOLAR).driverLabel());
    }
}
