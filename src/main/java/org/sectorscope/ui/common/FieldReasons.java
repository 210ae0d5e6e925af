package org.sectorscope.ui.common;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A form's problems, field by field, for its view model: the view model checks its fields in reading
 * order and reports each problem against the property the field edits; the form's one sentence is the
 * first problem, and each field's own reason is what {@link FieldMarks} shows at that field. The rules
 * stay in the view model; this only files their sentences. Needs no toolkit.
 */
public final class FieldReasons {
    /** A field the view model refuses: the property it edits and the sentence that says what to fix. */
    public record Problem(Observable field, String reason) {
    }

    private final Map<Observable, ReadOnlyStringWrapper> reasons = new IdentityHashMap<>();

    /** Why {@code field} is refused, or "" while it is accepted. */
    public ReadOnlyStringProperty of(Observable field) {
        return reasons.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(this, "reason", "")).getReadOnlyProperty();
    }

    /**
     * Files {@code problems} (in reading order): each field's reason becomes its first problem, every
     * other field's "". Returns the first problem's sentence, or "" when there is none.
     */
    public String update(List<Problem> problems) {
        Map<Observable, String> first = new IdentityHashMap<>();
        for (Problem p : problems) {
            first.putIfAbsent(p.field(), p.reason());
        }
        first.keySet().forEach(this::of);
        reasons.forEach((field, reason) -> reason.set(first.getOrDefault(field, "")));
        return problems.isEmpty() ? "" : problems.get(0).reason();
    }
}
