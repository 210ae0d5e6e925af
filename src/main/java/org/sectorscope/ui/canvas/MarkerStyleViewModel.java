package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.EditMarkerEncodingCommand;
import org.sectorscope.logic.plot.MarkerStyles;
import org.sectorscope.model.CustomField;
import org.sectorscope.model.Project;
import org.sectorscope.session.ProjectSession;

/**
 * The canvas's marker style choices: colour by driver or a text field, size alike or by a number field.
 * The lists follow the project's fields; the chosen entries are what the markers are drawn with, so an
 * encoding naming a field that is gone shows (and draws) as the default. A choice is one command.
 */
public final class MarkerStyleViewModel {
    /** One entry of a choice: a field, or the default when {@code fieldId} is null. */
    public record Choice(String fieldId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static final Choice BY_DRIVER = new Choice(null, "Driver");
    public static final Choice ALIKE = new Choice(null, "None");

    private final ProjectSession session;
    private final ObservableList<Choice> colorChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> sizeChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Choice> color = new ReadOnlyObjectWrapper<>(this, "color", BY_DRIVER);
    private final ReadOnlyObjectWrapper<Choice> size = new ReadOnlyObjectWrapper<>(this, "size", ALIKE);

    public MarkerStyleViewModel(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener((obs, old, p) -> update(p));
        update(session.project());
    }

    private void update(Project p) {
        List<Choice> colors = choices(p, CustomField.Kind.TEXT, BY_DRIVER);
        List<Choice> sizes = choices(p, CustomField.Kind.NUMBER, ALIKE);
        if (!colors.equals(colorChoices)) {
            colorChoices.setAll(colors);
        }
        if (!sizes.equals(sizeChoices)) {
            sizeChoices.setAll(sizes);
        }
        color.set(chosen(colors, MarkerStyles.colorFieldOf(p), BY_DRIVER));
        size.set(chosen(sizes, MarkerStyles.sizeFieldOf(p), ALIKE));
    }

    private static List<Choice> choices(Project p, CustomField.Kind kind, Choice first) {
        List<Choice> out = new ArrayList<>();
        out.add(first);
        for (CustomField f : p.fields()) {
            if (f.kind() == kind) {
                out.add(new Choice(f.id(), f.name()));
            }
        }
        return out;
    }

    private static Choice chosen(List<Choice> choices, CustomField field, Choice fallback) {
        return field == null ? fallback
                : choices.stream().filter(c -> field.id().equals(c.fieldId())).findFirst().orElse(fallback);
    }

    /** Driver, then each text field. */
    public ObservableList<Choice> colorChoices() {
        return colorChoices;
    }

    /** None, then each number field. */
    public ObservableList<Choice> sizeChoices() {
        return sizeChoices;
    }

    public ReadOnlyObjectProperty<Choice> colorProperty() {
        return color.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Choice> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** Colours the markers by this choice (one undo step); nothing when it is the current one or null. */
    public void chooseColor(Choice c) {
        if (c != null && !c.equals(color.get())) {
            EditMarkerEncodingCommand.colorBy(session.project(), c.fieldId()).ifPresent(session::execute);
        }
    }

    /** Sizes the markers by this choice (one undo step); nothing when it is the current one or null. */
    public void chooseSize(Choice c) {
        if (c != null && !c.equals(size.get())) {
            EditMarkerEncodingCommand.sizeBy(session.project(), c.fieldId()).ifPresent(session::execute);
        }
    }
}
