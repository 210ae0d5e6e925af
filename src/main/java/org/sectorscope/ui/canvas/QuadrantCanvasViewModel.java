package org.sectorscope.ui.canvas;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableSet;
import org.sectorscope.command.AddSectorCommand;
import org.sectorscope.command.EditFrameworkCommand;
import org.sectorscope.command.MoveSectorsCommand;
import org.sectorscope.command.ProjectCommand;
import org.sectorscope.command.RemoveSectorsCommand;
import org.sectorscope.command.RenameSectorCommand;
import org.sectorscope.logic.DeleteQuestion;
import org.sectorscope.logic.IntendedMoves;
import org.sectorscope.logic.plot.MarkerKey;
import org.sectorscope.logic.plot.MarkerStyles;
import org.sectorscope.model.AxisId;
import org.sectorscope.model.Framework;
import org.sectorscope.model.Ids;
import org.sectorscope.model.Placement;
import org.sectorscope.model.PolicyOption;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Quadrant;
import org.sectorscope.model.Sector;
import org.sectorscope.model.Side;
import org.sectorscope.model.TextLimit;
import org.sectorscope.session.ComparisonState;
import org.sectorscope.session.OpenPreparations;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.session.SelectionModel;

/**
 * The canvas's state and gestures: the framework, one card per placed sector, the shared selection,
 * zoom, and the commands that moving, nudging, adding, renaming and deleting become.
 */
public final class QuadrantCanvasViewModel {
    /** Arrow keys move the selection by this much, Shift+arrow by {@link #BIG_NUDGE}. */
    public static final double NUDGE = 0.02;
    public static final double BIG_NUDGE = 0.1;
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4;
    private static final double ZOOM_STEP = 1.25;

    private final ProjectSession session;
    private final ReadOnlyObjectWrapper<MarkerKey> markerKey = new ReadOnlyObjectWrapper<>(this, "markerKey");
    private final MarkerStyleViewModel markerStyle;
    private final AnalystLayersViewModel analysts;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Framework> framework = new ReadOnlyObjectWrapper<>(this, "framework");
    private final ReadOnlyObjectWrapper<List<CardItem>> cards = new ReadOnlyObjectWrapper<>(this, "cards", List.of());
    private final MoveReasonPrompt reasonPrompt;
    private final BooleanProperty fit = new SimpleBooleanProperty(this, "fit", true);
    private final BooleanProperty showArrows = new SimpleBooleanProperty(this, "showArrows", true);
    private final ReadOnlyObjectWrapper<OptionFocus> optionFocus = new ReadOnlyObjectWrapper<>(this, "optionFocus");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final CardMaker cardMaker = new CardMaker();
    /** The cards of a project being opened, made as it is read when the project's own placements will show. */
    private final OpenPreparations.Preparation cardsAhead = this::prepareCards;

    public QuadrantCanvasViewModel(ProjectSession session) {
        this(session, Clock.systemUTC());
    }

    public QuadrantCanvasViewModel(ProjectSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        this.markerStyle = new MarkerStyleViewModel(session);
        this.analysts = new AnalystLayersViewModel(session);
        this.reasonPrompt = new MoveReasonPrompt(session);
        session.preparations().add(cardsAhead);
        // The canvas draws the current project, or an edition viewed read-only (session.ComparisonState).
        session.comparison().shownProperty().addListener((obs, old, p) -> update(p));
        analysts.chosenProperty().addListener((obs, old, c) -> update(session.comparison().shownProperty().get()));
        session.selection().optionIdProperty().addListener((obs, old, id) -> updateOptionFocus());
        showArrows.addListener((obs, old, on) -> updateOptionFocus());
        update(session.comparison().shownProperty().get());
    }

    /** What the placed sectors' marker colours, shapes and sizes mean, named from the project. */
    public ReadOnlyObjectProperty<MarkerKey> markerKeyProperty() {
        return markerKey.getReadOnlyProperty();
    }

    /** The choice of what marker colour and size show. */
    public MarkerStyleViewModel markerStyle() {
        return markerStyle;
    }

    /** Whose placements the canvas shows: the project's own, the analysts' consensus, or one analyst's. */
    public AnalystLayersViewModel analysts() {
        return analysts;
    }

    /** Marks the selected option's targets, and its intended moves when arrows are on. */
    private void updateOptionFocus() {
        Project p = session.project();
        PolicyOption o = p.option(session.selection().optionId()).orElse(null);
        optionFocus.set(o == null ? null : new OptionFocus(o.name(), o.intendedEffect(),
                new HashSet<>(o.targets().sectorIds()), new HashSet<>(o.targets().quadrantLetters()),
                showArrows.get() ? IntendedMoves.arrows(p, o) : List.of()));
    }

