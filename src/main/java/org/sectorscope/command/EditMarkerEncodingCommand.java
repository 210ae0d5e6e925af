package org.sectorscope.command;

import java.util.Objects;
import java.util.Optional;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.MarkerEncoding;
import org.sectorscope.model.Project;

/**
 * Changes what the markers' colour and size show (the project's {@link MarkerEncoding}): one undo step
 * per choice. Revert puts the encoding back exactly as it was, unknown keys included.
 */
public record EditMarkerEncodingCommand(String description, MarkerEncoding before, MarkerEncoding after)
        implements ProjectCommand {
    public EditMarkerEncodingCommand {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Colour the markers by the text field {@code fieldId}, or by driver when null; empty when already so. */
    public static Optional<EditMarkerEncodingCommand> colorBy(Project project, String fieldId) {
        MarkerEncoding before = project.markerEncoding();
        require(project, fieldId, CustomField.Kind.TEXT);
        String what = fieldId == null ? "driver" : project.field(fieldId).orElseThrow().name();
        return of(before, before.withColorBy(fieldId), "Colour markers by " + what);
    }

    /** Size the markers by the number field {@code fieldId}, or all alike when null; empty when already so. */
    public static Optional<EditMarkerEncodingCommand> sizeBy(Project project, String fieldId) {
        MarkerEncoding before = project.markerEncoding();
        require(project, fieldId, CustomField.Kind.NUMBER);
        String description = fieldId == null ? "Size markers alike"
                : "Size markers by " + project.field(fieldId).orElseThrow().name();
        return of(before, before.withSizeBy(fieldId), description);
    }

    private static void require(Project project, String fieldId, CustomField.Kind kind) {
        if (fieldId != null && project.field(fieldId).filter(f -> f.kind() == kind).isEmpty()) {
            throw new IllegalArgumentException("the project has no " + kind.key() + " field with id " + fieldId);
        }
    }

    private static Optional<EditMarkerEncodingCommand> of(MarkerEncoding before, MarkerEncoding after,
                                                          String description) {
        return after.equals(before) ? Optional.empty()
                : Optional.of(new EditMarkerEncodingCommand(description, before, after));
    }

    @Override
    public Project apply(Project project) {
        return project.withMarkerEncoding(after);
    }

    @Override
    public Project revert(Project project) {
        return project.withMarkerEncoding(before);
    }
}
