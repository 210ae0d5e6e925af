package org.sectorscope.ui.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.sectorscope.export.ExportRequest;
import org.sectorscope.export.ExportRequest.Background;
import org.sectorscope.export.ExportRequest.Format;
import org.sectorscope.export.ExportRequest.Page;
import org.sectorscope.export.ExportRequest.View;
import org.sectorscope.export.FigureRenderer;
import org.sectorscope.export.SizePreset;
import org.sectorscope.logic.FigureCredits;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.ui.common.FieldReasons;
import org.sectorscope.ui.common.FieldReasons.Problem;
import org.sectorscope.ui.export.ExportDialogViewModel.Sectors;
import org.sectorscope.ui.export.ExportDialogViewModel.Start;

/**
 * The export dialog's state: what the analyst chooses (what to draw, its texts, the file format) and what
 * the window's selection makes available, turned by {@link #refresh(Project)} into one
 * {@link ExportRequest} or the reason there is none. The properties are the dialog's own;
 * {@link ExportDialogViewModel} hands them out, so they are fields here rather than a second set of
 * accessors. Used on the FX thread.
 */
final class ExportChoices {
    final ObjectProperty<View> view = new SimpleObjectProperty<>(this, "view", View.CANVAS);
    final ObjectProperty<Sectors> sectors = new SimpleObjectProperty<>(this, "sectors", Sectors.ALL);
    final BooleanProperty confidenceMarks = new SimpleBooleanProperty(this, "confidenceMarks", true);
    final BooleanProperty arrows = new SimpleBooleanProperty(this, "arrows");
    final StringProperty title = new SimpleStringProperty(this, "title", "");
    final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    final StringProperty sourceLine = new SimpleStringProperty(this, "sourceLine", "");
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    final ObjectProperty<Format> format = new SimpleObjectProperty<>(this, "format", Format.PNG);
    final ObjectProperty<Integer> scale = new SimpleObjectProperty<>(this, "scale", 1);
    final ObjectProperty<Background> background = new SimpleObjectProperty<>(this, "background",
            Background.WHITE);
    final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.FIT);
    /** A named size, or CUSTOM: {@link #customWidth} x {@link #customHeight}. */
    final ObjectProperty<SizePreset> size = new SimpleObjectProperty<>(this, "size", SizePreset.CUSTOM);
    /** CUSTOM's width as typed; empty for the format's default. */
    final StringProperty customWidth = new SimpleStringProperty(this, "customWidth", "");
    final StringProperty customHeight = new SimpleStringProperty(this, "customHeight", "");
    /** What a PNG records, and a paper size's pixels. */
    final ObjectProperty<Integer> dpi = new SimpleObjectProperty<>(this, "dpi", ExportRequest.DEFAULT_DPI);

    /** What the preview renders and Export writes; null while {@link #problem} says why not. */
    final ReadOnlyObjectWrapper<ExportRequest> request = new ReadOnlyObjectWrapper<>(this, "request");
    /** Why nothing can be exported now, or "". */
    final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** Why the title, width or height field is refused, field by field. */
    final FieldReasons reasons = new FieldReasons();
    /** The line the figure gets when the analyst writes none: composed from who placed the sectors shown. */
    final ReadOnlyStringWrapper composedSourceLine = new ReadOnlyStringWrapper(this, "composedSourceLine", "");
    /** True while the view draws the canvas, whose sectors, marks and arrows can be chosen. */
    final ReadOnlyBooleanWrapper canvasChoices = new ReadOnlyBooleanWrapper(this, "canvasChoices", true);

    private final Start start;
    private final boolean compareAvailable;
    private final boolean selectedAvailable;
    private final boolean filteredAvailable;
    private final String arrowsOptionName;
    /** The edition the window compares the current state with, whose trails the canvas figure draws; or null. */
    private String movedSinceEditionId;

    /** Starts from the project's texts, today's date and the window's selection. */
    ExportChoices(Project project, Start start) {
        this.start = start;
        compareAvailable = validCompare(project, start.compareOptionIds());
        selectedAvailable = !start.selectedSectorIds().isEmpty();
        filteredAvailable = start.filteredSectorIds() != null;
        arrowsOptionName = start.selectedOptionId() == null ? null
                : project.option(start.selectedOptionId()).map(PolicyOption::name).orElse(null);
        // The canvas shows the selected option's targets and moves; so does the figure, unless turned off.
        arrows.set(arrowsOptionName != null);
        title.set(project.info().title());
        subtitle.set(nullToEmpty(project.info().subtitle()));
        sourceLine.set(nullToEmpty(project.info().sourceLine()));
        date.set(LocalDate.now());
        canvasChoices.bind(view.isEqualTo(View.CANVAS));
    }

    private static boolean validCompare(Project project, List<String> ids) {
        return ids.size() >= 2 && ids.size() <= 4 && Set.copyOf(ids).size() == ids.size()
                && ids.stream().allMatch(id -> project.option(id).isPresent());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Draws the trails since this edition on the canvas figure, as the window does; null for none. */
    void movedSince(String editionId) {
        movedSinceEditionId = editionId;
    }

    /** Every choice that changes the figure. */
    List<ObservableValue<?>> all() {
        return List.of(view, sectors, confidenceMarks, arrows, title, subtitle, sourceLine, date, format, scale,
                background, page, size, customWidth, customHeight, dpi);
    }

    // ---- the request ----

    /** Rebuilds the request, the problem and the composed source line from the choices; returns the request. */
    ExportRequest refresh(Project project) {
        ExportRequest next = null;
        String why;
        try {
            why = check();
            if (why.isEmpty()) {
                next = build(project);
            }
        } catch (IllegalArgumentException e) {
            why = ProblemSentence.of(e.getMessage());
        }
        request.set(next);
        problem.set(why);
        composedSourceLine.set(view.get() != View.CANVAS || !why.isEmpty() ? ""
                : nullToEmpty(FigureCredits.composed(project, FigureRenderer.included(project, sectorIds()))));
        return next;
    }

    /** What keeps the choices from making a figure, or ""; each typed field's own reason is filed in {@link #reasons}. */
    private String check() {
        List<Problem> out = new ArrayList<>();
        if (title.get() == null || title.get().isBlank()) {
            out.add(new Problem(title, "The figure needs a title."));
        }
        if (view.get() == View.COMPARE && !compareAvailable) {
            out.add(new Problem(view, "Select 2 to 4 policy options in the Policy options pane to compare them."));
        }
        if (view.get() == View.CANVAS && sectors.get() == Sectors.SELECTED && !selectedAvailable) {
            out.add(new Problem(sectors, "No sectors are selected."));
        }
        if (view.get() == View.CANVAS && sectors.get() == Sectors.FILTERED && !filteredAvailable) {
            out.add(new Problem(sectors, "The Sectors pane has no filter on."));
        }
        if (size.get() == SizePreset.CUSTOM) {
            String why = "The width and height must be whole numbers from " + ExportRequest.MIN_SIZE + " to "
                    + ExportRequest.MAX_SIZE + ", or empty for the usual size.";
            if (side(customWidth.get()) < 0) {
                out.add(new Problem(customWidth, why));
            }
            if (side(customHeight.get()) < 0) {
                out.add(new Problem(customHeight, why));
            }
        }
        return reasons.update(out);
    }

    /** The request the choices make; only when {@link #check()} finds nothing. */
    private ExportRequest build(Project project) {
        Format f = format.get();
        ExportRequest r = ExportRequest.defaults(project, f)
                .withTitle(title.get().strip())
                .withSubtitle(strip(subtitle.get()))
                .withSourceLine(strip(sourceLine.get()))
                .withDate(date.get());
        r = switch (view.get()) {
            case CANVAS -> r.withSectorIds(sectorIds())
                    .withConfidenceMarks(confidenceMarks.get())
                    .withArrowsOptionId(arrows.get() && arrowsOptionName != null ? start.selectedOptionId() : null)
                    .withMovedSince(movedSinceEditionId);
            case OPTIONS -> r.withView(View.OPTIONS);
            case COMPARE -> r.withCompare(start.compareOptionIds());
        };
        if (f == Format.PNG) {
            r = r.withScale(scale.get()).withBackground(background.get());
        }
        if (f == Format.PDF) {
            r = r.withPage(page.get());
        }
        if (size.get() == SizePreset.CUSTOM) {
            int w = side(customWidth.get());
            int h = side(customHeight.get());
            r = r.withSize(w == 0 ? r.width() : w, h == 0 ? r.height() : h);
        }
        return size.get().apply(r, dpi.get());
    }

    /** The sectors the canvas figure draws; null for all. */
    private List<String> sectorIds() {
        return switch (sectors.get()) {
            case ALL -> null;
            case SELECTED -> start.selectedSectorIds();
            case FILTERED -> start.filteredSectorIds();
        };
    }

    /** A typed side: 0 when empty (the usual size), -1 when not a whole number in range. */
    static int side(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return 0;
        }
        int n = t.matches("[0-9]{1,5}") ? Integer.parseInt(t) : -1;
        return n >= ExportRequest.MIN_SIZE && n <= ExportRequest.MAX_SIZE ? n : -1;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    // ---- what the selection makes available ----

    boolean compareAvailable() {
        return compareAvailable;
    }

    boolean selectedAvailable() {
        return selectedAvailable;
    }

    boolean filteredAvailable() {
        return filteredAvailable;
    }

    boolean arrowsAvailable() {
        return arrowsOptionName != null;
    }

    String compareLabel() {
        return compareAvailable ? "Comparison of the " + start.compareOptionIds().size() + " selected options"
                : "Comparison of the selected options (select 2 to 4)";
    }

    String allSectorsLabel(Project project) {
        return "All sectors (" + placed(project, null) + ")";
    }

    String selectedSectorsLabel(Project project) {
        return selectedAvailable ? "The selected sectors (" + placed(project, start.selectedSectorIds()) + ")"
                : "The selected sectors (none selected)";
    }

    String filteredSectorsLabel(Project project) {
        return filteredAvailable
                ? "The sectors in the current filter (" + placed(project, start.filteredSectorIds()) + ")"
                : "The sectors in the current filter (no filter on)";
    }

    String arrowsLabel() {
        return arrowsOptionName == null ? "Arrows of the selected option (none selected)"
                : "Arrows of the selected option: " + arrowsOptionName;
    }

    /** How many of these sectors (all for null) are placed, so drawn. */
    private static long placed(Project project, List<String> ids) {
        Set<String> wanted = ids == null ? null : Set.copyOf(ids);
        return project.sectors().stream().filter(Sector::isPlaced)
                .filter(s -> wanted == null || wanted.contains(s.id())).count();
    }
}