    /** The selected option's targets and arrows, or null when no option is selected. */
    public ReadOnlyObjectProperty<OptionFocus> optionFocusProperty() {
        return optionFocus.getReadOnlyProperty();
    }

    /** Whether the selected option's intended moves are drawn as arrows. */
    public BooleanProperty showArrowsProperty() {
        return showArrows;
    }

    private void update(Project project) {
        reasonPrompt.closeIfUndone();
        // The cards go where the chosen analysts put them; an edition viewed read-only shows its own placements.
        Project p = session.comparison().isViewingEdition() ? project : analysts.shown(project);
        framework.set(p.framework());
        CardMaker.Prepared ready = (CardMaker.Prepared) session.preparations().take(cardsAhead, p);
        MarkerKey key;
        List<CardItem> made;
        if (ready != null) {
            key = ready.key();
            made = cardMaker.adopt(p, ready);
        } else {
            List<Sector> placed = p.sectors().stream().filter(Sector::isPlaced).toList();
            MarkerStyles styles = MarkerStyles.of(p, placed);
            key = styles.key();
            made = cardMaker.cards(p, placed, styles);
        }
        if (!key.equals(markerKey.get())) {
            markerKey.set(key);
        }
        cards.set(made);
        updateOptionFocus();
    }

    private Function<Project, Object> prepareCards() {
        return analysts.view().isOwn() ? cardMaker.preparation() : null;
    }

    /** The cards and what was made ahead of them for an opened project (the plot's layout). */
    CardMaker cardMaker() {
        return cardMaker;
    }

    /** The words of a sector's label (where it is, who placed it, any warning), made on demand. */
    CardDetails details(String id) {
        if (!analysts.view().isOwn() && !session.comparison().isViewingEdition()) {
            return analysts.details(id);
        }
        Project p = session.comparison().shownProperty().get();
        return p.sector(id).filter(Sector::isPlaced).map(s -> CardDetails.of(p, s)).orElse(null);
    }

    /** The whole project, for layers drawn from its teamwork records (a merge's conflicting positions). */
    public ReadOnlyObjectProperty<Project> projectProperty() {
        return session.projectProperty();
    }

    /** The edition viewed read-only and the comparison whose trails the plot draws, shared like the selection. */
    public ComparisonState comparison() {
        return session.comparison();
    }

