package org.sectorscope.ui.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.EditEvidenceCommand;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Bearing;
import org.sectorscope.model.Credibility;
import org.sectorscope.model.Evidence;
import org.sectorscope.model.Extras;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Ids;
import org.sectorscope.model.Project;
import org.sectorscope.model.Reliability;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.FieldReasons;
import org.sectorscope.ui.common.FieldReasons.Problem;

/**
 * The form that adds or edits one evidence item. It stays tied to the sector it was opened for, so
 * selecting another sector mid-typing never loses or misfiles the draft. A new item starts with the
 * source and grade used last, since analysts usually capture several quotes from one chapter in a row.
 * Cancelling a draft that has been typed into asks first ({@link #discardPromptProperty()}): a second
 * cancel discards it, typing on or saving keeps it, so one stray Esc never loses a quote.
 */
public final class EvidenceEditorViewModel {
    public enum Mode { CLOSED, NEW, EDIT }

    /** A source the item can cite; {@code id} is null for "No source". */
    public record SourceChoice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public record BearingChoice(Bearing bearing, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final String DEFAULT_GRADE = "B2";

    private final ProjectSession session;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.CLOSED);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final FieldReasons reasons = new FieldReasons();
    private final ReadOnlyStringWrapper gradeMeaning = new ReadOnlyStringWrapper(this, "gradeMeaning", "");
    private final ReadOnlyStringWrapper discardPrompt = new ReadOnlyStringWrapper(this, "discardPrompt", "");
    private final StringProperty quote = new SimpleStringProperty(this, "quote", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty page = new SimpleStringProperty(this, "page", "");
    private final StringProperty grade = new SimpleStringProperty(this, "grade", DEFAULT_GRADE);
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final StringProperty added = new SimpleStringProperty(this, "added", "");
    private final ObjectProperty<SourceChoice> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<BearingChoice> bearing = new SimpleObjectProperty<>(this, "bearing");
    private final ObservableList<SourceChoice> sources = FXCollections.observableArrayList();
    private final ObservableList<BearingChoice> bearings = FXCollections.observableArrayList();
    private String sectorId;
    private String evidenceId;
    private int insertIndex;
    private Evidence original;
    private String lastSourceId;
    private String lastGrade = DEFAULT_GRADE;
    /** The form as it was opened, to tell a typed draft from an untouched form. */
    private List<Object> asOpened = List.of();

    public EvidenceEditorViewModel(ProjectSession session, Supplier<LocalDate> today) {
        this.session = session;
        this.today = today;
        for (Observable o : List.of(quote, note, grade, added)) {
            o.addListener(x -> validate());
        }
        // Typing on after being asked means the draft is wanted: the question goes away.
        for (Observable o : List.of(quote, note, page, grade, tags, added, source, bearing)) {
            o.addListener(x -> discardPrompt.set(""));
        }
        session.projectProperty().addListener((obs, old, p) -> followProject(p));
        validate();
    }

    /** Opens an empty form for a new item of {@code sectorId}, to be inserted at {@code index}. */
    public void startNew(String sectorId, int index) {
        Project p = session.project();
        Sector s = p.sector(sectorId).orElseThrow();
        open(p, s);
        evidenceId = null;
        original = null;
        insertIndex = index;
        quote.set("");
        note.set("");
        page.set("");
        tags.set("");
        grade.set(lastGrade);
        added.set(today.get().toString());
        source.set(choiceFor(p.source(lastSourceId).isPresent() ? lastSourceId : s.placement().sourceId()));
        bearing.set(bearings.get(0));
        heading.set("New evidence for " + s.name());
        opened();
        mode.set(Mode.NEW);
    }

    public void startEdit(String sectorId, String evidenceId) {
        Project p = session.project();
        Sector s = p.sector(sectorId).orElseThrow();
        Evidence e = s.evidence().stream().filter(x -> x.id().equals(evidenceId)).findFirst().orElseThrow();
        open(p, s);
        this.evidenceId = evidenceId;
        original = e;
        quote.set(orEmpty(e.quote()));
        note.set(orEmpty(e.note()));
        page.set(orEmpty(e.page()));
        tags.set(String.join(", ", e.tags()));
        grade.set(e.grade());
        added.set(orEmpty(e.added()));
        source.set(choiceFor(e.sourceId()));
        bearing.set(bearings.stream().filter(b -> b.bearing().equals(e.bearing())).findFirst().orElse(bearings.get(0)));
        heading.set("Edit evidence for " + s.name());
        opened();
        mode.set(Mode.EDIT);
    }

    /**
     * Saves the form as one undoable step and closes it. Returns the item's id, or empty when the
     * form is invalid (the problem text says why) or unchanged.
     */
    public Optional<String> commit() {
        if (mode.get() == Mode.CLOSED || !problem.get().isEmpty()) {
            return Optional.empty();
        }
        Project p = session.project();
        String id = evidenceId == null ? Ids.newId("ev") : evidenceId;
        String g = grade.get().strip().toUpperCase(Locale.ROOT);
        Evidence item = new Evidence(id, TextLimit.PROSE.fit(quote.get()), TextLimit.PROSE.fit(note.get()),
                source.get() == null ? null : source.get().id(), TextLimit.LINE.fit(page.get()),
                Reliability.fromKey(g.substring(0, 1)), g.charAt(1) - '0', bearing.get().bearing(),
                splitTags(tags.get()).stream().map(TextLimit.NAME::fit).toList(), TextLimit.LINE.fit(added.get()),
                original == null ? Extras.NONE : original.extras());
        if (mode.get() == Mode.NEW) {
            session.execute(EditEvidenceCommand.add(p, sectorId, item, insertIndex));
        } else if (!item.equals(original)) {
            session.execute(EditEvidenceCommand.update(p, sectorId, item));
        }
        lastSourceId = item.sourceId();
        lastGrade = item.grade();
        saved.set(null);
        saved.set(id);
        close();
        return Optional.of(id);
    }

    /**
     * Closes the form without saving, unless it holds a draft the analyst typed and has not yet been
     * asked about: then it stays open and {@link #discardPromptProperty()} asks; cancelling again
     * discards. Returns whether the form closed.
     */
    public boolean cancel() {
        if (mode.get() != Mode.CLOSED && discardPrompt.get().isEmpty() && hasDraft()) {
            discardPrompt.set(mode.get() == Mode.NEW
                    ? "Discard this new item? Press Esc again to discard it, or Ctrl+Enter to save it."
                    : "Discard your changes to this item? Press Esc again to discard them, or Ctrl+Enter to save.");
            return false;
        }
        close();
        return true;
    }

    /** True while the form differs from how it was opened. */
    public boolean hasDraft() {
        return mode.get() != Mode.CLOSED && !fields().equals(asOpened);
    }

    private List<Object> fields() {
        return Arrays.asList(quote.get(), note.get(), page.get(), grade.get(), tags.get(), added.get(),
                source.get(), bearing.get());
    }

    private void opened() {
        asOpened = fields();
        discardPrompt.set("");
    }

    private void close() {
        discardPrompt.set("");
        mode.set(Mode.CLOSED);
        sectorId = null;
        evidenceId = null;
        original = null;
        heading.set("");
    }

    private void open(Project p, Sector s) {
        sectorId = s.id();
        sources.setAll(sourceChoices(p));
        bearings.setAll(bearingChoices(p.framework()));
    }

    // An undo that removes the sector or the item being edited closes the form rather than resurrecting it.
    private void followProject(Project p) {
        if (mode.get() == Mode.CLOSED) {
            return;
        }
        Optional<Sector> s = p.sector(sectorId);
        boolean gone = s.isEmpty() || (evidenceId != null
                && s.get().evidence().stream().noneMatch(e -> e.id().equals(evidenceId)));
        if (gone) {
            close();
        }
    }

    private void validate() {
        String g = grade.get() == null ? "" : grade.get().strip().toUpperCase(Locale.ROOT);
        boolean gradeOk = g.matches("[A-F][1-6]");
        gradeMeaning.set(gradeOk ? Reliability.fromKey(g.substring(0, 1)).meaning() + " / "
                + Credibility.meaning(g.charAt(1) - '0') : "");
        List<Problem> problems = new ArrayList<>();
        if (quote.get().isBlank() && note.get().isBlank()) {
            problems.add(new Problem(quote, "Write a quote or a note."));
            problems.add(new Problem(note, "Write a quote or a note."));
        }
        if (!gradeOk) {
            problems.add(new Problem(grade, "The grade is a letter A\u2013F and a digit 1\u20136, for example B2."));
        }
        if (!added.get().isBlank() && !isIsoDate(added.get().strip())) {
            problems.add(new Problem(added, "The date added is written yyyy-mm-dd."));
        }
        problem.set(reasons.update(problems));
    }

    private static boolean isIsoDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static List<String> splitTags(String text) {
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private SourceChoice choiceFor(String id) {
        return sources.stream().filter(c -> Objects.equals(c.id(), id)).findFirst().orElse(sources.get(0));
    }

    static List<SourceChoice> sourceChoices(Project p) {
        List<SourceChoice> out = new ArrayList<>();
        out.add(new SourceChoice(null, "No source"));
        p.sources().forEach(s -> out.add(new SourceChoice(s.id(), EvidenceRow.cite(s))));
        return out;
    }

    /** "Neither" first, then each pole named as the framework names it, x-axis first. */
    static List<BearingChoice> bearingChoices(Framework f) {
        List<BearingChoice> out = new ArrayList<>();
        out.add(new BearingChoice(Bearing.NONE, "Neither (context)"));
        for (AxisId axis : List.of(AxisId.X, AxisId.Y)) {
            for (Side side : Side.values()) {
                out.add(new BearingChoice(Bearing.of(axis, side), "Toward " + f.axis(axis).label(side)));
            }
        }
        return out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The id of the item saved last; set just before the form closes, so the pane can pick it. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return mode.get() != Mode.CLOSED;
    }

    public String sectorId() {
        return sectorId;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why the field editing {@code property} (quote, note, grade or date added) is refused, or "". */
    public ReadOnlyStringProperty reasonFor(StringProperty property) {
        return reasons.of(property);
    }

    /** Empty when the form can be saved, else what to fix. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Non-empty while the form asks whether to discard a typed draft (after one cancel). */
    public ReadOnlyStringProperty discardPromptProperty() {
        return discardPrompt.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gradeMeaningProperty() {
        return gradeMeaning.getReadOnlyProperty();
    }

    public StringProperty quoteProperty() {
        return quote;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty pageProperty() {
        return page;
    }

    public StringProperty gradeProperty() {
        return grade;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty addedProperty() {
        return added;
    }

    public ObjectProperty<SourceChoice> sourceProperty() {
        return source;
    }

    public ObjectProperty<BearingChoice> bearingProperty() {
        return bearing;
    }

    public ObservableList<SourceChoice> sources() {
        return sources;
    }

    public ObservableList<BearingChoice> bearings() {
        return bearings;
    }
}
