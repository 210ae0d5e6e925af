package org.sectorscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.sectorscope.ui.common.FieldReasons.Problem;

/** How a view model's problems are filed by field. */
class FieldReasonsTest {
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty weight = new SimpleStringProperty();
    private final FieldReasons reasons = new FieldReasons();

    @Test
    void eachFieldGetsItsFirstProblemAndTheFormTheFirstOfAll() {
        var nameReason = reasons.of(name);
        String first = reasons.update(List.of(new Problem(weight, "Weight first."), new Problem(name, "Name."),
                new Problem(weight, "Weight second.")));
        assertEquals("Weight first.", first);
        assertEquals("Weight first.", reasons.of(weight).get(), "asked for after the update, still filed");
        assertEquals("Name.", nameReason.get());

        assertEquals("", reasons.update(List.of()));
        assertEquals("", nameReason.get());
        assertEquals("", reasons.of(weight).get());
    }

    @Test
    void fieldsAreToldApartByIdentityNotByEqualValue() {
        StringProperty twin = new SimpleStringProperty();
        reasons.update(List.of(new Problem(name, "Only the name.")));
        assertEquals("", reasons.of(twin).get());
        assertEquals("Only the name.", reasons.of(name).get());
    }
}
