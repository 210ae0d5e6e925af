package org.sectorscope.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sectorscope.command.EditAnalystLayersCommand;
import org.sectorscope.logic.AnalystView;
import org.sectorscope.logic.Consensus;
import org.sectorscope.logic.PlacementConfidence;
import org.sectorscope.logic.PlotGeometry;
import org.sectorscope.logic.PlotLocation;
import org.sectorscope.logic.plot.ConsensusMarks;
import org.sectorscope.model.AnalystLayer;
import org.sectorscope.model.Position;
import org.sectorscope.model.Project;
import org.sectorscope.model.Sector;
import org.sectorscope.session.ProjectSession;
import org.sectorscope.ui.common.BalanceText;

/**
 * The canvas's choice of whose placements it shows (Analysts: the project's own, the consensus, or one
 * analyst alone) and the layer edits (copy my placements, rename, remove), each one command. While a layer
 * is shown, a drag moves that analyst's placement, not the project's; the consensus is derived, so it
 * cannot be dragged.
 */
public final class AnalystLayersViewModel {
    /** One entry of the Analysts choice. */
    public record Choice(String label, AnalystView view) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final Choice OWN = new Choice("Off (the project's placements)", AnalystView.OWN);
    private final ProjectSession session;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList(OWN);
    private final ReadOnlyObjectWrapper<Choice> chosen = new ReadOnlyObjectWrapper<>(this, "chosen", OWN);
    private final ReadOnlyStringWrapper legend = new ReadOnlyStringWrapper(this, "legend");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Project consensusOf;
    private Consensus consensus;

    public AnalystLayersViewModel(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener((obs, old, p) -> update(p));
        update(session.project());
    }

    private void update(Project p) {
        List<Choice> next = new ArrayList<>();
        next.add(OWN);
        if (!p.teamwork().analysts().isEmpty()) {
            next.add(new Choice("Consensus (median of " + consensus(p).analysts().size() + " analysts)",
                    AnalystView.CONSENSUS));
            for (AnalystLayer l : p.teamwork().analysts()) {
                next.add(new Choice(l.analyst() + " alone", AnalystView.layer(l.id())));
            }
        }
        if (!next.equals(choices)) {
            choices.setAll(next);
        }
        AnalystView view = chosen.get().view();
        // a removed layer (or the last one gone) falls back to the project's own placements
        chosen.set(next.stream().filter(c -> c.view().equals(view)).findFirst().orElse(OWN));
        // The project's own placements need no consensus: working it out reads every sector.
        AnalystView shown = chosen.get().view();
        legend.set(shown.kind() == AnalystView.Kind.OWN ? null : shown.legend(p, consensus(p)));
    }

    /** The team's consensus for {@code p}, worked out once per project state. */
    Consensus consensus(Project p) {
        if (p != consensusOf) {
            consensus = Consensus.of(p);
            consensusOf = p;
        }
        return consensus;
    }

    /** The consensus of the open project. */
    public Consensus currentConsensus() {
        return consensus(session.project());
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public ReadOnlyObjectProperty<Choice> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public AnalystView view() {
        return chosen.get().view();
    }

    public void choose(Choice c) {
        if (c != null && choices.contains(c)) {
            chosen.set(c);
            notice.set("");
            legend.set(c.view().legend(session.project(), consensus(session.project())));
        }
    }

    /** What the figure shows, when not the project's own placements ("Consensus of 3 analysts (median)"). */
    public ReadOnlyStringProperty legendProperty() {
        return legend.getReadOnlyProperty();
    }

    /** Why the last gesture did nothing (a drag in consensus view), or "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** {@code p} as the chosen view places its sectors. */
    Project shown(Project p) {
        return view().kind() == AnalystView.Kind.OWN ? p : view().shown(p, consensus(p));
    }

    /** The ghosts and hulls to draw in consensus view, in the plot's pixels; empty in the other views. */
    List<ConsensusMarks> marks(PlotGeometry g) {
        if (view().kind() != AnalystView.Kind.CONSENSUS || g == null) {
            return List.of();
        }
        return ConsensusMarks.of(session.project().framework(), consensus(session.project()), g);
    }

    /** The words of a sector's label in a layer or consensus view: where it is shown and whose it is. */
    CardDetails details(String id) {
        Project p = session.project();
        Project shown = shown(p);
        Sector s = shown.sector(id).filter(Sector::isPlaced).orElse(null);
        if (s == null) {
            return null;
        }
        String credit = view().kind() == AnalystView.Kind.CONSENSUS
                ? consensus(p).sector(id).map(c -> "median of " + c.count() + (c.count() == 1 ? " analyst, " : " analysts, ")
                        + c.summary()).orElse("")
                : "placed by " + chosen.get().label().replaceFirst(" alone$", "");
        return new CardDetails(s.name(), PlotLocation.of(p.framework(), s.position()).label(), credit,
                PlacementConfidence.of(s).label(), BalanceText.warning(p.framework(), s));
    }

    /**
     * A drag's end in a layer or consensus view: in a layer, one command moving that analyst's placements;
     * in the consensus, nothing (it is the analysts' median), said in {@link #noticeProperty()}.
     */
    void move(Map<String, Position> targets) {
        AnalystView v = view();
        if (v.kind() == AnalystView.Kind.CONSENSUS) {
            notice.set("The consensus is the analysts' median and cannot be moved: choose one analyst to move"
                    + " their placement.");
            return;
        }
        EditAnalystLayersCommand.move(session.project(), v.layerId(), targets).ifPresent(session::execute);
    }

    // ---- layer edits ----

    /** Adds the project's current placements as a layer by {@code analyst}; throws with the reason if refused. */
    public void addMyPlacements(String analyst) {
        session.execute(EditAnalystLayersCommand.copyOwn(session.project(), analyst));
    }

    /** Renames a layer's analyst; throws with the reason if refused (a blank or taken name). */
    public void rename(String layerId, String analyst) {
        EditAnalystLayersCommand.rename(session.project(), layerId, analyst).ifPresent(session::execute);
    }

    /**
     * Why {@code typed} would be refused as the analyst's name of layer {@code layerId} (null: a new layer),
     * as a sentence, or "": the name dialogs mark the field with it and keep OK off.
     */
    public String nameProblem(String layerId, String typed) {
        return EditAnalystLayersCommand.nameRefusal(session.project(), typed, layerId)
                .map(why -> Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".").orElse("");
    }

    public void remove(String layerId) {
        session.execute(EditAnalystLayersCommand.remove(session.project(), layerId));
    }

    /** The project's layers, for the menus. */
    public List<AnalystLayer> layers() {
        return session.project().teamwork().analysts();
    }

    /** The name the project's own placements go by: its author, or "Project". */
    public String ownName() {
        return Consensus.projectAnalyst(session.project()).name();
    }
}
