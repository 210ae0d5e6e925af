package org.sectorscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A sector's driver, tags and field values, and the project's drivers and fields. */
class SectorDataTest {
    private static final Sector SOLAR = TestProjects.small().sector(TestProjects.SOLAR).orElseThrow();

    @Test
    void theEditorsChangeOneThingEach() {
        Sector s = SOLAR.withDriver(Driver.MIXED).withSummary("New summary").withPlacement(Placement.analyst("Mine"))
                .withTags(List.of("energy")).withFieldValue("f1", FieldValue.of(2.5));
        assertEquals(Driver.MIXED, s.driver());
        assertEquals("New summary", s.summary());
        assertEquals(Placement.analyst("Mine"), s.placement());
        assertEquals(List.of("energy"), s.tags());
        assertEquals(Map.of("f1", FieldValue.of(2.5)), s.fields());
        assertEquals(SOLAR.evidence(), s.evidence());
        assertEquals(SOLAR.position(), s.position());
        assertEquals("", SOLAR.withDriver(null).driver());
    }

    @Test
    void aFieldValueIsReplacedInItsPlaceAndClearedWithNull() {
        Sector s = SOLAR.withFieldValue("a", FieldValue.of(1)).withFieldValue("b", FieldValue.of("x"))
                .withFieldValue("a", FieldValue.of(3));
        assertEquals(List.of("a", "b"), List.copyOf(s.fields().keySet()));
        assertEquals(FieldValue.of(3), s.fields().get("a"));
        assertEquals(List.of("b"), List.copyOf(s.withFieldValue("a", null).fields().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> s.fields().put("c", FieldValue.of(1)));
    }

    @Test
    void tagsAreShortNamesEachGivenOnce() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SOLAR.withTags(List.of("a", "b", "a")))
                .getMessage().contains("has the tag \"a\" twice"));
        assertThrows(IllegalArgumentException.class, () -> SOLAR.withTags(List.of(" ")));
        assertThrows(IllegalArgumentException.class, () -> SOLAR.withTags(List.of("x".repeat(201))));
        assertThrows(IllegalArgumentException.class, () -> SOLAR.withTags(List.of("bad\u0001")));
        assertEquals(List.of("x".repeat(200)), SOLAR.withTags(List.of("x".repeat(200))).tags());
    }

    @Test
    void aFieldValueIsAFiniteNumberOrALineOfText() {
        assertThrows(IllegalArgumentException.class, () -> FieldValue.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> FieldValue.of(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> FieldValue.of("x".repeat(2_001)));
        assertThrows(IllegalArgumentException.class, () -> new FieldValue(1.0, "both"));
        assertThrows(IllegalArgumentException.class, () -> new FieldValue(null, null));
        CustomField output = new CustomField("f", "Output", CustomField.Kind.NUMBER, "USD bn");
        assertTrue(output.accepts(FieldValue.of(-3)));
        assertTrue(!output.accepts(FieldValue.of("3")));
        assertEquals(null, new CustomField("g", "Firm", CustomField.Kind.TEXT, " ").unit(), "a blank unit is none");
    }

    @Test
    void aDriverHasANameAShapeAndAColour() {
        assertThrows(IllegalArgumentException.class, () -> new Driver("d", " ", MarkerShape.SQUARE, "#000000"));
        assertThrows(IllegalArgumentException.class, () -> new Driver("d", "D", MarkerShape.SQUARE, "black"));
        assertThrows(NullPointerException.class, () -> new Driver("d", "D", null, "#000000"));
        assertEquals(MarkerShape.DIAMOND, MarkerShape.fromKey("diamond"));
        assertThrows(IllegalArgumentException.class, () -> MarkerShape.fromKey("Diamond"));
    }

    @Test
    void theProjectLooksUpDriversAndFieldsById() {
        Project p = TestProjects.small().withFields(List.of(new CustomField("f", "Output", CustomField.Kind.NUMBER, null)));
        assertEquals(Driver.defaults(), p.drivers());
        assertEquals("State-led", p.driverNameOf(SOLAR));
        assertEquals("", p.driverNameOf(SOLAR.withDriver("")));
        assertEquals("", p.driverNameOf(SOLAR.withDriver("driver-gone")));
        assertEquals("Output", p.field("f").orElseThrow().name());
        assertTrue(p.withDrivers(List.of()).driverOf(SOLAR).isEmpty());
        assertEquals(List.of(), p.withFields(List.of()).fields());
    }
}
