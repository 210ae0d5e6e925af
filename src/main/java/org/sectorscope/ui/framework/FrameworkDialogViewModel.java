package org.sectorscope.ui.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sectorscope.command.EditFrameworkCommand;
import org.sectorscope.model.Axis;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Side;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.FieldReasons;
import org.sectorscope.ui.common.FieldReasons.Problem;

/**
 * The framework dialog's state: one text property per field, checked live. Colours are kept as
 * {@code #RRGGBB} strings so this class needs no JavaFX toolkit; the view converts.
 */
public final class FrameworkDialogViewModel {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** One quadrant's fields; {@code x} and {@code y} say which cell of the 2x2 it is. */
    public static final class QuadrantFields {
        private final Side x;
        private final Side y;
        private final StringProperty letter = new SimpleStringProperty(this, "letter", "");
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final StringProperty colour = new SimpleStringProperty(this, "colour", "");

        QuadrantFields(Side x, Side y) {
            this.x = x;
            this.y = y;
        }

        public Side x() {
            return x;
        }

        public Side y() {
            return y;
        }

        /** "top-left" and so on: where the quadrant is on screen. */
        public String place() {
            return (y == Side.HIGH ? "top" : "bottom") + "-" + (x == Side.LOW ? "left" : "right");
        }

        public StringProperty letterProperty() {
            return letter;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty colourProperty() {
            return colour;
        }
    }

    private final StringProperty frameworkName = new SimpleStringProperty(this, "frameworkName", "");
    private final StringProperty xTitle = new SimpleStringProperty(this, "xTitle", "");
    private final StringProperty xLow = new SimpleStringProperty(this, "xLow", "");
    private final StringProperty xHigh = new SimpleStringProperty(this, "xHigh", "");
    private final StringProperty yTitle = new SimpleStringProperty(this, "yTitle", "");
    private final StringProperty yLow = new SimpleStringProperty(this, "yLow", "");
    private final StringProperty yHigh = new SimpleStringProperty(this, "yHigh", "");
    /** Screen order: top-left, top-right, bottom-left, bottom-right. */
    private final List<QuadrantFields> quadrants = List.of(new QuadrantFields(Side.LOW, Side.HIGH),
            new QuadrantFields(Side.HIGH, Side.HIGH), new QuadrantFields(Side.LOW, Side.LOW),
            new QuadrantFields(Side.HIGH, Side.LOW));
    private final FieldReasons reasons = new FieldReasons();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    /** The framework loaded, whose extras and quadrant order the edit keeps. */
    private Framework original;

    public FrameworkDialogViewModel(Framework framework) {
        InvalidationListener recheck = obs -> recheck();
        for (StringProperty p : List.of(frameworkName, xTitle, xLow, xHigh, yTitle, yLow, yHigh)) {
            p.addListener(recheck);
        }
        for (QuadrantFields q : quadrants) {
            q.letter.addListener(recheck);
            q.name.addListener(recheck);
            q.colour.addListener(recheck);
        }
        load(framework);
    }

    /** Fills every field from {@code framework}. */
    public void load(Framework framework) {
        original = framework;
        frameworkName.set(framework.name());
        xTitle.set(framework.xAxis().title());
        xLow.set(framework.xAxis().lowLabel());
        xHigh.set(framework.xAxis().highLabel());
        yTitle.set(framework.yAxis().title());
        yLow.set(framework.yAxis().lowLabel());
        yHigh.set(framework.yAxis().highLabel());
        for (QuadrantFields f : quadrants) {
            Quadrant q = framework.quadrant(f.x, f.y);
            f.letter.set(q.letter());
            f.name.set(q.name());
            f.colour.set(q.color());
        }
        recheck();
    }

    private void recheck() {
        String p = reasons.update(problems());
        problem.set(p.isEmpty() ? null : p);
        valid.set(p.isEmpty());
    }

