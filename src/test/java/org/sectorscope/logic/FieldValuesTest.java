package org.sectorscope.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.FieldValue;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.model.TestProjects;

class FieldValuesTest {
    private static final CustomField OUTPUT = new CustomField("field-output", "Output", CustomField.Kind.NUMBER,
            "USD bn");
    private static final CustomField FIRMS = new CustomField("field-firms", "Firms", CustomField.Kind.NUMBER, null);
    private static final CustomField AGENCY = new CustomField("field-agency", "Lead agency", CustomField.Kind.TEXT,
            null);

    @Test
    void numbersReadWithoutNeedlessDigits() {
        assertEquals("120", FieldValues.text(FieldValue.of(120)));
        assertEquals("95.5", FieldValues.text(FieldValue.of(95.5)));
        assertEquals("12000000000", FieldValues.text(FieldValue.of(1.2e10)));
        assertEquals("-0.25", FieldValues.text(FieldValue.of(-0.25)));
        assertEquals("MIIT", FieldValues.text(FieldValue.of("MIIT")));
    }

    @Test
    void theLineFollowsTheProjectsOrderOfFieldsAndLeavesOutMissingValues() {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        values.put(AGENCY.id(), FieldValue.of("MIIT")); // set first, shown last: the project's order wins
        values.put(OUTPUT.id(), FieldValue.of(120));
        Project p = TestProjects.small().withFields(List.of(OUTPUT, FIRMS, AGENCY))
                .withSector(TestProjects.SOLAR, s -> s.withFieldValues(values))
                .withSector(TestProjects.CHIPS, s -> s.withFieldValue(FIRMS.id(), FieldValue.of(3)));
        assertEquals("Output: 120 USD bn \u00b7 Lead agency: MIIT", line(p, TestProjects.SOLAR));
        assertEquals("Firms: 3", line(p, TestProjects.CHIPS));
        assertEquals("", line(p, TestProjects.BIOTECH));
    }

    private static String line(Project p, String sectorId) {
        Sector s = p.sector(sectorId).orElseThrow();
        return FieldValues.line(p, s);
    }
}
