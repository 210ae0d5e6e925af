package org.sectorscope.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.control.decoration.StyleClassDecoration;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Marks a form's fields with the reason their view model refuses them (ControlsFX's
 * {@link ValidationSupport}): an icon at the field's corner whose tooltip is the reason, a red (or, for a
 * note, amber) border, and the reason as the field's accessible help, so a screen reader says it too.
 * The view model decides (see {@link FieldReasons}); this only shows. OK stays bound to the view model's
 * own verdict, which is computed at once, whereas these marks follow a moment later.
 */
public final class FieldMarks {
    /** The style class of the icon beside a marked field; its tooltip holds the reason. */
    public static final String MARK = "field-mark";
    /** The style classes a marked field itself gets, for its border. */
    public static final String REFUSED = "field-refused";
    public static final String NOTED = "field-noted";

    private final ValidationSupport support = new ValidationSupport();
    private final List<Runnable> unlisten = new ArrayList<>();

    public FieldMarks() {
        support.setValidationDecorator(new ReasonDecoration());
    }

    /** Marks {@code field} as refused while {@code reason} is not empty (OK is disabled by the view model). */
    public FieldMarks refuse(Control field, ObservableStringValue reason) {
        return watch(field, reason, Severity.ERROR);
    }

    /** Marks {@code field} with a note while {@code note} is not empty; the form may still be applied. */
    public FieldMarks note(Control field, ObservableStringValue note) {
        return watch(field, note, Severity.WARNING);
    }

    /**
     * Shows the marks of what the form opened with, not only after the first edit: a form that opens
     * with OK disabled says why at once, as its problem line always has.
     */
    public FieldMarks showFromStart() {
        support.initInitialDecoration();
        return this;
    }

    /** Stops following the reasons: for a form whose rows are rebuilt, before it makes new marks. */
    public void dispose() {
        unlisten.forEach(Runnable::run);
        unlisten.clear();
    }

    private FieldMarks watch(Control field, ObservableStringValue reason, Severity severity) {
        Validator<Object> fromViewModel = (control, value) -> {
            String why = reason.get();
            return ValidationResult.fromMessageIf(control, why, severity, why != null && !why.isEmpty());
        };
        if (!support.registerValidator(field, false, fromViewModel)) {
            throw new IllegalArgumentException("ControlsFX cannot watch a " + field.getClass().getSimpleName());
        }
        // The support re-checks when the field's own value changes; a reason can also change with another field.
        InvalidationListener recheck = o -> {
            support.revalidate(field);
            String why = reason.get();
            field.setAccessibleHelp(why == null || why.isEmpty() ? null : why);
        };
        reason.addListener(recheck);
        recheck.invalidated(reason);
        unlisten.add(() -> reason.removeListener(recheck));
        return this;
    }

    /** The reason shown at {@code field}, or "" when it has no mark. */
    public static String shownReason(Control field) {
        Node mark = field.lookup("." + MARK);
        return mark instanceof Label label && label.getTooltip() != null ? label.getTooltip().getText() : "";
    }

    /** ControlsFX's icon with our style classes, the reason in its tooltip and accessible text, and a border. */
    private static final class ReasonDecoration extends GraphicValidationDecoration {
        @Override
        protected Node createDecorationNode(ValidationMessage message) {
            Label mark = (Label) super.createDecorationNode(message);
            mark.getStyleClass().addAll(MARK, message.getSeverity().name().toLowerCase(Locale.ROOT));
            mark.setAccessibleText(message.getText());
            mark.getTooltip().setShowDelay(Duration.millis(150));
            mark.getTooltip().setWrapText(true);
            mark.getTooltip().setMaxWidth(420);
            return mark;
        }

        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            String border = message.getSeverity() == Severity.ERROR ? REFUSED : NOTED;
            return List.of(new GraphicDecoration(createDecorationNode(message), Pos.BOTTOM_LEFT),
                    new StyleClassDecoration(border));
        }

        @Override
        protected Collection<Decoration> createRequiredDecorations(Control target) {
            return List.of(); // a refused empty field is marked with its reason instead
        }
    }
}
