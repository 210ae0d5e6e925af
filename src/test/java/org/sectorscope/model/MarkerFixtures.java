package org.sectorscope.model;

import java.util.List;

/**
 * {@link TestProjects#small()} with a text field {@link #REGION} and a number field {@link #OUTPUT} for
 * marker encodings: Solar is Asia with 300 (USD bn), Chips Asia with 100, Biotech Europe with no output,
 * Aircraft neither.
 */
public final class MarkerFixtures {
    public static final String REGION = "field-region";
    public static final String OUTPUT = "field-output";

    private MarkerFixtures() {
    }

    public static Project fields() {
        Project p = TestProjects.small().withFields(List.of(
                new CustomField(REGION, "Region", CustomField.Kind.TEXT, null),
                new CustomField(OUTPUT, "Output", CustomField.Kind.NUMBER, "USD bn")));
        return p.withSector(TestProjects.SOLAR, s -> s.withFieldValue(REGION, FieldValue.of("Asia"))
                        .withFieldValue(OUTPUT, FieldValue.of(300)))
                .withSector(TestProjects.CHIPS, s -> s.withFieldValue(REGION, FieldValue.of("Asia"))
                        .withFieldValue(OUTPUT, FieldValue.of(100)))
                .withSector(TestProjects.BIOTECH, s -> s.withFieldValue(REGION, FieldValue.of("Europe")));
    }

    /** {@link #fields()} coloured by region and sized by output. */
    public static Project encoded() {
        return fields().withMarkerEncoding(new MarkerEncoding(REGION, OUTPUT));
    }
}