    /** Every problem, field by field in reading order. */
    private List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        List<Map.Entry<StringProperty, String>> axisFields = List.of(
                Map.entry(xTitle, "The x-axis needs a title."),
                Map.entry(xLow, "The x-axis needs a label for its left (low) pole."),
                Map.entry(xHigh, "The x-axis needs a label for its right (high) pole."),
                Map.entry(yTitle, "The y-axis needs a title."),
                Map.entry(yHigh, "The y-axis needs a label for its top (high) pole."),
                Map.entry(yLow, "The y-axis needs a label for its bottom (low) pole."));
        for (Map.Entry<StringProperty, String> field : axisFields) {
            if (text(field.getKey()).isEmpty()) {
                out.add(new Problem(field.getKey(), field.getValue()));
            }
        }
        Set<String> letters = new HashSet<>();
        for (QuadrantFields q : quadrants) {
            String letter = text(q.letter);
            String who = letter.isEmpty() ? "The " + q.place() + " quadrant" : "Quadrant " + letter;
            if (letter.isEmpty()) {
                out.add(new Problem(q.letter, who + " needs a letter."));
            } else if (!letters.add(letter)) {
                out.add(new Problem(q.letter, "Letter " + letter + " is used by more than one quadrant."));
            }
            if (text(q.name).isEmpty()) {
                out.add(new Problem(q.name, who + " needs a name."));
            }
            if (!COLOUR.matcher(text(q.colour)).matches()) {
                out.add(new Problem(q.colour, who + " needs a colour as #RRGGBB, not \u201c" + text(q.colour) + "\u201d."));
            }
        }
        return out;
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : TextLimit.NAME.fit(p.get().strip());
    }

    /** The framework as edited, keeping the extras and quadrant order of the one loaded. */
    public Framework toFramework() {
        if (!valid.get()) {
            throw new IllegalStateException(problem.get());
        }
        Axis x = original.xAxis();
        Axis y = original.yAxis();
        List<Quadrant> next = new ArrayList<>();
        for (Quadrant q : original.quadrants()) {
            QuadrantFields f = quadrant(q.x(), q.y());
            next.add(new Quadrant(q.x(), q.y(), text(f.letter), text(f.name), text(f.colour), q.extras()));
        }
        return new Framework(text(frameworkName),
                new Axis(text(xTitle), text(xLow), text(xHigh), x.extras()),
                new Axis(text(yTitle), text(yLow), text(yHigh), y.extras()), next, original.extras());
    }

    /** The edit as one undoable command, or empty when the fields say what {@code project} has already. */
    public Optional<EditFrameworkCommand> command(Project project) {
        Framework next = toFramework();
        return next.equals(project.framework()) ? Optional.empty()
                : Optional.of(EditFrameworkCommand.replace(project, next));
    }

    /**
     * On OK: executes the edit on {@code session} as one undoable step, if the fields are valid and
     * change anything. Returns whether the project changed.
     */
    public boolean apply(ProjectSession session) {
        if (!isValid()) {
            return false;
        }
        Optional<EditFrameworkCommand> command = command(session.project());
        command.ifPresent(session::execute);
        return command.isPresent();
    }

    public QuadrantFields quadrant(Side x, Side y) {
        return quadrants.stream().filter(q -> q.x == x && q.y == y).findFirst().orElseThrow();
    }

    /** The four quadrants in screen order: top-left, top-right, bottom-left, bottom-right. */
    public List<QuadrantFields> quadrants() {
        return quadrants;
    }

    public StringProperty frameworkNameProperty() {
        return frameworkName;
    }

    public StringProperty xTitleProperty() {
        return xTitle;
    }

    public StringProperty xLowProperty() {
        return xLow;
    }

    public StringProperty xHighProperty() {
        return xHigh;
    }

    public StringProperty yTitleProperty() {
        return yTitle;
    }

    public StringProperty yLowProperty() {
        return yLow;
    }

    public StringProperty yHighProperty() {
        return yHigh;
    }

    /** Why the field editing {@code property} (one of this model's text properties) is refused, or "". */
    public ReadOnlyStringProperty reasonFor(StringProperty property) {
        return reasons.of(property);
    }

    /** What is wrong with the fields, in words; null while they are valid. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