    public ReadOnlyObjectProperty<Framework> frameworkProperty() {
        return framework.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CardItem>> cardsProperty() {
        return cards.getReadOnlyProperty();
    }

    /** A move that crossed a quadrant line and may still be given a reason; null when none is asked for. */
    public ReadOnlyObjectProperty<MoveReasonPrompt.PendingReason> pendingReasonProperty() {
        return reasonPrompt.pendingProperty();
    }

    public SelectionModel selection() {
        return session.selection();
    }

    public ReadOnlyObjectProperty<String> selectedIdProperty() {
        return session.selection().sectorIdProperty();
    }

    public ObservableSet<String> selectedIds() {
        return session.selection().sectorIds();
    }

    /** Changes once per change of the selected sectors, set or primary (see {@link SelectionModel#sectorChangesProperty}). */
    public ReadOnlyLongProperty selectionChangesProperty() {
        return session.selection().sectorChangesProperty();
    }

    public void select(String id) {
        session.selection().selectSector(id);
    }

    public Quadrant quadrantAt(Position p) {
        return framework.get().quadrantOf(p);
    }

    // ---- moving ----

    /** Ends a drag or a drop: one undoable command for all cards that moved. */
    public void moveSectors(Map<String, Position> targets) {
        if (session.comparison().refuseEdit("Moving sectors")) {
            return;
        }
        if (!analysts.view().isOwn()) {
            analysts.move(targets); // an analyst's layer, never the project's placement
            return;
        }
        Project p = session.project();
        Map<String, Position> changed = new LinkedHashMap<>();
        targets.forEach((id, to) -> p.sector(id).ifPresent(s -> {
            if (!to.equals(s.position())) {
                changed.put(id, to);
            }
        }));
        if (changed.isEmpty()) {
            return;
        }
        MoveSectorsCommand command = MoveSectorsCommand.of(p, changed, clock);
        session.execute(command);
        reasonPrompt.ask(command);
    }

    public void moveSector(String id, Position to) {
        moveSectors(Map.of(id, to));
    }

    /** Arrow keys: moves every selected card by (dx, dy), clamped to the framework. */
    public void nudgeSelection(double dx, double dy) {
        Project p = analysts.shown(session.project());
        Map<String, Position> targets = new LinkedHashMap<>();
        for (String id : selectedIds()) {
            p.sector(id).filter(Sector::isPlaced).ifPresent(s ->
                    targets.put(id, Position.clamped(s.position().x() + dx, s.position().y() + dy)));
        }
        moveSectors(targets);
    }

    /** Stores the reason for the pending quadrant change, in the move's undo step, and closes the prompt. */
    public void giveReason(String reason) {
        reasonPrompt.give(reason);
    }

    /** Undo from the canvas's own prompt, which would otherwise take Ctrl+Z as text undo. */
    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    public void skipReason() {
        reasonPrompt.skip();
    }

    // ---- creating, renaming, deleting ----

    /** Adds a sector at {@code at}, selects it and returns its id (the view then offers to rename it). */
    public String addSectorAt(Position at) {
        if (session.comparison().refuseEdit("Adding a sector")) {
            return null;
        }
        String id = Ids.newId("sector");
        Sector s = new Sector(id, "New sector", "", null, at, Placement.analyst(""), List.of(), null);
        session.execute(new AddSectorCommand(s));
        select(id);
        return id;
    }

    /** Adds a sector a little below and right of the primary selection, or at the centre; returns its id. */
    public String addSectorNearSelection() {
        Position near = session.project().sector(selectedIdProperty().get()).filter(Sector::isPlaced)
                .map(s -> Position.clamped(s.position().x() + 0.08, s.position().y() - 0.08))
                .orElse(new Position(0, 0));
        return addSectorAt(near);
    }

    public void rename(String id, String name) {
        if (session.comparison().refuseEdit("Renaming")) {
            return;
        }
        Project p = session.project();
        Optional<Sector> s = p.sector(id);
        if (s.isPresent() && name != null && !name.isBlank() && !name.strip().equals(s.get().name())) {
            session.execute(RenameSectorCommand.of(p, id, TextLimit.NAME.fit(name)));
        }
    }

    /** Names of the selected sectors, for the confirmation question. */
    public List<String> selectedNames() {
        Project p = session.project();
        return selectedIds().stream().map(p::sector).flatMap(Optional::stream).map(Sector::name).toList();
    }

    /** What to ask before deleting the selection: the sectors and the evidence that goes with them. */
    public String deleteQuestion() {
        return DeleteQuestion.of(session.project(), List.copyOf(selectedIds()));
    }

    public void deleteSelected() {
        if (session.comparison().refuseEdit("Deleting sectors")) {
            return;
        }
        List<String> ids = List.copyOf(selectedIds());
        if (!ids.isEmpty()) {
            session.execute(RemoveSectorsCommand.of(session.project(), ids));
        }
    }

    public void selectAll() {
        session.selection().selectSectors(cards.get().stream().map(CardItem::id).toList());
    }

    /** Tab on the canvas: the next (or previous) card in list order becomes the only selection. */
    public void selectNext(boolean backwards) {
        List<CardItem> all = cards.get();
        if (all.isEmpty()) {
            return;
        }
        String current = selectedIdProperty().get();
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(current)) {
                index = i;
            }
        }
        int next = index < 0 ? (backwards ? all.size() - 1 : 0) : Math.floorMod(index + (backwards ? -1 : 1), all.size());
        select(all.get(next).id());
    }

    // ---- the framework, edited in place ----

    /**
     * Renames an axis title (pole and letter null), a pole label (letter null) or a quadrant name (by
     * letter). Blank or unchanged text changes nothing; returns whether the project changed.
     */
    public boolean editFrameworkText(AxisId axis, Side pole, String quadrantLetter, String text) {
        if (text == null || text.isBlank() || session.comparison().refuseEdit("Editing the framework")) {
            return false;
        }
        Project p = session.project();
        text = TextLimit.NAME.fit(text); // the field keeps to the limit; this is the model's guarantee
        ProjectCommand command;
        if (quadrantLetter != null) {
            command = EditFrameworkCommand.renameQuadrant(p, quadrantLetter, text);
        } else if (pole != null) {
            command = EditFrameworkCommand.renamePole(p, axis, pole, text);
        } else {
            command = EditFrameworkCommand.renameAxisTitle(p, axis, text);
        }
        Project before = session.project();
        session.execute(command);
        return session.project() != before;
    }

    // ---- zoom ----

    /** True when the plot fills the visible area; false when {@link #zoomProperty()} sets its scale. */
    public BooleanProperty fitProperty() {
        return fit;
    }

    /** Plot scale relative to its natural size, when not fitting. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Zooms by steps; {@code fitScale} is the scale at which the plot currently fills the view. */
    public void zoomBy(int steps, double fitScale) {
        double base = fit.get() ? fitScale : zoom.get();
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, base * Math.pow(ZOOM_STEP, steps)));
        zoom.set(next);
        fit.set(false);
    }

    public void zoomToFit() {
        fit.set(true);
    }

    public void zoomToActualSize() {
        zoom.set(1);
        fit.set(false);
    }
}
